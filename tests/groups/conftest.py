"""Fixtures for groups: made through the services, as clinicians and coordinators make them.

Personas beyond tests/conftest.py: ``coordinator``, ``member`` (both in ``group``),
``other_group_member`` (in another group of the same service), ``former_member`` (left
``group``), ``ended_ptv`` (a PTV whose three supporting meetings are over).
"""

from __future__ import annotations

import datetime
import zoneinfo

import pytest
from django.utils import timezone

LONDON = zoneinfo.ZoneInfo("Europe/London")
SECRET_POST = "Lovely to see everyone, the scones at the Mill were SECRET-POST-TEXT good"
MEMBER_EMAIL = "dave.member@example.org"
MEMBER_MOBILE = "07700900222"


def local(year, month, day, hour=10, minute=0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=LONDON)


def next_weekday(day: datetime.date, weekday: int) -> datetime.date:
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7 or 7)


# Builders: the fixtures below call them, and so can a test module that builds one shared
# world for many tests (tests/groups/test_access.py).
def make_coordinator(service):
    from tests.factories import UserFactory

    return UserFactory(
        service=service,
        display_name="Jean Baker",
        email="jean.coord@example.org",
        mobile="07700900111",
    )


def make_member(service):
    from tests.factories import UserFactory

    return UserFactory(
        service=service, display_name="Dave Hughes", email=MEMBER_EMAIL, mobile=MEMBER_MOBILE
    )


def make_venue(clinician):
    from groups import services

    return services.venue_create(
        actor=clinician,
        name="The Mill Cafe",
        kind="cafe",
        address="1 Mill Lane",
        area="Riverside",
        step_free="yes",
        back_support_seating="yes",
        accessible_toilet="no",
        parking_distance_m=50,
        bus_stop_distance_m=120,
        noise="quiet",
        accessibility_notes="Quiet room at the back",
    )


def make_group(clinician, coordinator, member, ptv):
    from groups import services

    group = services.group_create(
        actor=clinician,
        service=clinician.service,
        name="Riverside Thursday group",
        area="Riverside",
        purposes=["social", "techniques"],
        keeps_in_touch=["app", "whatsapp"],
        open_to_new_members=True,
        coordinators=[coordinator],
        members=[member],
        ptv=ptv,
    )
    services.membership_sharing_update(
        actor=member, group=group, share_email=True, share_mobile=True
    )
    return group


def make_other_group_member(service):
    from tests.factories import UserFactory

    return UserFactory(service=service, display_name="Olive Other", email="olive@example.org")


def make_other_group(clinician, other_group_member, service):
    from groups import services
    from tests.factories import UserFactory

    other_coordinator = UserFactory(service=service, display_name="Otto Coord")
    return services.group_create(
        actor=clinician,
        service=service,
        name="Hilltop Monday group",
        area="Hilltop",
        coordinators=[other_coordinator],
        members=[other_group_member],
        open_to_new_members=True,
    )


def make_former_member(group, service):
    from groups import services
    from tests.factories import UserFactory

    person = UserFactory(service=service, display_name="Fran Former")
    services._members_add(
        group, coordinators=[], members=[person], ptv=None, shares={}, now=timezone.now()
    )
    services.membership_leave(actor=person, group=group, reason="commitments")
    return person


def make_ended_ptv(group, service):
    """A PTV who supported the group's first three meetings: their support has ended."""
    from groups import services
    from groups.models import Membership, MembershipStatus
    from pmp_followon.accounts.models import Role
    from tests.conftest import _staff

    person = _staff(service, Role.PTV, display_name="Paula PTV")
    services._members_add(
        group,
        coordinators=[],
        members=[],
        ptv=person,
        shares={},
        now=timezone.now() - datetime.timedelta(days=120),
    )
    Membership.objects.filter(group=group, person=person).update(
        status=MembershipStatus.ENDED, ended_at=timezone.now()
    )
    return person


def a_future_day() -> datetime.date:
    """A weekday a week or so ahead, in London."""
    today = timezone.localdate(timezone.now(), LONDON)
    return next_weekday(today + datetime.timedelta(days=7), 3)


def make_meeting(group, coordinator, venue, day):
    from groups import services

    return services.meeting_schedule(
        actor=coordinator, group=group, day=day, at=datetime.time(10, 30), venue=venue
    )


def make_past_meeting(group, coordinator, venue):
    """A meeting that happened three days ago (added afterwards to record who came)."""
    day = timezone.localdate(timezone.now(), LONDON) - datetime.timedelta(days=3)
    return make_meeting(group, coordinator, venue, day)


def make_secret_post(group, member):
    from groups import services

    return services.post_create(
        actor=member, group=group, body=SECRET_POST, agree_notice_version=_notice()
    ).post


@pytest.fixture
def coordinator(service):
    return make_coordinator(service)


@pytest.fixture
def member(service):
    return make_member(service)


@pytest.fixture
def venue(clinician):
    return make_venue(clinician)


@pytest.fixture
def group(clinician, coordinator, member, ptv):
    return make_group(clinician, coordinator, member, ptv)


@pytest.fixture
def other_group_member(service):
    return make_other_group_member(service)


@pytest.fixture
def other_group(clinician, other_group_member, service):
    return make_other_group(clinician, other_group_member, service)


@pytest.fixture
def former_member(group, service):
    return make_former_member(group, service)


@pytest.fixture
def ended_ptv(group, service, clinician):
    return make_ended_ptv(group, service)


@pytest.fixture
def future_day():
    return a_future_day()


@pytest.fixture
def meeting(group, coordinator, venue, future_day):
    return make_meeting(group, coordinator, venue, future_day)


@pytest.fixture
def past_meeting(group, coordinator, venue):
    return make_past_meeting(group, coordinator, venue)


@pytest.fixture
def secret_post(group, member):
    return make_secret_post(group, member)


def _notice() -> str:
    from groups.notice import SCREENING_NOTICE_VERSION

    return SCREENING_NOTICE_VERSION


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def finished_programme(clinician):
    """A 10-session programme that finished about four weeks ago (made through the
    programmes services, back when it was planned)."""
    from programmes import schedule
    from programmes import services as programme_services

    today = timezone.localdate(timezone.now(), LONDON)
    first = next_weekday(today - datetime.timedelta(weeks=16), 1)
    while schedule.bank_holiday_title(first):
        first += datetime.timedelta(weeks=1)
    created = local(first.year, first.month, first.day, 9) - datetime.timedelta(days=14)
    return programme_services.programme_create(
        actor=clinician,
        name="Tuesday PMP, spring",
        venue="Riverside Hospital, Room 4",
        first_session_date=first,
        start_time=datetime.time(10, 0),
        session_count=10,
        discipline="clinical_psychologist",
        now=created,
    )


@pytest.fixture
def enrol_keen(clinician, finished_programme):
    """enrol_keen("a@example.org", name=..., volunteer=False, choice="keen") -> User."""
    from programmes import services as programme_services

    created = finished_programme.created_at

    def _enrol(email, *, name="Someone", volunteer=False, choice="keen", mobile=""):
        enrolment = programme_services.participant_enrol(
            actor=clinician,
            programme=finished_programme,
            email=email,
            display_name=name,
            mobile=mobile,
            referral_source="gp",
            referral_date=(created - datetime.timedelta(days=30)).date(),
            now=created,
        )
        programme_services.participant_choice_record(
            actor=clinician,
            enrolment=enrolment,
            continue_choice=choice,
            unsuitable_date=choice == "keen_unsuitable",
            volunteers_to_organise=volunteer,
            now=created,
        )
        return enrolment.participant

    return _enrol
