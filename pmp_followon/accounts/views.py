"""Service admin pages (the people in a service, inviting someone new) and the sign-in page."""

from __future__ import annotations

import math
import time
from typing import Any

from allauth.account import views as allauth_views
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp import views as totp_views
from django.contrib import messages
from django.contrib.auth import login as django_login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import selectors, services
from .forms import InvitationPasswordForm, InviteForm, PeopleFilterForm, RequestLoginCodeForm
from .middleware import IDLE_SESSION_KEY, idle_timeout_seconds
from .models import Role


class LoginView(allauth_views.LoginView):
    """allauth's sign-in page with the emailed-code form first: participants (the first and
    biggest group) get a code without a second page; the form posts to allauth's "request
    login code" view. Its ids start `id_code_` so they differ from the password form's."""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["code_form"] = RequestLoginCodeForm(auto_id="id_code_%s")
        return context


login = LoginView.as_view()


@login_required
@require_GET
def people_list(request: HttpRequest) -> HttpResponse:
    filters = PeopleFilterForm(request.GET or None)
    chosen = filters.cleaned_data if filters.is_valid() else {}
    people = selectors.people_list_for_user(
        user=request.user, q=chosen.get("q", ""), role=chosen.get("role", "")
    )
    page = Paginator(people, selectors.PEOPLE_PAGE_SIZE).get_page(request.GET.get("page"))
    labels = {value: str(label) for value, label in Role.choices}  # translated once
    rows = list(page.object_list)
    for person in rows:
        person.role_label = labels[person.role]
    return render(
        request,
        "accounts/person_list.html",
        {
            "filters": filters,
            "page": page,
            "people": rows,
            "can_invite": selectors.can_manage_people(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def person_invite(request: HttpRequest) -> HttpResponse:
    selectors.people_list_for_user(user=request.user, write=True)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = services.user_invite(
            actor=request.user,
            email=form.cleaned_data["email"],
            display_name=form.cleaned_data["display_name"],
            role=form.cleaned_data["role"],
            mobile=form.cleaned_data["mobile"] or "",
            preferred_channel=form.cleaned_data["preferred_channel"],
            send_invitation=True,
        )
        messages.success(
            request,
            _("%(name)s has an account. We have emailed them how to sign in.")
            % {"name": person.display_name},
        )
        return redirect("accounts:people")
    return render(request, "accounts/person_invite.html", {"form": form})


# --- passwords are for staff only -------------------------------------------------------
def _staff_only(view):
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if user.is_authenticated and not user.is_staff_member:
            # Participants sign in by emailed code; a password would let them (or someone
            # at their computer) skip that proof.
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


password_set = _staff_only(allauth_views.password_set)
password_change = _staff_only(allauth_views.password_change)


# --- invitations: the only way to set up a first authenticator app -------------------------
@never_cache
@require_http_methods(["GET", "POST"])
def invitation_open(request: HttpRequest, token: str) -> HttpResponse:
    invitation = services.invitation_for_token(token=token)
    if invitation is None:
        return render(request, "accounts/invitation_invalid.html", status=404)
    person = invitation.user
    if not person.is_staff_member:
        # Participants have no password or authenticator: the link just leads to sign-in.
        return redirect("account_login")
    if Authenticator.objects.filter(user=person).exists():
        # Already set up: the link must never be a way round the authenticator.
        return render(request, "accounts/invitation_invalid.html", status=404)
    form = InvitationPasswordForm(request.POST or None, user=person)
    if request.method == "POST" and form.is_valid():
        services.invitation_accept(invitation=invitation, password=form.cleaned_data["password1"])
        django_login(request, person, backend="pmp_followon.accounts.backends.ModelBackend")
        record_authentication(request, person, method="password")
        request.session[services.INVITATION_SESSION_KEY] = invitation.pk
        messages.success(request, _("Your password is set. Now set up your authenticator app."))
        return redirect("mfa_activate_totp")
    return render(request, "accounts/invitation_open.html", {"form": form, "person": person})


class ActivateTOTPView(totp_views.ActivateTOTPView):
    """allauth's page, but a first authenticator needs the invitation link opened in this
    browser: a password alone (shared, guessed or reset by someone else) is not enough."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any):
        user = request.user
        if (
            user.is_authenticated
            and not Authenticator.objects.filter(user=user).exists()
            and not services.invitation_usable_for(
                invitation_id=request.session.get(services.INVITATION_SESSION_KEY), user=user
            )
        ):
            return render(request, "accounts/invitation_needed.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        invitation_id = self.request.session.pop(services.INVITATION_SESSION_KEY, None)
        if invitation_id:
            services.invitation_use(invitation_id=invitation_id, user=self.request.user)
        return response


activate_totp = ActivateTOTPView.as_view()


# --- the idle timeout: what the warning asks -------------------------------------------
@never_cache
@require_GET
def session_status(request: HttpRequest) -> JsonResponse:
    """Seconds left before the idle timeout. Asking does not count as activity."""
    return _session_status(request)


def _session_status(request: HttpRequest) -> JsonResponse:
    if not request.user.is_authenticated:
        return JsonResponse({"signed_in": False, "seconds_left": 0})
    timeout = idle_timeout_seconds(request.user)
    last = request.session.get(IDLE_SESSION_KEY) or time.time()
    # Rounded up: a page told "0" goes to the sign-in page, so it must not be told that
    # while the server still counts the person as signed in (they would be sent on home).
    left = max(0, math.ceil(timeout - (time.time() - last)))
    return JsonResponse({"signed_in": True, "seconds_left": left})


@never_cache
@require_POST
def session_keepalive(request: HttpRequest) -> HttpResponse:
    """'Stay signed in': the middleware has already counted this request as activity."""
    if request.headers.get("Accept") == "application/json":
        return _session_status(request)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("home")
    return redirect(target)
