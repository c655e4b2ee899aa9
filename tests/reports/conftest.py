"""Build programmes and follow-on groups through the services, moving the clock along as
the real thing would: enrol, record choices and profiles, share and check contacts, run the
programme to its end, make the group, hold meetings and take the register."""

from __future__ import annotations

import datetime
import zoneinfo
from dataclasses import dataclass, field

import pytest

LONDON = zoneinfo.ZoneInfo("Europe/London")
NAME_MARK = "Zanzibarname"
EMAIL_MARK = "zzmarker"
PHONE = "07700900777"
POST_MARK = "PLANTED-POST-TEXT-quokka"


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, tzinfo=LONDON)


@dataclass
class Person:
    gender: str = "woman"
    year_of_birth: int | None = 1960
    choice: str = "keen"
    reasons: tuple[str, ...] = ()
    ethnic: str = "A"
    condition: str = "fibromyalgia"
    volunteer: bool = False
    share: bool = True
    check: bool = True


@dataclass
class Built:
    programme: object
    end: datetime.datetime
    people: list = field(default_factory=list)  # User, in the order given
    enrolments: list = field(default_factory=list)
    group: object = None
    meetings: list = field(default_factory=list)


class World:
    def __init__(self, clinician, service) -> None:
        self.clinician = clinician
        self.service = service
        self.counter = 0
        self.venues: dict[str, object] = {}

    def venue(self, kind: str, now: datetime.datetime):
        from groups import services

        if kind not in self.venues:
            self.venues[kind] = services.venue_create(
                actor=self.clinician, name=f"The {kind} place", kind=kind, now=now
            )
        return self.venues[kind]

    def programme(self, first: datetime.date, people: list[Person]) -> Built:
        """A 10-session programme from `first` (a Tuesday with no bank holiday in its run)
        with these people; it has finished by the time this returns."""
        from programmes import services as programmes
        from reports import services as reports

        self.counter += 1
        n = self.counter
        planned = at(first - datetime.timedelta(days=14), 9)
        programme = programmes.programme_create(
            actor=self.clinician,
            name=f"PMP {n}",
            venue="Riverside Hospital",
            first_session_date=first,
            start_time=datetime.time(10, 0),
            session_count=10,
            discipline="clinical_psychologist",
            now=planned,
        )
        built = Built(programme=programme, end=programme.sessions.order_by("-number")[0].ends_at)
        for index, spec in enumerate(people):
            enrolment = programmes.participant_enrol(
                actor=self.clinician,
                programme=programme,
                email=f"{EMAIL_MARK}.{n}.{index}@example.org",
                display_name=f"{NAME_MARK} {n}-{index}",
                mobile=PHONE,
                referral_source="gp",
                referral_date=first - datetime.timedelta(days=60),
                now=planned,
            )
            person = enrolment.participant
            reports.participant_profile_save(
                actor=self.clinician,
                participant=person,
                agreed=True,
                gender=spec.gender,
                year_of_birth=spec.year_of_birth,
                ethnic_category=spec.ethnic,
                condition_category=spec.condition,
                now=planned,
            )
            programmes.participant_choice_record(
                actor=self.clinician,
                enrolment=enrolment,
                continue_choice=spec.choice,
                unsuitable_time=spec.choice == "keen_unsuitable",
                reasons=spec.reasons,
                reasons_other="SECRET-REASON-TEXT" if spec.reasons else "",
                volunteers_to_organise=spec.volunteer,
                now=planned,
            )
            if spec.share:
                programmes.contact_consents_set(
                    actor=self.clinician, enrolment=enrolment, kinds=["email"], now=planned
                )
                if spec.check:
                    sent = programmes.contact_check_send(
                        actor=self.clinician, enrolment=enrolment, channel="email", now=planned
                    )
                    outcome = programmes.contact_check_confirm(
                        actor=self.clinician,
                        enrolment=enrolment,
                        channel="email",
                        code=sent.code,
                        now=planned,
                    )
                    assert outcome.verified
            built.people.append(person)
            built.enrolments.append(enrolment)
        programmes.programme_statuses_refresh(now=built.end + datetime.timedelta(hours=1))
        return built

    def group(
        self,
        built: Built,
        *,
        name: str,
        keeps_in_touch=("app",),
        purposes=("social",),
        rhythm="monthly",
        area="Riverside",
    ):
        from groups import services

        created = services.group_create_from_programme(
            actor=self.clinician,
            programme=built.programme,
            name=name,
            area=area,
            rhythm=rhythm,
            purposes=list(purposes),
            keeps_in_touch=list(keeps_in_touch),
            now=built.end + datetime.timedelta(days=1),
        )
        built.group = created.group
        return created.group

    def coordinator(self, built: Built):
        from groups.models import COORDINATOR_ROLES, Membership

        return (
            Membership.objects.filter(group=built.group, role__in=COORDINATOR_ROLES).first().person
        )

    def meeting(
        self, built: Built, day: datetime.date, came: list, *, kind: str = "pub", hour: int = 19
    ):
        from groups import services

        coordinator = self.coordinator(built)
        meeting = services.meeting_schedule(
            actor=coordinator,
            group=built.group,
            day=day,
            at=datetime.time(hour, 0),
            venue=self.venue(kind, at(day) - datetime.timedelta(days=7)),
            now=at(day) - datetime.timedelta(days=7),
        )
        services.attendance_record(
            actor=coordinator,
            meeting=meeting,
            attended_ids=[p.pk for p in came],
            now=at(day, hour) + datetime.timedelta(hours=3),
        )
        built.meetings.append(meeting)
        return meeting

    def leave(self, built: Built, person, day: datetime.date, reason: str = "ill_health"):
        from groups import services

        services.membership_leave(
            actor=person,
            group=built.group,
            reason=reason,
            reason_other="SECRET-LEAVING-TEXT",
            now=at(day),
        )

    def post(self, built: Built, person, day: datetime.date, body: str = POST_MARK):
        from groups import services
        from groups.notice import SCREENING_NOTICE_VERSION

        return services.post_create(
            actor=person,
            group=built.group,
            body=body,
            agree_notice_version=SCREENING_NOTICE_VERSION,
            now=at(day, 12),
        ).post

    def refresh_statuses(self, now: datetime.datetime) -> None:
        from groups import services

        services.groups_dormant_review(now=now)


@pytest.fixture
def world(clinician, service):
    return World(clinician, service)


def monthly(start: datetime.date, count: int) -> list[datetime.date]:
    """`count` dates a month apart from `start` (same day of the month)."""
    days = []
    year, month = start.year, start.month
    for _i in range(count):
        days.append(datetime.date(year, month, start.day))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return days
