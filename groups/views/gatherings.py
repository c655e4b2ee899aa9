"""The service's gatherings for past participants and every group: the list, one gathering
(with its agenda and answers), and for the staff who run them, plan, change and cancel."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from pmp_followon.clock import now_or_current
from pmp_followon.ui.forms import apply_service_errors

from .. import selectors, services
from ..forms import GatheringCancelForm, GatheringForm, RSVPForm
from ._common import _data


@login_required
@require_GET
def gathering_list(request: HttpRequest) -> HttpResponse:
    gatherings = selectors.gatherings_for_user(user=request.user, now=now_or_current(None))
    return render(
        request,
        "groups/gathering_list.html",
        {"gatherings": gatherings, "can_manage": selectors.can_manage_gatherings(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def gathering_create(request: HttpRequest) -> HttpResponse:
    selectors.check_can_manage(request.user, selectors.can_manage_gatherings)
    form = GatheringForm(_data(request), service_id=request.user.service_id)
    if request.method == "POST" and form.is_valid():
        try:
            gathering = services.gathering_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            invited = gathering.invitations.count()
            messages.success(
                request, _("Gathering planned. We have invited %(n)s people.") % {"n": invited}
            )
            return redirect("groups:gathering_detail", gathering_pk=gathering.pk)
    return render(request, "groups/gathering_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def gathering_detail(request: HttpRequest, gathering_pk: int) -> HttpResponse:
    gathering = selectors.get_gathering_for_user(request.user, gathering_pk)
    form = RSVPForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.gathering_rsvp(
                actor=request.user, gathering=gathering, answer=form.cleaned_data["answer"]
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Thanks, your answer is saved."))
            return redirect("groups:gathering_detail", gathering_pk=gathering.pk)
    page = selectors.gathering_page(gathering, user=request.user)
    if request.method == "GET":
        form = RSVPForm(initial={"answer": page["my_answer"]})
    return render(
        request,
        "groups/gathering_detail.html",
        {"gathering": gathering, "page": page, "form": form, "now": now_or_current(None)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def gathering_edit(request: HttpRequest, gathering_pk: int) -> HttpResponse:
    gathering = selectors.get_gathering_for_manage(request.user, gathering_pk)
    form = GatheringForm(
        _data(request),
        service_id=gathering.service_id,
        initial=GatheringForm.initial_from(gathering),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.gathering_update(actor=request.user, gathering=gathering, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _(
                    "Gathering changed. If the time or place changed, "
                    "everyone invited has been told."
                ),
            )
            return redirect("groups:gathering_detail", gathering_pk=gathering.pk)
    return render(request, "groups/gathering_form.html", {"form": form, "gathering": gathering})


@login_required
@require_http_methods(["GET", "POST"])
def gathering_cancel(request: HttpRequest, gathering_pk: int) -> HttpResponse:
    gathering = selectors.get_gathering_for_manage(request.user, gathering_pk)
    form = GatheringCancelForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.gathering_cancel(
                actor=request.user, gathering=gathering, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Gathering cancelled. Everyone invited has been told."))
            return redirect("groups:gathering_detail", gathering_pk=gathering.pk)
    return render(request, "groups/gathering_cancel.html", {"form": form, "gathering": gathering})
