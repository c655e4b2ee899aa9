"""Service admin pages (the people in a service, inviting someone new) and the sign-in page."""

from __future__ import annotations

from typing import Any

from allauth.account import views as allauth_views
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import selectors, services
from .forms import InviteForm, PeopleFilterForm, RequestLoginCodeForm
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
