"""Demo data for programmes, called by `manage.py seed_demo`: a finished programme (ended
about eight weeks ago, with everyone's answers) and one in its final three weeks (introduce
done, agree due this week). Idempotent: a second run finds both and changes nothing.

Everything is made through the services, as a clinician would make it, with the clock set
to the moment each thing happened.
"""

from __future__ import annotations

import datetime
from typing import TextIO

from django.db import transaction

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.accounts.services import user_invite
from pmp_followon.notifications.models import UNSENT_STATUSES, Notification
from pmp_followon.notifications.services import notifications_cancel

from . import schedule, services
from .models import (
    STEP_ORDER,
    Enrolment,
    Programme,
    ProgrammeSession,
    Resource,
    ResourceAudience,
    StepKind,
)

SERVICE_NAME = "Riverside Pain Service"
FINISHED_NAME = "Riverside PMP: Tuesdays, summer"
RUNNING_NAME = "Riverside PMP: autumn"
VENUE = "Riverside Community Hospital, Physiotherapy Gym"

STAFF = {
    "clinician@example.org": ("Dr Priya Shah", Role.CLINICIAN, False),
    "ptv@example.org": ("Maureen Hughes", Role.PTV, False),
    "lead@example.org": ("Dr Helen Ward", Role.CLINICIAN, True),  # a clinical lead
}
FINISHED_PEOPLE = [
    # email, name, answer, extra
    ("coordinator@example.org", "Carol", "keen", {"volunteers_to_organise": True}),
    ("member@example.org", "Mo", "keen", {}),
    ("jean@example.org", "Jean", "keen", {}),
    ("alan@example.org", "Alan", "keen", {"volunteers_to_organise": True}),
    (
        "priya@example.org",
        "Priya",
        "keen_unsuitable",
        {"unsuitable_venue": True, "unsuitable_note": "Somewhere on a bus route"},
    ),
    ("gareth@example.org", "Gareth", "keen_unsuitable", {"unsuitable_time": True}),
    ("sian@example.org", "Siân", "prefer_not", {"reasons": ["commitments"]}),
    (
        "tom@example.org",
        "Tom",
        "prefer_not",
        {"reasons": ["barriers"], "reasons_other": "I was the only man in the group."},
    ),
]
RUNNING_PEOPLE = [
    ("rosa@example.org", "Rosa"),
    ("derek@example.org", "Derek"),
    ("hannah@example.org", "Hannah"),
    ("ali@example.org", "Ali"),
    ("bev@example.org", "Bev"),
    ("colin@example.org", "Colin"),
]
RESOURCES = [
    (
        "Follow-on groups: information for patients",
        ResourceAudience.PATIENTS,
        StepKind.INTRODUCE,
        "https://example.org/follow-on-groups/patients.pdf",
    ),
    (
        "Supporting follow-on groups: information for clinicians",
        ResourceAudience.CLINICIANS,
        "",
        "https://example.org/follow-on-groups/clinicians.pdf",
    ),
    (
        "Short film: people from past programmes talk about their groups",
        ResourceAudience.PATIENTS,
        StepKind.INTRODUCE,
        "https://example.org/follow-on-groups/film",
    ),
    (
        "Sharing your contact details: what it means",
        ResourceAudience.PATIENTS,
        StepKind.AGREE,
        "https://example.org/follow-on-groups/sharing.pdf",
    ),
]


def _say(stdout: TextIO | None, text: str) -> None:
    if stdout is not None:
        stdout.write(f"{text}\n")


def _service() -> Service:
    service, _created = Service.objects.get_or_create(name=SERVICE_NAME)
    return service


def _staff(service: Service, stdout) -> dict[str, User]:
    people = {}
    for email, (name, role, _lead) in STAFF.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            # seed_demo makes these first; this is only for running programmes' demo alone.
            # user_invite cannot make a clinical lead, so this one is an ordinary clinician.
            user = user_invite(
                actor=None, email=email, display_name=name, role=role, service=service
            )
            _say(stdout, f"  made {email} (no password or authenticator: set them up to sign in)")
        people[email] = user
    return people


def _first_date_for(session_day: datetime.date, number: int, division: str) -> datetime.date:
    """The first session date that puts session ``number`` on ``session_day`` (bank
    holidays skipped on the way)."""
    first = session_day - datetime.timedelta(weeks=number - 1)
    for _try in range(6):
        dates = schedule.weekly_dates(first, number, division=division)
        if dates[-1] == session_day:
            return first
        first -= schedule.ONE_WEEK
    return first


def _enrol_everyone(programme, clinician, people, *, now) -> list[Enrolment]:
    enrolments = []
    for email, name in people:
        existing = Enrolment.objects.filter(programme=programme, participant__email=email).first()
        enrolments.append(
            existing
            or services.participant_enrol(
                actor=clinician,
                programme=programme,
                email=email,
                display_name=name,
                referral_source="gp" if len(enrolments) % 3 else "specialist",
                referral_date=now.date() - datetime.timedelta(days=40 + 3 * len(enrolments)),
                now=now,
            )
        )
    return enrolments


def _take_registers(programme, clinician, enrolments, *, upto: datetime.datetime) -> None:
    sessions = ProgrammeSession.objects.filter(programme=programme, starts_at__lte=upto)
    for session in sessions.order_by("number"):
        # Most people come; someone with a flare-up misses a week now and then.
        present = {e.pk for i, e in enumerate(enrolments) if (i + session.number) % 5}
        services.attendance_record(
            actor=clinician,
            session=session,
            attended_enrolment_ids=present,
            now=session.starts_at + datetime.timedelta(minutes=10),
        )


def _tick_all(programme, kind, actor, *, now) -> None:
    from .handover import checklist_keys

    step = programme.handover_steps.get(kind=kind)
    services.handover_checklist_save(actor=actor, step=step, ticked=checklist_keys(kind), now=now)


def _finished(service, staff, *, now, stdout) -> Programme:
    clinician, ptv = staff["clinician@example.org"], staff["ptv@example.org"]
    division = services.programme_settings_for(service).bank_holiday_division
    zone = service.zone
    last_day = schedule.local_date(now, zone) - datetime.timedelta(weeks=8)
    while last_day.weekday() != 1 or schedule.bank_holiday_title(last_day, division):
        last_day -= datetime.timedelta(days=1)  # the Tuesday on or before
    first_day = _first_date_for(last_day, 10, division)
    start = schedule.local_to_utc(first_day, datetime.time(10), zone)
    before = start - datetime.timedelta(days=14)
    programme = services.programme_create(
        actor=clinician,
        name=FINISHED_NAME,
        venue=VENUE,
        first_session_date=first_day,
        start_time=datetime.time(10),
        session_count=10,
        discipline="clinical_psychologist",
        now=before,
    )
    services.facilitator_add(
        actor=clinician, programme=programme, user=ptv, discipline="ptv", now=before
    )
    enrolments = _enrol_everyone(
        programme, clinician, [(email, name) for email, name, _a, _x in FINISHED_PEOPLE], now=before
    )
    steps = {s.kind: s.session for s in programme.handover_steps.select_related("session")}
    _take_registers(programme, clinician, enrolments, upto=steps["confirm"].starts_at)
    for kind in STEP_ORDER:
        moment = steps[kind].starts_at + datetime.timedelta(hours=2)
        if kind == StepKind.AGREE:
            services.first_meeting_plan_update(
                actor=clinician,
                programme=programme,
                options_note="Thursday mornings suit most people. The café at the leisure "
                "centre has step-free access and a quiet corner.",
                now=moment,
            )
            for enrolment, (_e, _n, answer, extra) in zip(enrolments, FINISHED_PEOPLE, strict=True):
                services.participant_choice_record(
                    actor=clinician,
                    enrolment=enrolment,
                    continue_choice=answer,
                    now=moment,
                    **extra,
                )
                if answer != "prefer_not":
                    services.contact_consents_set(
                        actor=enrolment.participant,
                        enrolment=enrolment,
                        kinds={"email"},
                        now=moment,
                    )
        if kind == StepKind.CONFIRM:
            services.first_meeting_plan_update(
                actor=clinician,
                programme=programme,
                meeting_date=last_day + datetime.timedelta(weeks=5, days=2),
                meeting_time=datetime.time(11),
                venue="Leisure centre café",
                ptv=ptv,
                confirm=True,
                now=moment,
            )
        _tick_all(programme, kind, ptv if kind == StepKind.INTRODUCE else clinician, now=moment)
    services.programme_statuses_refresh(now=now)
    _say(
        stdout,
        f"  {FINISHED_NAME}: finished on {last_day:%d %B %Y}, {len(enrolments)} "
        "participants with their answers",
    )
    return programme


def _agree_day(now: datetime.datetime, zone, division) -> tuple[datetime.date, datetime.time]:
    """A day for the agree step later this week (today when there is none), and a start
    time that has not passed, so the step shows as due."""
    today = schedule.local_date(now, zone)
    for offset in range(1, 7 - today.weekday()):
        day = today + datetime.timedelta(days=offset)
        if schedule.is_working_day(day, division):
            return day, datetime.time(10)
    local_hour = now.astimezone(zone).hour
    return today, datetime.time(min(local_hour + 1, 23), 0)


def _running(service, staff, *, now, stdout) -> Programme:
    clinician, ptv = staff["clinician@example.org"], staff["ptv@example.org"]
    division = services.programme_settings_for(service).bank_holiday_division
    zone = service.zone
    agree_day, start_time = _agree_day(now, zone, division)
    first_day = _first_date_for(agree_day, 9, division)
    start = schedule.local_to_utc(first_day, start_time, zone)
    before = min(start, now) - datetime.timedelta(days=14)
    minutes = 180 if start_time.hour < 21 else 60
    programme = services.programme_create(
        actor=clinician,
        name=RUNNING_NAME,
        venue=VENUE,
        first_session_date=first_day,
        start_time=start_time,
        session_minutes=minutes,
        session_count=10,
        discipline="physiotherapist",
        now=before,
    )
    services.facilitator_add(
        actor=clinician, programme=programme, user=ptv, discipline="ptv", now=before
    )
    enrolments = _enrol_everyone(programme, clinician, RUNNING_PEOPLE, now=before)
    _take_registers(programme, clinician, enrolments, upto=now)
    introduce = programme.handover_steps.select_related("session").get(kind="introduce")
    done_at = introduce.session.starts_at + datetime.timedelta(hours=2)
    _tick_all(programme, StepKind.INTRODUCE, ptv, now=done_at)
    # Two people answered early, from their phones.
    services.participant_choice_record(
        actor=enrolments[0].participant,
        enrolment=enrolments[0],
        continue_choice="keen",
        volunteers_to_organise=True,
        now=done_at,
    )
    services.participant_choice_record(
        actor=enrolments[1].participant,
        enrolment=enrolments[1],
        continue_choice="keen",
        now=done_at,
    )
    services.programme_statuses_refresh(now=now)
    _say(stdout, f"  {RUNNING_NAME}: introduce done, agree step on {agree_day:%A %d %B}")
    return programme


def _resources(service, staff, *, now) -> None:
    lead = staff["lead@example.org"]
    for title, audience, step, url in RESOURCES:
        if not Resource.objects.filter(service=service, title=title).exists():
            services.resource_create(
                actor=lead, title=title, audience=audience, step=step, url=url, now=now
            )


def _quiet_the_made_up_past(programme: Programme, *, now: datetime.datetime) -> int:
    """The demo's history is made up: nothing from it (invitations, reminders that were due
    before today) should go out when the worker starts."""
    topics = [
        f"programmes.enrolment.{pk}" for pk in programme.enrolments.values_list("pk", flat=True)
    ]
    topics += list(
        Notification.objects.filter(
            kind__startswith="programmes.",
            topic__startswith="programmes.step.",
            status__in=UNSENT_STATUSES,
            due_at__lt=now,
            recipient__programme_facilitations__programme=programme,
        ).values_list("topic", flat=True)
    )
    return sum(
        notifications_cancel(topic=topic, reason="demo data: made-up past", now=now)
        for topic in set(topics)
    )


@transaction.atomic
def seed(*, stdout: TextIO | None = None, now: datetime.datetime) -> None:
    _say(stdout, "Programmes:")
    service = _service()
    staff = _staff(service, stdout)
    _resources(service, staff, now=now)
    existing = set(
        Programme.objects.filter(
            service=service, name__in=[FINISHED_NAME, RUNNING_NAME]
        ).values_list("name", flat=True)
    )
    if FINISHED_NAME in existing:
        _say(stdout, f"  {FINISHED_NAME}: already there")
    else:
        _quiet_the_made_up_past(_finished(service, staff, now=now, stdout=stdout), now=now)
    if RUNNING_NAME in existing:
        _say(stdout, f"  {RUNNING_NAME}: already there")
    else:
        _quiet_the_made_up_past(_running(service, staff, now=now, stdout=stdout), now=now)
