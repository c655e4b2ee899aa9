"""Pages for programmes. Each view: the access helper, a form, one service call, a message,
a redirect (post/redirect/get). Business rules live in services; reads in selectors."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon.ui.dates import uk_date

from . import forms, selectors, services
from .calendar import calendar_feed_ics
from .models import (
    CheckChannel,
    EnrolmentStatus,
    ProgrammeStatus,
    StepKind,
)
from .selectors import Need

INLINE_EXTENSIONS = frozenset({"pdf", "png", "jpg", "jpeg", "mp4", "webm"})


def _now() -> datetime.datetime:
    return timezone.now()


def _apply_errors(form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form, beside the field it is about."""
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            target = name if name in form.fields else None
            for error in errors:
                form.add_error(target, error.messages)
    else:
        form.add_error(None, exc.messages)


def _reverse_or_empty(name: str, *args) -> str:
    """A link to a page of an app that may not exist yet (the groups app)."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _detail(programme) -> HttpResponseRedirect:
    return redirect("programmes:detail", programme.pk)


def _step_kind(kind: str) -> str:
    if kind not in StepKind.values:
        raise Http404
    return kind


# --- programmes -------------------------------------------------------------------------
@login_required
@require_GET
def programme_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not user.is_staff_member:
        enrolments = selectors.participant_programmes(user)
        return render(request, "programmes/programme_list_participant.html",
                      {"enrolments": enrolments})
    status = request.GET.get("status", "")
    if status not in ProgrammeStatus.values:
        status = ""
    mine_only = request.GET.get("mine") == "1"
    programmes = selectors.programme_list_for_user(user, status=status, mine_only=mine_only)
    return render(
        request,
        "programmes/programme_list.html",
        {
            "programmes": programmes,
            "status": status,
            "mine_only": mine_only,
            "statuses": ProgrammeStatus.choices,
            "can_create": selectors.can_create_programme(user),
            "can_manage_settings": user.service_id
            and selectors.can_manage_service_settings(user, user.service),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def programme_create(request: HttpRequest) -> HttpResponse:
    if not selectors.can_create_programme(request.user):
        raise PermissionDenied
    form = forms.ProgrammeCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            programme = services.programme_create(actor=request.user, now=_now(),
                                                  **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(
                request,
                _("Programme created: %(n)s sessions, the handover steps on sessions "
                  "%(a)s, %(b)s and %(c)s.")
                % {
                    "n": programme.session_count,
                    **dict(zip("abc", sorted(
                        programme.handover_steps.values_list("session__number", flat=True)
                    ), strict=True)),
                },
            )
            return _detail(programme)
    return render(request, "programmes/programme_form.html", {"form": form, "creating": True})


@login_required
@require_GET
def programme_detail(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk)
    now = _now()
    page = selectors.programme_page(programme, now=now)
    return render(
        request,
        "programmes/programme_detail.html",
        {"programme": programme, "page": page, "access": programme.access, "now": now},
    )


@login_required
@require_http_methods(["GET", "POST"])
def programme_edit(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk, write=True)
    initial = {
        "name": programme.name,
        "venue": programme.venue,
        "start_time": programme.start_time,
        "session_minutes": programme.session_minutes,
        "session_count": programme.session_count,
    }
    form = forms.ProgrammeEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.programme_update(actor=request.user, programme=programme, now=_now(),
                                      **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Programme details saved."))
            return _detail(programme)
    return render(request, "programmes/programme_form.html",
                  {"form": form, "programme": programme, "creating": False})


@login_required
@require_http_methods(["GET", "POST"])
def programme_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk, write=True)
    form = forms.ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.programme_cancel(actor=request.user, programme=programme,
                                      reason=form.cleaned_data["reason"], now=_now())
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Programme cancelled. Facilitator reminders stopped."))
            return _detail(programme)
    return render(request, "programmes/programme_cancel.html",
                  {"form": form, "programme": programme})


# --- facilitators -----------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def facilitators(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(
        request.user, pk, need=Need.EDIT if request.method == "POST" else Need.VIEW
    )
    form = forms.FacilitatorForm(
        request.POST or None, people=selectors.staff_choices_for_facilitators(programme)
    )
    if request.method == "POST" and form.is_valid():
        try:
            facilitator = services.facilitator_add(actor=request.user, programme=programme,
                                                   now=_now(), **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("%(name)s added as a facilitator.")
                             % {"name": facilitator.user.display_name})
            return redirect("programmes:facilitators", programme.pk)
    return render(
        request,
        "programmes/facilitators.html",
        {
            "programme": programme,
            "form": form,
            "facilitators": list(programme.facilitators.select_related("user")),
        },
    )


@login_required
@require_POST
def facilitator_remove(request: HttpRequest, pk: int, facilitator_pk: int) -> HttpResponse:
    facilitator = selectors.get_facilitator_for_user(request.user, pk, facilitator_pk)
    try:
        services.facilitator_remove(actor=request.user, facilitator=facilitator, now=_now())
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("%(name)s is no longer a facilitator.")
                         % {"name": facilitator.user.display_name})
    return redirect("programmes:facilitators", pk)


# --- sessions ---------------------------------------------------------------------------
@login_required
@require_GET
def session_detail(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    session = selectors.get_session_for_user(request.user, pk, number)
    programme = session.programme
    now = _now()
    return render(
        request,
        "programmes/session_detail.html",
        {
            "programme": programme,
            "session": session,
            "steps": list(session.handover_steps.all()),
            "register": selectors.session_register(session)
            if programme.access.people_view
            else [],
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
                now=_now(),
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(
                request,
                _("Session %(n)s moved to %(date)s. %(count)s sessions changed; the handover "
                  "steps and reminders follow them.")
                % {"n": number, "date": uk_date(data["new_date"]), "count": len(moved)},
            )
            return _detail(programme)
    return render(request, "programmes/session_move.html",
                  {"form": form, "programme": programme, "session": session})


@login_required
@require_http_methods(["GET", "POST"])
def session_cancel(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    session = selectors.get_session_for_user(request.user, pk, number, need=Need.EDIT)
    programme = session.programme
    form = forms.ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_cancel(actor=request.user, session=session,
                                    reason=form.cleaned_data["reason"], now=_now())
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(
                request,
                _("Session %(n)s cancelled for that week. It and the later sessions have "
                  "moved on a week.") % {"n": number},
            )
            return _detail(programme)
    return render(request, "programmes/session_cancel.html",
                  {"form": form, "programme": programme, "session": session})


@login_required
@require_http_methods(["GET", "POST"])
def session_attendance(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    session = selectors.get_session_for_user(request.user, pk, number, need=Need.EDIT)
    programme = session.programme
    register = selectors.session_register(session)
    form = forms.AttendanceForm(request.POST or None, register=register)
    if request.method == "POST" and form.is_valid():
        try:
            present = services.attendance_record(
                actor=request.user,
                session=session,
                attended_enrolment_ids={int(v) for v in form.cleaned_data["present"]},
                now=_now(),
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Register saved: %(n)s of %(total)s came.")
                             % {"n": present, "total": len(register)})
            return redirect("programmes:session", programme.pk, number)
    return render(request, "programmes/session_attendance.html",
                  {"form": form, "programme": programme, "session": session,
                   "register": register})


# --- participants -----------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk, write=True)
    form = forms.EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            enrolment = services.participant_enrol(
                actor=request.user,
                programme=programme,
                email=data["email"],
                display_name=data["display_name"],
                mobile=str(data["mobile"] or ""),
                referral_source=data["referral_source"],
                referral_date=data["referral_date"],
                now=_now(),
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(
                request,
                _("%(name)s is on the programme. We have emailed them how to sign in.")
                % {"name": enrolment.participant.display_name},
            )
            if "add_another" in request.POST:
                return redirect("programmes:enrol", programme.pk)
            return _detail(programme)
    return render(request, "programmes/enrol.html", {"form": form, "programme": programme})


@login_required
@require_GET
def participant_detail(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk)
    return render(
        request,
        "programmes/participant_detail.html",
        {
            "programme": enrolment.programme,
            "enrolment": enrolment,
            "choice": selectors.choice_of(enrolment),
            "contacts": selectors.enrolment_contacts(enrolment),
            "attendance": selectors.enrolment_attendance(enrolment),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_choice(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk, need=Need.EDIT)
    return _choice_page(request, enrolment, on_behalf=True)


@login_required
@require_http_methods(["GET", "POST"])
def participant_contacts(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk, need=Need.EDIT)
    return _contacts_page(request, enrolment, on_behalf=True)


@login_required
@require_http_methods(["GET", "POST"])
def participant_withdraw(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk, need=Need.EDIT)
    form = forms.ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.enrolment_withdraw(actor=request.user, enrolment=enrolment,
                                        reason=form.cleaned_data["reason"], now=_now())
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("%(name)s has left the programme. Their contact "
                                        "details are no longer shared.")
                             % {"name": enrolment.participant.display_name})
            return _detail(enrolment.programme)
    return render(request, "programmes/participant_withdraw.html",
                  {"form": form, "programme": enrolment.programme, "enrolment": enrolment})


@login_required
@require_POST
def participant_reinstate(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk, need=Need.EDIT)
    try:
        services.enrolment_reinstate(actor=request.user, enrolment=enrolment, now=_now())
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("%(name)s is back on the programme.")
                         % {"name": enrolment.participant.display_name})
    return redirect("programmes:participant", pk, enrolment_pk)


# --- choices and contact sharing (participants, or clinicians for them) ---------------
def _choice_page(request: HttpRequest, enrolment, *, on_behalf: bool) -> HttpResponse:
    choice = selectors.choice_of(enrolment)
    form = forms.ChoiceForm(request.POST or None, initial=forms.ChoiceForm.initial_from(choice))
    closed = enrolment.status == EnrolmentStatus.WITHDRAWN
    if request.method == "POST":
        if closed:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.participant_choice_record(
                    actor=request.user, enrolment=enrolment, now=_now(), **form.service_kwargs()
                )
            except ValidationError as exc:
                _apply_errors(form, exc)
            else:
                if on_behalf:
                    messages.success(request, _("Answer saved for %(name)s.")
                                     % {"name": enrolment.participant.display_name})
                    return redirect("programmes:participant", enrolment.programme_id,
                                    enrolment.pk)
                messages.success(request, _("Thank you. Your answer is saved. You can change "
                                            "it at any time."))
                return redirect("programmes:my_choices", enrolment.programme_id)
    template = ("programmes/participant_choice.html" if on_behalf
                else "programmes/my_choices.html")
    return render(
        request,
        template,
        {
            "programme": enrolment.programme,
            "enrolment": enrolment,
            "form": form,
            "choice": choice,
            "closed": closed,
            "contacts": selectors.enrolment_contacts(enrolment),
            # A volunteer coordinator may start the group themselves (the groups app checks).
            "create_group_url": _reverse_or_empty(
                "groups:create_from_programme", enrolment.programme_id
            )
            if not on_behalf and choice is not None and choice.is_keen
            and choice.volunteers_to_organise and not closed
            else "",
        },
    )


def _contacts_page(request: HttpRequest, enrolment, *, on_behalf: bool) -> HttpResponse:
    participant = enrolment.participant
    contacts = selectors.enrolment_contacts(enrolment)
    has_mobile = bool(participant.mobile)
    closed = enrolment.status == EnrolmentStatus.WITHDRAWN
    which = request.POST.get("form", "") if request.method == "POST" else ""
    consent_form = forms.ContactsForm(
        request.POST if which == "consent" else None,
        has_mobile=has_mobile,
        initial={"kinds": list(contacts["consents"])},
    )
    code_form = forms.CodeForm(request.POST if which == "code" else None)
    here = (
        reverse("programmes:participant_contacts", args=[enrolment.programme_id, enrolment.pk])
        if on_behalf
        else reverse("programmes:my_contacts", args=[enrolment.programme_id])
    )
    if request.method == "POST":
        if closed:
            raise PermissionDenied
        now = _now()
        if which == "consent":
            if consent_form.is_valid():
                try:
                    current = services.contact_consents_set(
                        actor=request.user,
                        enrolment=enrolment,
                        kinds=consent_form.cleaned_data["kinds"],
                        now=now,
                    )
                except ValidationError as exc:
                    _apply_errors(consent_form, exc)
                else:
                    if current:
                        messages.success(request, _("Saved. Now check the details you share "
                                                    "work: send yourself a code."))
                    else:
                        messages.success(request, _("Saved. You are not sharing any contact "
                                                    "details. You will still hear about the "
                                                    "group in this app."))
                    return redirect(here)
        elif which == "send":
            channel = request.POST.get("channel", "")
            if channel not in CheckChannel.values:
                messages.error(request, _("Choose email or text message."))
                return redirect(here)
            try:
                services.contact_check_send(actor=request.user, enrolment=enrolment,
                                            channel=channel, now=now)
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
            else:
                where = (_("your email") if channel == CheckChannel.EMAIL
                         else _("your mobile"))
                messages.success(request, _("We have sent a 6-digit code to %(where)s. Type "
                                            "it in below.") % {"where": where})
            return redirect(f"{here}?code={channel}")
        elif which == "code":
            if code_form.is_valid():
                outcome = services.contact_check_confirm(
                    actor=request.user,
                    enrolment=enrolment,
                    channel=code_form.cleaned_data["channel"],
                    code=code_form.cleaned_data["code"],
                    now=now,
                )
                if outcome.verified:
                    messages.success(request, _("That worked: this contact detail is checked."))
                    return redirect(here)
                code_form.add_error("code", outcome.message)
        else:
            messages.error(request, _("Something went wrong with the form. Try again."))
            return redirect(here)
    waiting_for = request.GET.get("code", "") or (
        code_form["channel"].value() if code_form.is_bound else ""
    )
    if waiting_for not in CheckChannel.values:
        waiting_for = ""
    if not code_form.is_bound and waiting_for:
        code_form = forms.CodeForm(initial={"channel": waiting_for})
    template = ("programmes/participant_contacts.html" if on_behalf
                else "programmes/my_contacts.html")
    return render(
        request,
        template,
        {
            "programme": enrolment.programme,
            "enrolment": enrolment,
            "contacts": contacts,
            "consent_form": consent_form,
            "code_form": code_form,
            "waiting_for": waiting_for,
            "has_mobile": has_mobile,
            "closed": closed,
            "form": consent_form if consent_form.errors else code_form,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def my_choices(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = selectors.get_own_enrolment(request.user, pk)
    return _choice_page(request, enrolment, on_behalf=False)


@login_required
@require_http_methods(["GET", "POST"])
def my_contacts(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = selectors.get_own_enrolment(request.user, pk)
    return _contacts_page(request, enrolment, on_behalf=False)


@login_required
@require_GET
def programme_resources(request: HttpRequest, pk: int) -> HttpResponse:
    """The service's information for patients, for participants on the programme (and staff)."""
    if request.user.is_staff_member:
        programme = selectors.get_programme_for_user(request.user, pk, need=Need.VIEW)
    else:
        programme = selectors.get_own_enrolment(request.user, pk).programme
    resources = selectors.resources_for_participants(programme.service)
    return render(request, "programmes/programme_resources.html",
                  {"programme": programme, "resources": resources})


# --- the handover -----------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def step_detail(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """A handover step: the checklist ticked in the session, the PTV, the first meeting.

    One page, several small forms (told apart by the ``form`` field), so an error shows
    beside what was typed and nothing else is lost."""
    kind = _step_kind(kind)
    step = selectors.get_handover_step_for_user(request.user, pk, kind)
    programme = step.programme
    access = programme.access
    now = _now()
    which = request.POST.get("form", "") if request.method == "POST" else ""
    details = selectors.step_page(step, now=now)
    ptv_users = selectors.programme_ptvs(programme)
    plan = details["plan"]

    checklist_form = forms.ChecklistForm(
        request.POST if which == "checklist" else None,
        kind=kind,
        initial={
            "ticked": [item.key for item, tick in details["items"] if tick],
            "notes": step.notes,
            "mark_done": step.is_done,
        },
    )
    ptv_form = forms.StepPtvForm(request.POST if which == "ptv" else None, ptvs=ptv_users,
                                 initial={"ptv": step.ptv_id})
    options_form = forms.OptionsNoteForm(
        request.POST if which == "options" else None,
        initial={"options_note": plan.options_note if plan else ""},
    )
    meeting_initial = {}
    if plan:
        local = timezone.localtime(plan.starts_at, programme.zone) if plan.starts_at else None
        meeting_initial = {
            "poll_instead": plan.poll_instead,
            "meeting_date": local.date() if local else None,
            "meeting_time": local.time() if local else None,
            "venue": plan.venue,
            "ptv": plan.ptv_id,
            "confirm": plan.confirmed_at is not None,
        }
    meeting_form = forms.FirstMeetingForm(
        request.POST if which == "meeting" else None, ptvs=ptv_users, initial=meeting_initial
    )

    if request.method == "POST":
        need = {
            "checklist": Need.TICK,
            "unavailable": Need.TICK,
        }.get(which, Need.EDIT)
        if not access.allows(need):
            raise PermissionDenied
        here = reverse("programmes:step", args=[programme.pk, kind])
        try:
            if which == "checklist" and checklist_form.is_valid():
                data = checklist_form.cleaned_data
                step = services.handover_checklist_save(
                    actor=request.user, step=step, ticked=data["ticked"], notes=data["notes"],
                    mark_done=data["mark_done"], now=now,
                )
                messages.success(request, _("Checklist saved. The %(step)s step is done.")
                                 % {"step": step.get_kind_display().lower()}
                                 if step.is_done else _("Checklist saved."))
                return redirect(here)
            if which == "ptv" and ptv_form.is_valid():
                services.handover_step_assign_ptv(actor=request.user, step=step,
                                                  ptv=ptv_form.cleaned_data["ptv"], now=now)
                messages.success(request, _("PTV for this step saved."))
                return redirect(here)
            if which == "unavailable":
                services.handover_step_ptv_unavailable(actor=request.user, step=step, now=now)
                messages.success(request, _("Thank you. The clinicians on the programme have "
                                            "been told you cannot come."))
                return redirect(here)
            if which == "options" and options_form.is_valid():
                services.first_meeting_plan_update(
                    actor=request.user, programme=programme,
                    options_note=options_form.cleaned_data["options_note"], now=now,
                )
                messages.success(request, _("Possible dates and venues saved."))
                return redirect(here)
            if which == "meeting" and meeting_form.is_valid():
                data = meeting_form.cleaned_data
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
                if result.warning:
                    messages.warning(request, result.warning)
                messages.success(request, _("First meeting saved."))
                return redirect(here)
            if which not in ("checklist", "ptv", "unavailable", "options", "meeting"):
                messages.error(request, _("Something went wrong with the form. Try again."))
                return redirect(here)
        except ValidationError as exc:
            target = {"checklist": checklist_form, "ptv": ptv_form, "options": options_form,
                      "meeting": meeting_form}.get(which)
            if target is None:
                messages.error(request, " ".join(exc.messages))
                return redirect(here)
            _apply_errors(target, exc)
    bound = next((f for f in (checklist_form, ptv_form, options_form, meeting_form)
                  if f.is_bound and f.errors), None)
    return render(
        request,
        "programmes/step_detail.html",
        {
            "programme": programme,
            "access": access,
            "step": step,
            "details": details,
            "checklist_form": checklist_form,
            "ptv_form": ptv_form,
            "options_form": options_form,
            "meeting_form": meeting_form,
            "form": bound,
            "is_assigned_ptv": step.ptv_id == request.user.pk,
            "create_group_url": _reverse_or_empty("groups:create_from_programme", programme.pk)
            if kind == StepKind.CONFIRM
            else "",
            "summary": selectors.handover_summary_for_group_creation(programme)
            if kind == StepKind.CONFIRM and access.people_view
            else None,
        },
    )


# --- outcomes ---------------------------------------------------------------------------
@login_required
@require_GET
def outcomes(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk, need=Need.PEOPLE)
    return render(
        request,
        "programmes/outcomes.html",
        {
            "programme": programme,
            "outcomes": selectors.programme_outcomes(programme),
            "directory_url": _reverse_or_empty("groups:directory"),
        },
    )


@login_required
@require_POST
def suggest_group(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk, need=Need.EDIT)
    directory = _reverse_or_empty("groups:directory")
    if not directory:
        raise Http404
    try:
        services.participant_point_to_other_group(
            actor=request.user, enrolment=enrolment, directory_path=directory, now=_now()
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("We have sent %(name)s the list of other groups.")
                         % {"name": enrolment.participant.display_name})
    return redirect("programmes:outcomes", pk)


# --- closure calendar and the iCalendar feed --------------------------------------------
def _require_staff(request: HttpRequest) -> None:
    user = request.user
    if not user.is_staff_member or user.service_id is None:
        raise PermissionDenied


@login_required
@require_GET
def closures(request: HttpRequest) -> HttpResponse:
    _require_staff(request)
    scope = request.GET.get("scope", "")
    calendar = selectors.closure_calendar_for_user(request.user, now=_now(), scope=scope)
    return render(
        request,
        "programmes/closures.html",
        {"calendar": calendar, "is_lead": request.user.is_clinical_lead, "now": _now()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def calendar_settings(request: HttpRequest) -> HttpResponse:
    _require_staff(request)
    if request.method == "POST":
        services.calendar_feed_reset(actor=request.user, now=_now())
        messages.success(request, _("You have a new calendar address. The old one no longer "
                                    "works: add the new one to your calendar."))
        return redirect("programmes:calendar")
    feed = services.calendar_feed_for(user=request.user)
    feed_url = request.build_absolute_uri(reverse("programmes:calendar_feed", args=[feed.token]))
    return render(request, "programmes/calendar_settings.html", {"feed_url": feed_url})


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The per-person secret iCalendar address: calendar apps cannot sign in."""
    user = selectors.calendar_feed_user(token)
    if user is None:
        raise Http404
    body = calendar_feed_ics(user, now=_now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="programmes.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


# --- settings ---------------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def settings_edit(request: HttpRequest) -> HttpResponse:
    user = request.user
    if user.service_id is None or not selectors.can_manage_service_settings(user, user.service):
        raise PermissionDenied
    current = services.programme_settings_for(user.service) if request.method == "POST" else (
        selectors.settings_for_reading(user.service)
    )
    form = forms.ProgrammeSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            services.programme_settings_update(actor=user, service=user.service, now=_now(),
                                               **changes)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Settings saved. They apply to programmes created "
                                        "from now on."))
            return redirect("programmes:settings")
    return render(request, "programmes/settings.html", {"form": form})


# --- resources --------------------------------------------------------------------------
@login_required
@require_GET
def resource_list(request: HttpRequest) -> HttpResponse:
    _require_staff(request)
    return render(
        request,
        "programmes/resource_list.html",
        {
            "resources": selectors.resource_list_for_staff(request.user, include_archived=True),
            "can_manage": selectors.can_manage_resources(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def resource_create(request: HttpRequest) -> HttpResponse:
    if not selectors.can_manage_resources(request.user):
        raise PermissionDenied
    form = forms.ResourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            resource = services.resource_create(actor=request.user, now=_now(),
                                                **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("“%(title)s” added.") % {"title": resource.title})
            return redirect("programmes:resources")
    return render(request, "programmes/resource_form.html", {"form": form})


@login_required
@require_POST
def resource_archive(request: HttpRequest, pk: int) -> HttpResponse:
    resource = selectors.get_resource_for_user(request.user, pk)
    if not selectors.can_manage_resources(request.user):
        raise PermissionDenied
    services.resource_archive(actor=request.user, resource=resource, now=_now())
    messages.success(request, _("“%(title)s” archived: people no longer see it.")
                     % {"title": resource.title})
    return redirect("programmes:resources")


@login_required
@require_GET
def resource_file(request: HttpRequest, pk: int) -> HttpResponse:
    resource = selectors.get_resource_for_user(request.user, pk)
    if resource.url:
        return redirect(resource.url)
    if not resource.file:
        raise Http404
    name = resource.file.name.rsplit("/", 1)[-1]
    # PDFs, pictures and films open in the browser; anything else is downloaded, and the
    # sandbox stops an uploaded page from running as this site.
    inline = name.lower().rsplit(".", 1)[-1] in INLINE_EXTENSIONS
    response = FileResponse(resource.file.open("rb"), as_attachment=not inline, filename=name)
    response["Content-Security-Policy"] = "sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response
