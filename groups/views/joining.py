"""The directory of groups open to new members, asking to join (or move), introductions,
and the coordinator's answer."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon.clock import now_or_current
from pmp_followon.ui.forms import apply_service_errors

from .. import selectors, services
from ..forms import (
    DecideRequestForm,
    IntroduceForm,
    JoinForm,
)
from ._common import _data


@login_required
@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    area = request.GET.get("area", "").strip()[:120]
    page = selectors.directory_for_user(
        user=request.user, area=area, now=now_or_current(None), page_number=request.GET.get("page")
    )
    return render(request, "groups/directory.html", {"page": page})


@login_required
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_to_join(request.user, pk)
    my = [g for g in selectors.my_current_groups(request.user) if g.pk != group.pk]
    form = JoinForm(_data(request), my_groups=my)
    if request.method == "POST" and form.is_valid():
        move_from = next((g for g in my if g.pk == form.cleaned_data.get("move_from")), None)
        try:
            services.join_request_create(
                actor=request.user,
                group=group,
                message=form.cleaned_data["message"],
                move_from=move_from,
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("We have asked the coordinator of %(name)s. We will let you know their answer.")
                % {"name": group.name},
            )
            return redirect("groups:directory")
    return render(request, "groups/join.html", {"group": group, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def introduce(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_introduction(request.user, pk)
    form = IntroduceForm(_data(request), candidates=selectors.introduction_candidates(group))
    if request.method == "POST" and form.is_valid():
        try:
            services.join_request_introduce(
                actor=request.user,
                group=group,
                person=form.cleaned_data["person"],
                message=form.cleaned_data["message"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("We have asked the group's coordinator."))
            return redirect("groups:directory")
    return render(request, "groups/introduce.html", {"group": group, "form": form})


@login_required
@require_POST
def request_decide(request: HttpRequest, pk: int, request_pk: int) -> HttpResponse:
    join_request = selectors.get_join_request_for_user(request.user, pk, request_pk)
    form = DecideRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose accept or decline."))
        return redirect("groups:members", pk=pk)
    accept = form.cleaned_data["decision"] == "accept"
    try:
        services.join_request_decide(actor=request.user, request=join_request, accept=accept)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        name = join_request.person.display_name
        if accept:
            messages.success(request, _("%(name)s is now in the group.") % {"name": name})
        else:
            messages.success(request, _("We have let %(name)s know, kindly.") % {"name": name})
    return redirect("groups:members", pk=pk)


@login_required
@require_POST
def request_withdraw(request: HttpRequest, request_pk: int) -> HttpResponse:
    join_request = selectors.get_own_join_request(request.user, request_pk)
    try:
        services.join_request_withdraw(actor=request.user, request=join_request)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Your request is withdrawn."))
    return redirect("groups:my_groups")
