"""Session pages: a session, moving or cancelling it, and its register."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from pmp_followon import clock
from pmp_followon.ui.dates import uk_date
from pmp_followon.ui.forms import apply_service_errors

from .. import forms, selectors, services
from ..selectors import Need
from ._common import programme_redirect


@login_required
@require_GET
def session_detail(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    session = selectors.get_session_for_user(request.user, pk, number)
    programme = session.programme
    now = clock.now_or_current(None)
    return render(
        request,
        "programmes/session_detail.html",
        {
            "programme": programme,
            "session": session,
            "steps": list(session.handover_steps.all()),
            "register": selectors.session_register(session) if programme.access.people_view else [],
            "cancellations": list(session.cancellations.all()),
            "started": session.has_started(now),
            "register_open": session.local_date(programme.zone)
            <= timezone.localtime(now, programme.zone).date(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def session_move(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    session = selectors.get_session_for_user(request.user, pk, number, need=Need.EDIT)
    programme = session.programme
    form = forms.SessionMoveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            moved = services.session_move(
                actor=request.user,
                session=session,
                new_date=data["new_date"],
                new_start_time=data["new_start_time"],
                venue=data["venue"] or None,
                move_later=data["move_later"],
                reason=data["reason"],
                now=clock.now_or_current(None),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _(
                    "Session %(n)s moved to %(date)s. %(count)s sessions changed; the handover "
                    "steps and reminders follow them."
                )
                % {"n": number, "date": uk_date(data["new_date"]), "count": len(moved)},
            )
            return programme_redirect(programme)
    return render(
        request,
        "programmes/session_move.html",
        {"form": form, "programme": programme, "session": session},
    )


@login_required
@require_http_methods(["GET", "POST"])
def session_cancel(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    session = selectors.get_session_for_user(request.user, pk, number, need=Need.EDIT)
    programme = session.programme
    form = forms.ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_cancel(
                actor=request.user,
                session=session,
                reason=form.cleaned_data["reason"],
                now=clock.now_or_current(None),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _(
                    "Session %(n)s cancelled for that week. It and the later sessions have "
                    "moved on a week."
                )
                % {"n": number},
            )
            return programme_redirect(programme)
    return render(
        request,
        "programmes/session_cancel.html",
        {"form": form, "programme": programme, "session": session},
    )


@login_required
@require_http_methods(["GET", "POST"])
def session_attendance(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    session = selectors.get_session_for_user(request.user, pk, number, need=Need.EDIT)
    programme = session.programme
    register = selectors.session_register(session)
    form = forms.AttendanceForm(request.POST or None, register=register, session_number=number)
    if request.method == "POST" and form.is_valid():
        try:
            present = services.attendance_record(
                actor=request.user,
                session=session,
                attended_enrolment_ids={int(v) for v in form.cleaned_data["present"]},
                now=clock.now_or_current(None),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("Register saved: %(n)s of %(total)s came.")
                % {"n": present, "total": len(register)},
            )
            return redirect("programmes:session", programme.pk, number)
    return render(
        request,
        "programmes/session_attendance.html",
        {"form": form, "programme": programme, "session": session, "register": register},
    )
