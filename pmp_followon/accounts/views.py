"""Service admin pages: the people in a service and inviting someone new."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import selectors, services
from .forms import InviteForm


@login_required
@require_GET
def people_list(request: HttpRequest) -> HttpResponse:
    people = selectors.people_list_for_user(user=request.user)
    return render(
        request,
        "accounts/person_list.html",
        {"people": people, "can_invite": selectors.can_manage_people(request.user)},
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
