"""From handover to group: the clinician (or a volunteer coordinator) makes the group from a
finished programme; then "formed" is computed from who came, and programmes hears of it
through its hook."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from groups import services
from groups.models import Group, Meeting, Membership, MembershipRole, Poll
from pmp_followon.notifications.models import Notification
from programmes.hooks import follow_on_outcomes
from tests.groups.conftest import LONDON

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(enrol_keen, finished_programme, clinician, ptv):
    from programmes import services as programme_services

    programme_services.facilitator_add(
        actor=clinician,
        programme=finished_programme,
        user=ptv,
        discipline="ptv",
        now=finished_programme.created_at,
    )
    programme_services.first_meeting_plan_update(
        actor=clinician,
        programme=finished_programme,
        ptv=ptv,
        options_note="Thursday mornings at the Mill",
        now=finished_programme.created_at,
    )
    people = {
        "jean": enrol_keen("jean.k@example.org", name="Jean", volunteer=True, mobile="07700900301"),
        "dave": enrol_keen("dave.k@example.org", name="Dave"),
        "sue": enrol_keen("sue.k@example.org", name="Sue", choice="keen_unsuitable"),
        "ann": enrol_keen("ann.k@example.org", name="Ann"),
        "ray": enrol_keen("ray.k@example.org", name="Ray", choice="prefer_not"),
    }
    return people


def _post(day: datetime.date, **extra) -> dict:
    data = {
        "name": "Tuesday friends",
        "area": "Riverside",
        "rhythm": "monthly",
        "first": "meeting",
        "day_day": day.day,
        "day_month": day.month,
        "day_year": day.year,
        "at": "10:30am",
        "venue": "",
        "place_note": "The Mill Cafe",
    }
    data.update(extra)
    return data


def _last_session_day(programme) -> datetime.date:
    return programme.sessions.order_by("-number").first().starts_at.astimezone(LONDON).date()


def test_clinician_creates_the_group_from_the_handover(
    login, cohort, finished_programme, clinician, ptv
):
    client = login(clinician)
    url = reverse("groups:create_from_programme", args=[finished_programme.pk])
    page = client.get(url).content.decode()
    assert "Jean" in page and "offered to coordinate" in page and "Ray" not in page
    first = _last_session_day(finished_programme) + datetime.timedelta(weeks=5)
    if first <= timezone.localdate():
        first = timezone.localdate() + datetime.timedelta(days=7)
    response = client.post(url, _post(first))
    assert response.status_code == 302
    group = Group.objects.get()
    assert list(group.origin_programmes.all()) == [finished_programme]
    roles = dict(Membership.objects.filter(group=group).values_list("person__display_name", "role"))
    assert roles == {
        "Jean": MembershipRole.COORDINATOR,
        "Dave": MembershipRole.MEMBER,
        "Sue": MembershipRole.MEMBER,
        "Ann": MembershipRole.MEMBER,
        ptv.display_name: MembershipRole.PTV_SUPPORTER,
    }
    assert group.contact_clinician == clinician
    meeting = Meeting.objects.get(group=group, status="scheduled")
    assert meeting.starts_at.astimezone(LONDON).date() == first
    welcomed = Notification.objects.filter(kind="groups.welcome")
    assert welcomed.count() == 5
    # Staff are sent to the service overview: it's not their group.
    assert response["Location"] == reverse("groups:staff_overview")
    # Only once per programme.
    again = client.get(url)
    assert again.status_code == 302


def test_first_meeting_outside_four_to_six_weeks_warns_but_does_not_block(
    cohort, finished_programme, clinician
):
    first = timezone.localdate() + datetime.timedelta(days=60)
    result = services.group_create_from_programme(
        actor=clinician,
        programme=finished_programme,
        name="Late group",
        first_meeting=services.FirstMeeting(
            day=first, at=datetime.time(10, 30), place_note="The Mill"
        ),
    )
    assert result.group.pk and result.meeting is not None
    assert result.warning and "later than the usual 4 to 6 weeks" in result.warning


def test_volunteer_coordinator_creates_it_with_a_poll(login, cohort, finished_programme):
    client = login(cohort["jean"])
    url = reverse("groups:create_from_programme", args=[finished_programme.pk])
    response = client.post(
        url, _post(timezone.localdate(), first="poll", day_day="", day_month="", day_year="", at="")
    )
    group = Group.objects.get()
    assert response["Location"] == reverse("groups:poll_create", args=[group.pk])
    assert not Meeting.objects.filter(group=group).exists()
    assert not Poll.objects.exists()


def test_other_participants_cannot_create_it(login, cohort, finished_programme, outsider):
    url = reverse("groups:create_from_programme", args=[finished_programme.pk])
    assert login(cohort["dave"]).get(url).status_code == 403
    assert login(outsider).get(url).status_code == 404


def test_formed_is_computed_from_three_pmp_participants_at_one_face_to_face_meeting(
    cohort, finished_programme, clinician, ptv
):
    result = services.group_create_from_programme(
        actor=clinician,
        programme=finished_programme,
        name="Tuesday friends",
        first_meeting=services.FirstMeeting(
            day=timezone.localdate() - datetime.timedelta(days=2),
            at=datetime.time(10, 30),
            place_note="The Mill",
        ),
    )
    group, meeting = result.group, result.meeting
    jean, dave, sue = cohort["jean"], cohort["dave"], cohort["sue"]
    outcomes = follow_on_outcomes([finished_programme.pk])[finished_programme.pk]
    assert outcomes.group_created and not outcomes.first_meeting_held and not outcomes.formed

    # Two participants and the PTV: the PTV is not a PMP participant, so not formed.
    services.attendance_record(actor=jean, meeting=meeting, attended_ids=[jean.pk, dave.pk, ptv.pk])
    group.refresh_from_db()
    assert group.formed_at is None and group.status == "forming"
    # A third participant: formed, from the meeting itself.
    services.attendance_record(actor=jean, meeting=meeting, attended_ids=[jean.pk, dave.pk, sue.pk])
    group.refresh_from_db()
    assert group.formed_at == meeting.starts_at and group.status == "active"
    outcomes = follow_on_outcomes([finished_programme.pk])[finished_programme.pk]
    assert outcomes.first_meeting_held and outcomes.formed
    assert outcomes.first_meeting_attendee_ids == {jean.pk, dave.pk, sue.pk}
    # Correcting the record un-forms it: it is computed, never set by hand.
    services.attendance_record(actor=jean, meeting=meeting, attended_ids=[jean.pk])
    group.refresh_from_db()
    assert group.formed_at is None


def test_online_meetings_do_not_count_towards_formed(cohort, finished_programme, clinician):
    result = services.group_create_from_programme(
        actor=clinician,
        programme=finished_programme,
        name="Tuesday friends",
    )
    jean = cohort["jean"]
    meeting = services.meeting_schedule(
        actor=jean,
        group=result.group,
        day=timezone.localdate() - datetime.timedelta(days=1),
        at=datetime.time(19, 0),
        mode="online",
        online_link="https://meet.example.org/x",
    )
    services.attendance_record(
        actor=jean,
        meeting=meeting,
        attended_ids=[p.pk for p in cohort.values() if p.display_name != "Ray"],
    )
    result.group.refresh_from_db()
    assert result.group.formed_at is None


def test_outcomes_for_a_programme_without_a_group(finished_programme):
    outcome = follow_on_outcomes([finished_programme.pk])[finished_programme.pk]
    assert not outcome.group_created
