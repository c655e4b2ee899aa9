"""Pages for follow-on groups: a person's groups, the directory, each group's meetings,
polls, members and conversation, and the service's venues and gatherings.

Each view: the access helper from selectors (404 for strangers, 403 for people who may know
the group but not do this), bind a form, one service call, a message, a redirect
(post/redirect/get). The one exception is a post that screens medium or high: that response
renders the page with the crisis panel (safeguarding.md rule 6).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon.accounts.models import User
from pmp_followon.ui.dates import uk_datetime
from programmes.models import Programme

from . import calendar as ical
from . import selectors, services
from .forms import (
    AttendanceForm,
    CancelMeetingForm,
    CreateFromProgrammeForm,
    DecideRequestForm,
    FlagForm,
    GatheringForm,
    GroupSettingsForm,
    HandoverForm,
    IntroduceForm,
    JoinForm,
    LeaveForm,
    MeetingForm,
    PauseForm,
    PollAnswerForm,
    PollCreateForm,
    PollDecideForm,
    PostForm,
    RSVPForm,
    SharingForm,
    VenueForm,
)
from .models import (
    Group,
    JoinRequest,
    Meeting,
    MeetingStatus,
    PollStatus,
    Post,
    Rhythm,
    RSVPAnswer,
    Venue,
)
from .notice import SCREENING_NOTICE_VERSION
from .tokens import parse_cant_make_it_token


# --- helpers ----------------------------------------------------------------------------
def _apply_errors(form, exc: ValidationError) -> None:
    """Put a service's ValidationError on the form: on the field when it names one the
    form has, otherwise at the top. What was typed stays in the form."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            target = field if field in form.fields else None
            for error in errors:
                form.add_error(target, error)
    else:
        for message in exc.messages:
            form.add_error(None, message)


def _now():
    return timezone.now()


def _data(request: HttpRequest):
    """The POST data when posting (even an empty form: every box left blank), else None."""
    return request.POST if request.method == "POST" else None


def _crisis_panel_context(group: Group, now) -> dict:
    """Where to get help now, for the same response that saved a worrying post."""
    from safeguarding.crisis import crisis_panel_context

    return crisis_panel_context(service=group.service, now=now)


# --- a person's groups, the directory, the staff overview -----------------------------------
@login_required
@require_GET
def my_groups(request: HttpRequest) -> HttpResponse:
    page = selectors.my_groups(user=request.user, now=_now())
    return render(request, "groups/my_groups.html", {"page": page})


@login_required
@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    area = request.GET.get("area", "").strip()[:120]
    page = selectors.directory_for_user(user=request.user, area=area, now=_now())
    return render(request, "groups/directory.html", {"page": page})


@login_required
@require_GET
def staff_overview(request: HttpRequest) -> HttpResponse:
    rows = selectors.staff_overview(user=request.user, now=_now())
    return render(request, "groups/staff_overview.html", {"rows": rows})


# --- one group -----------------------------------------------------------------------------
@login_required
@require_GET
def group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    now = _now()
    page = selectors.group_page(group, now=now)
    return render(request, "groups/group_detail.html",
                  {"group": group, "page": page, "now": now, "rsvp_choices": RSVPAnswer.choices})


@login_required
@require_http_methods(["GET", "POST"])
def group_settings(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    initial = {
        "name": group.name, "area": group.area, "description": group.description,
        "rhythm": group.rhythm, "purposes": group.purposes,
        "keeps_in_touch": group.keeps_in_touch, "open_to_new_members": group.open_to_new_members,
    }
    form = GroupSettingsForm(_data(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.group_update(actor=request.user, group=group, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Group details saved."))
            return redirect("groups:detail", pk=group.pk)
    return render(request, "groups/group_settings.html", {"group": group, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def group_close(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    if request.method == "POST":
        try:
            services.group_close(actor=request.user, group=group)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("groups:detail", pk=group.pk)
        messages.success(request, _("The group is closed. Thank you for organising it."))
        return redirect("groups:my_groups")
    return render(request, "groups/group_close.html", {"group": group})


@login_required
@require_GET
def members(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    rows, requests = selectors.members_page(group)
    return render(request, "groups/members.html",
                  {"group": group, "rows": rows, "requests": requests})


@login_required
@require_http_methods(["GET", "POST"])
def sharing(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    membership = group.access.membership
    form = SharingForm(_data(request), initial={
        "share_email": membership.share_email, "share_mobile": membership.share_mobile})
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_sharing_update(actor=request.user, group=group,
                                               **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Saved. The group sees what you chose."))
            return redirect("groups:members", pk=group.pk)
    return render(request, "groups/sharing.html", {"group": group, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def pause(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    membership = group.access.membership
    form = PauseForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_pause(actor=request.user, group=group,
                                      until=form.cleaned_data["until"])
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("You are taking a break. You are still in the group, "
                                        "and we will not send you reminders."))
            return redirect("groups:detail", pk=group.pk)
    return render(request, "groups/pause.html",
                  {"group": group, "form": form, "membership": membership,
                   "only_coordinator": selectors.is_only_active_coordinator(group)})


@login_required
@require_POST
def resume(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    try:
        services.membership_resume(actor=request.user, group=group)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Welcome back. Reminders will start again."))
    return redirect("groups:detail", pk=group.pk)


@login_required
@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    form = LeaveForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_leave(actor=request.user, group=group,
                                      reason=form.cleaned_data["reason"],
                                      reason_other=form.cleaned_data["reason_other"])
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("You have left %(name)s. You can ask to join a group "
                                        "again at any time.") % {"name": group.name})
            return redirect("groups:my_groups")
    return render(request, "groups/leave.html", {"group": group, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def handover(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    candidates = selectors.handover_candidates(group)
    form = HandoverForm(_data(request), candidates=candidates)
    if request.method == "POST" and form.is_valid():
        person = next(m.person for m in candidates if m.person_id == form.cleaned_data["person"])
        share = form.cleaned_data["how"] == "share"
        try:
            services.coordinator_handover(actor=request.user, group=group, to_person=person,
                                          share=share)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            if share:
                messages.success(request, _("%(name)s now helps coordinate the group.")
                                 % {"name": person.display_name})
            else:
                messages.success(request, _("%(name)s is now the coordinator. Thank you for "
                                            "all you have done.") % {"name": person.display_name})
            return redirect("groups:detail", pk=group.pk)
    return render(request, "groups/handover.html",
                  {"group": group, "form": form, "candidates": candidates})


@login_required
@require_http_methods(["GET", "POST"])
def step_up(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    if request.method == "POST":
        try:
            services.coordinator_step_up(actor=request.user, group=group)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Thank you: you are now the group's coordinator."))
        return redirect("groups:detail", pk=group.pk)
    return render(request, "groups/step_up.html", {"group": group})


# --- meetings --------------------------------------------------------------------------------
def _meeting_kwargs(data: dict) -> dict:
    return {
        "day": data["day"], "at": data["at"], "duration_minutes": data["duration_minutes"],
        "mode": data["mode"], "venue": data.get("venue"),
        "place_note": data.get("place_note") or "", "online_link": data.get("online_link") or "",
        "notes": data.get("notes") or "",
    }


@login_required
@require_http_methods(["GET", "POST"])
def meeting_create(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    form = MeetingForm(_data(request), service_id=group.service_id,
                       allow_repeats=group.rhythm != Rhythm.AD_HOC,
                       initial={"repeats": group.rhythm != Rhythm.AD_HOC})
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_schedule(
                actor=request.user, group=group, repeats=form.cleaned_data.get("repeats", False),
                **_meeting_kwargs(form.cleaned_data))
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Meeting planned for %(when)s. We have told the group.")
                             % {"when": uk_datetime(meeting.starts_at)})
            return redirect("groups:meeting_detail", pk=group.pk, meeting_pk=meeting.pk)
    return render(request, "groups/meeting_form.html", {"group": group, "form": form})


@login_required
@require_GET
def meeting_list(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    meetings = selectors.meeting_history(group, now=_now())
    return render(request, "groups/meeting_list.html", {"group": group, "meetings": meetings})


@login_required
@require_GET
def meeting_detail(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk)
    page = selectors.meeting_page(meeting, now=_now())
    form = RSVPForm(initial={"answer": page.my_answer})
    return render(request, "groups/meeting_detail.html",
                  {"group": meeting.group, "meeting": meeting, "page": page, "form": form})


@login_required
@require_POST
def meeting_rsvp(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk)
    form = RSVPForm(request.POST)
    if form.is_valid():
        try:
            services.rsvp_set(actor=request.user, meeting=meeting,
                              answer=form.cleaned_data["answer"])
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Thanks, the group knows your answer."))
        return redirect("groups:meeting_detail", pk=pk, meeting_pk=meeting.pk)
    page = selectors.meeting_page(meeting, now=_now())
    return render(request, "groups/meeting_detail.html",
                  {"group": meeting.group, "meeting": meeting, "page": page, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def meeting_change(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk, write=True)
    zone = meeting.group.service.zone
    local = meeting.starts_at.astimezone(zone)
    initial = {
        "day": local.date(), "at": local.time(), "duration_minutes": meeting.duration_minutes,
        "mode": meeting.mode, "venue": meeting.venue, "place_note": meeting.place_note,
        "online_link": meeting.online_link, "notes": meeting.notes,
    }
    form = MeetingForm(_data(request), service_id=meeting.group.service_id,
                       allow_repeats=False, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_move(actor=request.user, meeting=meeting,
                                  **_meeting_kwargs(form.cleaned_data))
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Meeting changed. We have told the group."))
            return redirect("groups:meeting_detail", pk=pk, meeting_pk=meeting.pk)
    return render(request, "groups/meeting_form.html",
                  {"group": meeting.group, "form": form, "meeting": meeting})


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
            services.meeting_cancel(actor=request.user, meeting=meeting,
                                    reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Meeting cancelled."))
            return redirect("groups:detail", pk=pk)
    return render(request, "groups/meeting_cancel.html",
                  {"group": meeting.group, "meeting": meeting, "form": form,
                   "in_past": meeting.starts_at <= _now()})


@login_required
@require_http_methods(["GET", "POST"])
def attendance(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk, write=True)
    now = _now()
    if meeting.status != MeetingStatus.SCHEDULED or not meeting.has_started(now):
        messages.error(request, _("You can record who came once the meeting has started."))
        return redirect("groups:meeting_detail", pk=pk, meeting_pk=meeting.pk)
    people, ticked = selectors.attendance_form_people(meeting)
    form = AttendanceForm(_data(request), people=people,
                          initial={"came": [str(i) for i in ticked]})
    if request.method == "POST" and form.is_valid():
        try:
            services.attendance_record(actor=request.user, meeting=meeting,
                                       attended_ids=form.attended_ids())
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Thank you. Attendance saved."))
            return redirect("groups:detail", pk=pk)
    return render(request, "groups/attendance.html",
                  {"group": meeting.group, "meeting": meeting, "form": form})


@login_required
@require_GET
def meeting_ics(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for_user(request.user, pk, meeting_pk)
    response = HttpResponse(ical.meeting_ics(meeting, now=_now()),
                            content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def cant_make_it(request: HttpRequest, token: str) -> HttpResponse:
    """The one-tap link in a reminder: no sign-in, a page to confirm, then a POST."""
    parsed = parse_cant_make_it_token(token)
    if parsed is None:
        raise Http404
    meeting = Meeting.objects.select_related("group__service", "venue").filter(
        pk=parsed.meeting_id).first()
    if meeting is None or not parsed.matches(meeting.slot):
        return render(request, "groups/cant_make_it.html", {"state": "changed"}, status=404)
    person = User.objects.filter(pk=parsed.person_id, is_active=True).first()
    if person is None:
        raise Http404
    now = _now()
    if meeting.status != MeetingStatus.SCHEDULED or meeting.starts_at <= now:
        return render(request, "groups/cant_make_it.html",
                      {"state": "too_late", "meeting": meeting})
    if request.method == "POST":
        rsvp = services.rsvp_cant_make_it_by_link(meeting=meeting, person=person, now=now)
        state = "done" if rsvp is not None else "too_late"
        return render(request, "groups/cant_make_it.html", {"state": state, "meeting": meeting})
    return render(request, "groups/cant_make_it.html",
                  {"state": "confirm", "meeting": meeting, "token": token})


# --- polls ----------------------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def poll_create(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    form = PollCreateForm(_data(request), service_id=group.service_id)
    if request.method == "POST" and form.is_valid():
        try:
            poll = services.poll_create(
                actor=request.user, group=group, title=form.cleaned_data["title"],
                deadline_day=form.cleaned_data["deadline"], options=form.options(),
                duration_minutes=form.cleaned_data["duration_minutes"],
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Poll started. We have asked the group."))
            return redirect("groups:poll_detail", pk=group.pk, poll_pk=poll.pk)
    return render(request, "groups/poll_form.html", {"group": group, "form": form})


def _option_label(row) -> str:
    option = row.option
    return f"{uk_datetime(option.starts_at)}, {option.place_label()}"


@login_required
@require_http_methods(["GET", "POST"])
def poll_detail(request: HttpRequest, pk: int, poll_pk: int) -> HttpResponse:
    poll = selectors.get_poll_for_user(request.user, pk, poll_pk)
    now = _now()
    page = selectors.poll_page(poll, now=now)
    for row in page.rows:
        row.label = _option_label(row)
    form = PollAnswerForm(_data(request), rows=page.rows)
    if request.method == "POST" and form.is_valid():
        try:
            services.poll_answer(actor=request.user, poll=poll, answers=form.answers())
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Thanks, your answers are saved. You can change "
                                        "them until the poll closes."))
            return redirect("groups:poll_detail", pk=pk, poll_pk=poll.pk)
    return render(request, "groups/poll_detail.html",
                  {"group": poll.group, "poll": poll, "page": page, "form": form,
                   "can_answer": poll.status == PollStatus.OPEN and poll.deadline > now,
                   "best": selectors.poll_best_option_id(page)})


@login_required
@require_http_methods(["GET", "POST"])
def poll_decide(request: HttpRequest, pk: int, poll_pk: int) -> HttpResponse:
    poll = selectors.get_poll_for_user(request.user, pk, poll_pk, write=True)
    if poll.status not in (PollStatus.OPEN, PollStatus.CLOSED):
        messages.error(request, _("A date has already been chosen for this poll."))
        return redirect("groups:poll_detail", pk=pk, poll_pk=poll.pk)
    page = selectors.poll_page(poll, now=_now())
    best = selectors.poll_best_option_id(page)
    choices = []
    for row in page.rows:
        label = _option_label(row)
        counts = _("%(yes)s yes, %(maybe)s if need be, %(no)s no") % {
            "yes": row.counts.get("yes", 0), "maybe": row.counts.get("if_need_be", 0),
            "no": row.counts.get("no", 0)}
        choices.append((row.option.pk, f"{label} ({counts})"))
    form = PollDecideForm(_data(request), choices=choices, initial={"option": best})
    if request.method == "POST" and form.is_valid():
        option = next(r.option for r in page.rows if r.option.pk == form.cleaned_data["option"])
        try:
            meeting = services.poll_decide(actor=request.user, poll=poll, option=option,
                                           notes=form.cleaned_data["notes"])
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Meeting planned for %(when)s. We have told the group.")
                             % {"when": uk_datetime(meeting.starts_at)})
            return redirect("groups:meeting_detail", pk=pk, meeting_pk=meeting.pk)
    return render(request, "groups/poll_decide.html",
                  {"group": poll.group, "poll": poll, "page": page, "form": form})


# --- the conversation -------------------------------------------------------------------------
def _board_context(group: Group, request: HttpRequest, form: PostForm) -> dict:
    page = selectors.board_page(group, page_number=request.GET.get("page"))
    return {"group": group, "page": page, "form": form,
            "notice_version": SCREENING_NOTICE_VERSION}


def _post_submit(request: HttpRequest, group: Group, form: PostForm, parent: Post | None):
    """Save a post. Returns (result, None) or (None, form with errors)."""
    if not form.is_valid():
        return None
    try:
        return services.post_create(
            actor=request.user, group=group, body=form.cleaned_data["body"], parent=parent,
            agree_notice_version=SCREENING_NOTICE_VERSION if form.cleaned_data.get("agree")
            else None,
        )
    except ValidationError as exc:
        _apply_errors(form, exc)
        return None


@login_required
@require_http_methods(["GET", "POST"])
def board(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    notice = selectors.notice_needed(group.access.membership)
    form = PostForm(_data(request), notice_needed=notice)
    if request.method == "POST":
        result = _post_submit(request, group, form, parent=None)
        if result is not None:
            if result.show_crisis_panel:
                # Rule 6: the help is in the same response that saved the post.
                context = _board_context(group, request,
                                         PostForm(notice_needed=False))
                context.update(crisis_panel=_crisis_panel_context(group, result.post.created_at),
                               posted=result.post)
                return render(request, "groups/board.html", context)
            messages.success(request, _("Your message is posted."))
            return redirect("groups:board", pk=group.pk)
    return render(request, "groups/board.html", _board_context(group, request, form))


@login_required
@require_http_methods(["GET", "POST"])
def thread(request: HttpRequest, pk: int, post_pk: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk, post_pk)
    group = post.group
    top, replies = selectors.thread_page(post)
    if top.pk != post.pk:
        return redirect("groups:thread", pk=pk, post_pk=top.pk)
    notice = selectors.notice_needed(group.access.membership)
    form = PostForm(_data(request), notice_needed=notice, label=_("Your reply"))
    context = {"group": group, "top": top, "replies": replies, "form": form,
               "me": request.user}
    if request.method == "POST":
        result = _post_submit(request, group, form, parent=top)
        if result is not None:
            if result.show_crisis_panel:
                top, replies = selectors.thread_page(top)
                context.update(top=top, replies=replies,
                               form=PostForm(notice_needed=False, label=_("Your reply")),
                               crisis_panel=_crisis_panel_context(group, result.post.created_at),
                               posted=result.post)
                return render(request, "groups/thread.html", context)
            messages.success(request, _("Your reply is posted."))
            return redirect("groups:thread", pk=pk, post_pk=top.pk)
    return render(request, "groups/thread.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def post_flag(request: HttpRequest, pk: int, post_pk: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk, post_pk)
    form = FlagForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.post_flag(actor=request.user, post=post, note=form.cleaned_data["note"])
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            now = _now()
            return render(request, "groups/flag_sent.html",
                          {"group": post.group, "post": post,
                           "crisis_panel": _crisis_panel_context(post.group, now)})
    return render(request, "groups/flag_form.html",
                  {"group": post.group, "post": post, "form": form})


# --- joining, moving, introducing -------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_joining(request.user, pk)
    if request.user.is_staff_member:
        raise PermissionDenied
    my = [g for g in selectors.my_current_groups(request.user) if g.pk != group.pk]
    form = JoinForm(_data(request), my_groups=my)
    if request.method == "POST" and form.is_valid():
        move_from = next((g for g in my if g.pk == form.cleaned_data.get("move_from")), None)
        try:
            services.join_request_create(actor=request.user, group=group,
                                         message=form.cleaned_data["message"],
                                         move_from=move_from)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("We have asked the coordinator of %(name)s. We will "
                                        "let you know their answer.") % {"name": group.name})
            return redirect("groups:directory")
    return render(request, "groups/join.html", {"group": group, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def introduce(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_introduction(request.user, pk)
    form = IntroduceForm(_data(request),
                         candidates=selectors.introduction_candidates(group))
    if request.method == "POST" and form.is_valid():
        try:
            services.join_request_introduce(actor=request.user, group=group,
                                            person=form.cleaned_data["person"],
                                            message=form.cleaned_data["message"])
        except ValidationError as exc:
            _apply_errors(form, exc)
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
    join_request = get_object_or_404(JoinRequest, pk=request_pk, person=request.user)
    try:
        services.join_request_withdraw(actor=request.user, request=join_request)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Your request is withdrawn."))
    return redirect("groups:my_groups")


# --- venues ----------------------------------------------------------------------------------
@login_required
@require_GET
def venue_list(request: HttpRequest) -> HttpResponse:
    venues = selectors.venue_list_for_user(request.user)
    return render(request, "groups/venue_list.html",
                  {"venues": venues, "can_manage": selectors.can_manage_venues(request.user)})


@login_required
@require_http_methods(["GET", "POST"])
def venue_create(request: HttpRequest) -> HttpResponse:
    if request.user.service_id is None:
        raise Http404
    if not selectors.can_manage_venues(request.user):
        raise PermissionDenied
    form = VenueForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            venue = services.venue_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("%(name)s is in the venue list.") % {"name": venue.name})
            return redirect(request.GET.get("next") if _safe_next(request) else "groups:venues")
    return render(request, "groups/venue_form.html", {"form": form})


def _safe_next(request: HttpRequest) -> bool:
    """Only back to one of our own groups pages."""
    target = request.GET.get("next", "")
    return target.startswith("/groups/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure())


@login_required
@require_http_methods(["GET", "POST"])
def venue_edit(request: HttpRequest, venue_pk: int) -> HttpResponse:
    venue = selectors.get_venue_for_user(request.user, venue_pk, write=True)
    form = VenueForm(_data(request), instance=Venue.objects.get(pk=venue.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.venue_update(actor=request.user, venue=venue, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Venue details saved."))
            return redirect("groups:venues")
    return render(request, "groups/venue_form.html", {"form": form, "venue": venue})


# --- gatherings -----------------------------------------------------------------------------
@login_required
@require_GET
def gathering_list(request: HttpRequest) -> HttpResponse:
    gatherings = selectors.gatherings_for_user(user=request.user, now=_now())
    return render(request, "groups/gathering_list.html",
                  {"gatherings": gatherings,
                   "can_manage": selectors.can_manage_gatherings(request.user)})


@login_required
@require_http_methods(["GET", "POST"])
def gathering_create(request: HttpRequest) -> HttpResponse:
    if request.user.service_id is None:
        raise Http404
    if not selectors.can_manage_gatherings(request.user):
        raise PermissionDenied
    form = GatheringForm(_data(request), service_id=request.user.service_id)
    if request.method == "POST" and form.is_valid():
        try:
            gathering = services.gathering_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Gathering added."))
            return redirect("groups:gathering_detail", gathering_pk=gathering.pk)
    return render(request, "groups/gathering_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def gathering_detail(request: HttpRequest, gathering_pk: int) -> HttpResponse:
    gathering = selectors.get_gathering_for_user(request.user, gathering_pk)
    form = RSVPForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.gathering_rsvp(actor=request.user, gathering=gathering,
                                    answer=form.cleaned_data["answer"])
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Thanks, your answer is saved."))
            return redirect("groups:gathering_detail", gathering_pk=gathering.pk)
    page = selectors.gathering_page(gathering, user=request.user)
    if request.method == "GET":
        form = RSVPForm(initial={"answer": page["my_answer"]})
    return render(request, "groups/gathering_detail.html",
                  {"gathering": gathering, "page": page, "form": form})


# --- calendars ---------------------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def calendar_settings(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        services.calendar_feed_reset(actor=request.user)
        messages.success(request, _("Your calendar address has changed. Add the new one to "
                                    "your calendar app; the old one no longer works."))
        return redirect("groups:calendar")
    feed = services.calendar_feed_for(user=request.user)
    url = request.build_absolute_uri(reverse("groups:calendar_feed", args=[feed.token]))
    return render(request, "groups/calendar.html", {"feed_url": url})


@never_cache
@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    user = selectors.calendar_feed_user(token)
    if user is None:
        raise Http404
    now = _now()
    meetings, gatherings = selectors.calendar_feed_items(user, now=now)
    return HttpResponse(ical.feed_ics(meetings, gatherings, now=now),
                        content_type="text/calendar; charset=utf-8")


# --- from handover to group ---------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def create_from_programme(request: HttpRequest, programme_id: int) -> HttpResponse:
    from programmes.selectors import handover_summary_for_group_creation, programme_access

    programme = Programme.objects.select_related("service").filter(pk=programme_id).first()
    if programme is None:
        raise Http404
    access = programme_access(request.user, programme)
    if not access.visible:
        raise Http404
    summary = handover_summary_for_group_creation(programme)
    allowed = (access.can_edit and request.user.has_role("clinician")) or (
        request.user.pk in summary.coordinator_volunteer_ids)
    if not allowed:
        raise PermissionDenied
    existing = Group.objects.filter(origin_programmes=programme).first()
    if existing is not None:
        messages.info(request, _("A group has already been made from this programme."))
        if selectors.group_access(request.user, existing).is_member:
            return redirect("groups:detail", pk=existing.pk)
        return redirect("groups:staff_overview")
    zone = programme.service.zone
    initial = {"name": _("%(programme)s group") % {"programme": programme.name},
               "rhythm": Rhythm.MONTHLY,
               "first": "poll" if summary.poll_instead else "meeting"}
    if summary.first_meeting_starts_at:
        local = summary.first_meeting_starts_at.astimezone(zone)
        initial.update(day=local.date(), at=local.time())
        venue = Venue.objects.filter(service=programme.service, archived_at__isnull=True,
                                     name__iexact=summary.first_meeting_venue).first()
        if venue is not None:
            initial["venue"] = venue
        else:
            initial["place_note"] = summary.first_meeting_venue
    form = CreateFromProgrammeForm(_data(request), service_id=programme.service_id,
                                   initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        first = None
        if data["first"] == "meeting":
            first = services.FirstMeeting(day=data["day"], at=data["at"], venue=data["venue"],
                                          place_note=data["place_note"])
        try:
            result = services.group_create_from_programme(
                actor=request.user, programme=programme, name=data["name"], area=data["area"],
                rhythm=data["rhythm"], first_meeting=first,
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            if result.warning:
                messages.warning(request, result.warning)
            messages.success(request, _("%(name)s is set up. Everyone has been told.")
                             % {"name": result.group.name})
            if selectors.group_access(request.user, result.group).is_coordinator:
                if first is None:
                    return redirect("groups:poll_create", pk=result.group.pk)
                return redirect("groups:detail", pk=result.group.pk)
            return redirect("groups:staff_overview")
    people = {u.pk: u for u in User.objects.filter(
        pk__in=[*summary.member_ids, *([summary.ptv_id] if summary.ptv_id else [])])}
    return render(request, "groups/create_from_programme.html", {
        "programme": programme, "summary": summary, "form": form,
        "members": [people[i] for i in summary.member_ids if i in people],
        "coordinators": [people[i] for i in summary.coordinator_volunteer_ids if i in people],
        "ptv": people.get(summary.ptv_id) if summary.ptv_id else None,
    })

