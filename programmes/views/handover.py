"""The handover step pages: the step itself (read only), and one page per thing to do.

Each form has its own page and URL (the GOV.UK "one thing per page" pattern): the step page
shows what has been done, with a link to each form. Nothing typed into one form can be thrown
away by saving another, because no page holds two forms a person types into.
"""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon import clock
from pmp_followon.ui.forms import apply_service_errors

from .. import forms, selectors, services
from ..models import HandoverStep, StepKind
from ..selectors import Need


def _step_redirect(step: HandoverStep) -> HttpResponseRedirect:
    return redirect("programmes:step", step.programme.pk, step.kind)


def _posted(request: HttpRequest):
    """The form data of a POST (even an empty one: unticking everything is an answer)."""
    return request.POST if request.method == "POST" else None


# Marking a step done more than this long before its session asks "are you sure?" first.
EARLY_DONE = datetime.timedelta(days=3)


def _action_page(
    request: HttpRequest,
    step: HandoverStep,
    form,
    *,
    heading: str,
    button: str,
    page_heading: bool = False,
    **extra,
) -> HttpResponse:
    return render(
        request,
        "programmes/step_action.html",
        {
            "programme": step.programme,
            "step": step,
            "form": form,
            "heading": heading,
            "button": button,
            "page_heading": page_heading,
            **extra,
        },
    )


@login_required
@require_GET
def step_detail(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """A handover step: what to bring, the checklist ticked in the session, the PTV and, at
    the later steps, the first meeting; each with a link to the page that changes it."""
    step = selectors.get_handover_step_for_user(request.user, pk, kind)
    programme = step.programme
    access = programme.access
    confirm = step.kind == StepKind.CONFIRM
    return render(
        request,
        "programmes/step_detail.html",
        {
            "programme": programme,
            "access": access,
            "step": step,
            "details": selectors.step_page(step, now=clock.now_or_current(None)),
            "is_assigned_ptv": step.ptv_id == request.user.pk,
            "create_group_url": reverse("groups:create_from_programme", args=[programme.pk])
            if confirm
            else "",
            "summary": selectors.handover_summary_for_group_creation(programme)
            if confirm and access.people_view
            else None,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def step_checklist(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    step = selectors.get_handover_step_for_user(request.user, pk, kind, need=Need.TICK)
    form = forms.ChecklistForm(
        _posted(request), kind=step.kind, initial=selectors.step_checklist_initial(step)
    )
    now = clock.now_or_current(None)
    early = None
    if form.is_valid():
        data = form.cleaned_data
        done = data["mark_done"] or len(data["ticked"]) == len(form.fields["ticked"].choices)
        if (
            done
            and not step.is_done
            and "confirm_early" not in request.POST
            and step.session.starts_at - now > EARLY_DONE
        ):
            # A warning and a confirm, not a refusal: the session has not happened yet.
            early = step.session.starts_at
    if form.is_valid() and early is None:
        data = form.cleaned_data
        try:
            step = services.handover_checklist_save(
                actor=request.user,
                step=step,
                ticked=data["ticked"],
                notes=data["notes"],
                mark_done=data["mark_done"],
                now=now,
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("Checklist saved. The %(step)s step is done.")
                % {"step": step.get_kind_display().lower()}
                if step.is_done
                else _("Checklist saved."),
            )
            return _step_redirect(step)
    if early is not None:
        return _action_page(
            request,
            step,
            form,
            heading=_("Checklist for the session"),
            button=_("Yes, save it as done"),
            early=early,
        )
    return _action_page(
        request, step, form, heading=_("Checklist for the session"), button=_("Save the checklist")
    )


@login_required
@require_http_methods(["GET", "POST"])
def step_ptv(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    step = selectors.get_handover_step_for_user(request.user, pk, kind, need=Need.EDIT)
    form = forms.StepPtvForm(
        _posted(request),
        ptvs=selectors.programme_ptvs(step.programme),
        initial={"ptv": step.ptv_id},
    )
    if form.is_valid():
        try:
            services.handover_step_assign_ptv(
                actor=request.user,
                step=step,
                ptv=form.cleaned_data["ptv"],
                now=clock.now_or_current(None),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("PTV for this step saved."))
            return _step_redirect(step)
    return _action_page(
        request, step, form, heading=_("PTV for this step"), button=_("Save PTV"), page_heading=True
    )


@login_required
@require_POST
def step_unavailable(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """The step's PTV says they cannot come: one button on the step page, nothing typed."""
    step = selectors.get_handover_step_for_user(request.user, pk, kind, need=Need.TICK)
    try:
        services.handover_step_ptv_unavailable(
            actor=request.user, step=step, now=clock.now_or_current(None)
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("Thank you. The clinicians on the programme have been told you cannot come.")
        )
    return _step_redirect(step)


@login_required
@require_http_methods(["GET", "POST"])
def step_options(request: HttpRequest, pk: int) -> HttpResponse:
    """At the agree step: the dates and venues the group suggested for its first meeting."""
    step = selectors.get_handover_step_for_user(request.user, pk, StepKind.AGREE, need=Need.EDIT)
    plan = selectors.first_meeting_plan_of(step.programme)
    form = forms.OptionsNoteForm(
        _posted(request), initial={"options_note": plan.options_note if plan else ""}
    )
    if form.is_valid():
        try:
            services.first_meeting_plan_update(
                actor=request.user,
                programme=step.programme,
                options_note=form.cleaned_data["options_note"],
                now=clock.now_or_current(None),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Possible dates and venues saved."))
            return _step_redirect(step)
    return _action_page(
        request,
        step,
        form,
        heading=_("Possible dates and venues"),
        button=_("Save"),
        page_heading=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def step_meeting(request: HttpRequest, pk: int) -> HttpResponse:
    """At the confirm step: the group's first meeting (or a poll to choose it)."""
    step = selectors.get_handover_step_for_user(request.user, pk, StepKind.CONFIRM, need=Need.EDIT)
    programme = step.programme
    now = clock.now_or_current(None)
    details = selectors.step_page(step, now=now)
    form = forms.FirstMeetingForm(
        _posted(request),
        ptvs=selectors.programme_ptvs(programme),
        initial=_meeting_initial(details["plan"], programme),
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            result = services.first_meeting_plan_update(
                actor=request.user,
                programme=programme,
                meeting_date=None if data["poll_instead"] else data["meeting_date"],
                meeting_time=data["meeting_time"],
                venue=data["venue"],
                poll_instead=data["poll_instead"],
                ptv=data["ptv"],
                confirm=data["confirm"],
                now=now,
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            if result.warning:
                messages.warning(request, result.warning)
            messages.success(request, _("First meeting saved."))
            return _step_redirect(step)
    return _action_page(
        request,
        step,
        form,
        heading=_("The group's first meeting"),
        button=_("Save the first meeting"),
        details=details,
    )


def _meeting_initial(plan, programme) -> dict:
    if plan is None:
        return {}
    local = timezone.localtime(plan.starts_at, programme.zone) if plan.starts_at else None
    return {
        "poll_instead": plan.poll_instead,
        "meeting_date": local.date() if local else None,
        "meeting_time": local.time() if local else None,
        "venue": plan.venue,
        "ptv": plan.ptv_id,
        "confirm": plan.confirmed_at is not None,
    }
