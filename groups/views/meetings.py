"""Meetings: planning, answers, changes, cancelling, who came, the calendar file, and the
one-tap "can't make it" link from a reminder."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon.clock import now_or_current
from pmp_followon.ui.dates import uk_datetime
from pmp_followon.ui.forms import apply_service_errors

from .. import calendar as ical
from .. import selectors, services
from ..forms import (
    AttendanceForm,
    CancelMeetingForm,
    MeetingForm,
    RSVPForm,
)
from ..models import (
    MeetingStatus,
    Rhythm,
)
from ._common import _data


def _meeting_kwargs(data: dict) -> dict:
    return {
        "day": data["day"],
        "at": data["at"],
        "duration_minutes": data["duration_minutes"],
        "mode": data["mode"],
        "venue": data.get("venue"),
        "place_note": data.get("place_note") or "",
        "online_link": data.get("online_link") or "",
        "notes": data.get("notes") or "",
    }


@login_required
@require_http_methods(["GET", "POST"])
def meeting_create(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    form = MeetingForm(
        _data(request),
        service_id=group.service_id,
        allow_repeats=group.rhythm != Rhythm.AD_HOC,
        initial={"repeats": group.rhythm != Rhythm.AD_HOC},
    )
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_schedule(
                actor=request.user,
                group=group,
                repeats=form.cleaned_data.get("repeats", False),
                **_meeting_kwargs(form.cleaned_data),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("Meeting planned for %(when)s. We have told the group.")
                % {"when": uk_datetime(meeting.starts_at)},
            )
            return redirect("groups:meeting_detail", pk=group.pk, meeting_pk=meeting.pk)
    return render(request, "groups/meeting_form.html", {"group": group, "form": form})


@login_required
@require_GET
def meeting_list(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    now = now_or_current(None)
    meetings = selectors.meeting_history(group, now=now)
    coming_up = selectors.meetings_coming_up(group, now=now)
    return render(
        request,
        "groups/meeting_list.html",
        {"group": group, "meetings": meetings, "coming_up": coming_up},
    )


@login_required
@require_GET
def meeting_detail(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk)
    page = selectors.meeting_page(meeting, now=now_or_current(None))
    form = RSVPForm(initial={"answer": page.my_answer}, label_size="m")
    return render(
        request,
        "groups/meeting_detail.html",
        {"group": meeting.group, "meeting": meeting, "page": page, "form": form},
    )


@login_required
@require_POST
def meeting_rsvp(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk)
    form = RSVPForm(request.POST, label_size="m")
    if form.is_valid():
        try:
            services.rsvp_set(
                actor=request.user, meeting=meeting, answer=form.cleaned_data["answer"]
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Thanks, the group knows your answer."))
        return redirect("groups:meeting_detail", pk=pk, meeting_pk=meeting.pk)
    page = selectors.meeting_page(meeting, now=now_or_current(None))
    return render(
        request,
        "groups/meeting_detail.html",
        {"group": meeting.group, "meeting": meeting, "page": page, "form": form},
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_change(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk, write=True)
    zone = meeting.group.service.zone
    local = meeting.starts_at.astimezone(zone)
    initial = {
        "day": local.date(),
        "at": local.time(),
        "duration_minutes": meeting.duration_minutes,
        "mode": meeting.mode,
        "venue": meeting.venue,
        "place_note": meeting.place_note,
        "online_link": meeting.online_link,
        "notes": meeting.notes,
    }
    form = MeetingForm(
        _data(request), service_id=meeting.group.service_id, allow_repeats=False, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_move(
                actor=request.user, meeting=meeting, **_meeting_kwargs(form.cleaned_data)
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Meeting changed. We have told the group."))
            return redirect("groups:meeting_detail", pk=pk, meeting_pk=meeting.pk)
    return render(
        request,
        "groups/meeting_form.html",
        {"group": meeting.group, "form": form, "meeting": meeting},
    )


@login_required
@require_POST
def meeting_confirm(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk, write=True)
    try:
        services.meeting_confirm(actor=request.user, meeting=meeting)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("groups:detail", pk=pk)
    messages.success(request, _("Meeting confirmed. We have told the group."))
    return redirect("groups:meeting_detail", pk=pk, meeting_pk=meeting.pk)


@login_required
@require_http_methods(["GET", "POST"])
def meeting_cancel(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk, write=True)
    form = CancelMeetingForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_cancel(
                actor=request.user, meeting=meeting, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Meeting cancelled."))
            return redirect("groups:detail", pk=pk)
    return render(
        request,
        "groups/meeting_cancel.html",
        {
            "group": meeting.group,
            "meeting": meeting,
            "form": form,
            "in_past": meeting.starts_at <= now_or_current(None),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def attendance(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk, write=True)
    now = now_or_current(None)
    if meeting.status != MeetingStatus.SCHEDULED or not meeting.has_started(now):
        messages.error(request, _("You can record who came once the meeting has started."))
        return redirect("groups:meeting_detail", pk=pk, meeting_pk=meeting.pk)
    people, ticked = selectors.attendance_form_people(meeting)
    form = AttendanceForm(_data(request), people=people, initial={"came": [str(i) for i in ticked]})
    if request.method == "POST" and form.is_valid():
        try:
            services.attendance_record(
                actor=request.user, meeting=meeting, attended_ids=form.attended_ids()
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Thank you. Attendance saved."))
            return redirect("groups:detail", pk=pk)
    return render(
        request,
        "groups/attendance.html",
        {"group": meeting.group, "meeting": meeting, "form": form},
    )


@login_required
@require_GET
def meeting_ics(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk)
    response = HttpResponse(
        ical.meeting_ics(meeting, now=now_or_current(None)),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def cant_make_it(request: HttpRequest, token: str) -> HttpResponse:
    """The one-tap link in a reminder: no sign-in, a page to confirm, then a POST."""
    link = selectors.cant_make_it_for_token(token)
    if link is None:
        return render(request, "groups/cant_make_it.html", {"state": "changed"}, status=404)
    meeting = link.meeting
    now = now_or_current(None)
    if meeting.status != MeetingStatus.SCHEDULED or meeting.starts_at <= now:
        return render(
            request, "groups/cant_make_it.html", {"state": "too_late", "meeting": meeting}
        )
    if request.method == "POST":
        rsvp = services.rsvp_cant_make_it_by_link(meeting=meeting, person=link.person, now=now)
        state = "done" if rsvp is not None else "too_late"
        return render(request, "groups/cant_make_it.html", {"state": state, "meeting": meeting})
    return render(
        request,
        "groups/cant_make_it.html",
        {"state": "confirm", "meeting": meeting, "token": token},
    )
