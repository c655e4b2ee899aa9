"""The service's gatherings: who is invited (through the outbox), changing and cancelling with
notice, answers, the agenda, the six-month reminder, and who may use each page."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from groups import services
from groups.models import Gathering, GatheringEvent, GatheringInvitation
from pmp_followon.notifications.models import Notification
from tests.dates import not_a_bank_holiday

pytestmark = pytest.mark.django_db

INVITE = "groups.gathering_invitation"


def _plan(actor, *, days=30, now=None, **extra):
    today = timezone.localdate() if now is None else timezone.localtime(now).date()
    fields = {
        "title": "Autumn gathering",
        "day": today + datetime.timedelta(days=days),
        "at": datetime.time(14, 0),
        "place_note": "Riverside Hospital, main hall",
    }
    fields.update(extra)
    return services.gathering_create(actor=actor, now=now, **fields)


def _invited(gathering, kind=INVITE) -> set[int]:
    return set(
        Notification.objects.filter(kind=kind, context__gathering_id=gathering.pk).values_list(
            "recipient_id", flat=True
        )
    )


@pytest.fixture
def past_participant(clinician):
    """Someone whose programme finished a few months ago."""
    from programmes import services as programme_services

    then = timezone.now() - datetime.timedelta(weeks=30)
    programme = programme_services.programme_create(
        actor=clinician,
        name="Old PMP",
        venue="Riverside Hospital",
        first_session_date=not_a_bank_holiday(
            timezone.localdate() - datetime.timedelta(weeks=28), -1
        ),
        start_time=datetime.time(10),
        session_count=8,
        discipline="physiotherapist",
        now=then,
    )
    return programme_services.participant_enrol(
        actor=clinician,
        programme=programme,
        email="pat.past@example.org",
        display_name="Pat Past",
        referral_source="gp",
        referral_date=timezone.localdate() - datetime.timedelta(weeks=40),
        now=then,
    ).participant


@pytest.fixture
def current_participant(clinician):
    """Someone on a programme that is still running: not a past participant yet."""
    from programmes import services as programme_services

    then = timezone.now() - datetime.timedelta(weeks=3)
    programme = programme_services.programme_create(
        actor=clinician,
        name="Current PMP",
        venue="Riverside Hospital",
        first_session_date=not_a_bank_holiday(
            timezone.localdate() - datetime.timedelta(weeks=2), -1
        ),
        start_time=datetime.time(10),
        session_count=10,
        discipline="physiotherapist",
        now=then,
    )
    return programme_services.participant_enrol(
        actor=clinician,
        programme=programme,
        email="cur.rent@example.org",
        display_name="Cur Rent",
        referral_source="gp",
        referral_date=timezone.localdate() - datetime.timedelta(weeks=10),
        now=then,
    ).participant


# Invitations


def test_planning_invites_past_participants_and_group_members_through_the_outbox(
    clinician,
    group,
    coordinator,
    member,
    past_participant,
    current_participant,
    other_service_clinician,
):
    gathering = _plan(clinician, agenda_groups="Each group: how it is going")
    invited = _invited(gathering)
    assert {coordinator.pk, member.pk, past_participant.pk} <= invited
    assert current_participant.pk not in invited
    assert clinician.pk not in invited and other_service_clinician.pk not in invited
    assert set(gathering.invitations.values_list("person_id", flat=True)) == invited
    assert list(
        GatheringEvent.objects.filter(gathering=gathering).values_list("verb", flat=True)
    ) == ["planned", "invited"]
    assert gathering.agenda_groups == "Each group: how it is going"


def test_a_withdrawn_participant_is_not_invited(clinician, past_participant):
    from programmes import services as programme_services
    from programmes.models import Enrolment

    enrolment = Enrolment.objects.get(participant=past_participant)
    programme_services.enrolment_withdraw(actor=clinician, enrolment=enrolment, reason="Moved")
    assert past_participant.pk not in _invited(_plan(clinician))


def test_a_change_invites_newcomers_once_and_nobody_twice(
    clinician, group, coordinator, past_participant
):
    gathering = _plan(clinician)
    day = timezone.localdate() + datetime.timedelta(days=30)
    fields = {
        "title": "Autumn gathering",
        "day": day,
        "at": datetime.time(14, 0),
        "place_note": "Riverside Hospital, main hall",
    }
    from tests.factories import UserFactory

    newcomer = UserFactory(service=clinician.service, display_name="New Member")
    services._members_add(
        group, coordinators=[], members=[newcomer], ptv=None, shares={}, now=timezone.now()
    )
    for _ in range(2):
        services.gathering_update(actor=clinician, gathering=gathering, **fields)
    rows = Notification.objects.filter(kind=INVITE, context__gathering_id=gathering.pk)
    assert rows.filter(recipient=newcomer).count() == 1
    assert rows.filter(recipient=coordinator).count() == 1
    assert GatheringInvitation.objects.filter(gathering=gathering, person=newcomer).count() == 1


# Changing and cancelling with notice


def test_moving_a_gathering_tells_everyone_invited(clinician, group, coordinator, member):
    gathering = _plan(clinician)
    services.gathering_update(
        actor=clinician,
        gathering=gathering,
        title="Autumn gathering",
        day=timezone.localdate() + datetime.timedelta(days=37),
        at=datetime.time(14, 0),
        place_note="Riverside Hospital, main hall",
    )
    told = _invited(gathering, "groups.gathering_changed")
    assert {coordinator.pk, member.pk} <= told
    assert told == set(gathering.invitations.values_list("person_id", flat=True))


def test_changing_only_the_agenda_sends_nothing(clinician, group):
    gathering = _plan(clinician)
    services.gathering_update(
        actor=clinician,
        gathering=gathering,
        title="Autumn gathering",
        day=timezone.localdate() + datetime.timedelta(days=30),
        at=datetime.time(14, 0),
        place_note="Riverside Hospital, main hall",
        agenda_learning="What we learned",
    )
    gathering.refresh_from_db()
    assert gathering.agenda_learning == "What we learned"
    assert _invited(gathering, "groups.gathering_changed") == set()


def test_cancelling_tells_everyone_once_with_the_reason(clinician, group, coordinator, member):
    gathering = _plan(clinician)
    for _ in range(2):
        services.gathering_cancel(actor=clinician, gathering=gathering, reason="Hall flooded")
    rows = Notification.objects.filter(
        kind="groups.gathering_cancelled", context__gathering_id=gathering.pk
    )
    assert {r.recipient_id for r in rows} == set(
        gathering.invitations.values_list("person_id", flat=True)
    )
    assert {coordinator.pk, member.pk} <= {r.recipient_id for r in rows}
    assert rows.filter(recipient=member).count() == 1
    assert rows.first().context["reason"] == "Hall flooded"
    gathering.refresh_from_db()
    assert gathering.cancelled_at and gathering.cancelled_by == clinician
    with pytest.raises(ValidationError):
        services.gathering_rsvp(actor=member, gathering=gathering, answer="going")
    with pytest.raises(ValidationError):
        services.gathering_update(
            actor=clinician,
            gathering=gathering,
            title="Again",
            day=timezone.localdate() + datetime.timedelta(days=40),
            at=datetime.time(14, 0),
            place_note="Somewhere",
        )


def test_only_the_services_staff_may_plan_change_or_cancel(
    clinician, member, group, other_service_clinician
):
    with pytest.raises(PermissionDenied):
        _plan(member)
    gathering = _plan(clinician)
    for actor in (member, other_service_clinician):
        with pytest.raises(PermissionDenied):
            services.gathering_cancel(actor=actor, gathering=gathering)
        with pytest.raises(PermissionDenied):
            services.gathering_update(
                actor=actor,
                gathering=gathering,
                title="X",
                day=timezone.localdate() + datetime.timedelta(days=9),
                at=datetime.time(10),
                place_note="Y",
            )
    assert Gathering.objects.get(pk=gathering.pk).cancelled_at is None


def test_a_gathering_in_the_past_cannot_be_planned(clinician):
    with pytest.raises(ValidationError):
        _plan(clinician, days=-1)


# The six-month reminder


def _held(clinician, *, months_ago: float):
    then = timezone.now() - datetime.timedelta(days=int(months_ago * 30.5) + 10)
    return _plan(clinician, days=10, now=then)


def _due_rows():
    return Notification.objects.filter(kind="groups.gathering_due")


def test_six_months_after_the_last_gathering_the_organisers_are_reminded_once(
    clinician, service_admin, member, group
):
    _held(clinician, months_ago=7)
    assert services.gathering_reminders_send() > 0
    services.gathering_reminders_send()
    people = list(_due_rows().values_list("recipient_id", flat=True))
    assert sorted(set(people)) == sorted({clinician.pk, service_admin.pk})
    assert len(people) == len(set(_due_rows().values_list("idempotency_key", flat=True)))
    assert member.pk not in people


def test_no_reminder_before_six_months_or_when_the_next_is_planned(clinician, group):
    _held(clinician, months_ago=4)
    services.gathering_reminders_send()
    assert not _due_rows().exists()
    Gathering.objects.update(starts_at=timezone.now() - datetime.timedelta(days=200))
    _plan(clinician, days=20)
    services.gathering_reminders_send()
    assert not _due_rows().exists()


def test_the_reminder_comes_on_the_day_six_months_pass(clinician):
    gathering = _held(clinician, months_ago=7)
    from groups.selectors import GATHERING_GAP

    just_before = gathering.starts_at + GATHERING_GAP - datetime.timedelta(minutes=1)
    assert services.gathering_reminders_send(now=just_before) == 0
    assert services.gathering_reminders_send(now=just_before + datetime.timedelta(minutes=2)) > 0


def test_housekeeping_sends_the_reminder(clinician):
    _held(clinician, months_ago=7)
    assert services.groups_housekeeping()["gatherings_due"] > 0


# The pages


@pytest.fixture
def gathering(clinician, group):
    return _plan(
        clinician,
        agenda_groups="Each group says how it is going",
        agenda_linking="Hilltop and Riverside groups meet",
    )


def test_the_page_shows_the_agenda_and_members_can_answer(client, gathering, member):
    client.force_login(member)
    url = reverse("groups:gathering_detail", args=[gathering.pk])
    body = client.get(url).content.decode()
    assert "What we will talk about" in body
    assert "Hilltop and Riverside groups meet" in body
    assert "Change the gathering" not in body
    assert client.post(url, {"answer": "going"}).status_code == 302
    assert gathering.rsvps.get(person=member).answer == "going"


def test_the_clinician_changes_the_gathering(client, gathering, clinician, member):
    client.force_login(clinician)
    url = reverse("groups:gathering_edit", args=[gathering.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Autumn gathering" in page.content.decode()
    day = timezone.localdate() + datetime.timedelta(days=44)
    response = client.post(
        url,
        {
            "title": "Autumn gathering",
            "day_day": day.day,
            "day_month": day.month,
            "day_year": day.year,
            "at": "2pm",
            "duration_minutes": "120",
            "place_note": "The library",
            "description": "",
            "agenda_groups": "",
            "agenda_learning": "",
            "agenda_linking": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    gathering.refresh_from_db()
    assert timezone.localtime(gathering.starts_at).date() == day
    assert member.pk in _invited(gathering, "groups.gathering_changed")


def test_the_clinician_cancels_the_gathering(client, gathering, clinician, member):
    client.force_login(clinician)
    url = reverse("groups:gathering_cancel", args=[gathering.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "The hall is not available"})
    assert response.status_code == 302
    gathering.refresh_from_db()
    assert gathering.cancelled_at is not None
    body = client.get(reverse("groups:gathering_detail", args=[gathering.pk])).content.decode()
    assert "Cancelled" in body and "The hall is not available" in body


@pytest.mark.parametrize("name", ["gathering_edit", "gathering_cancel"])
def test_manage_pages_are_404_for_outsiders_and_403_for_members(
    client, gathering, member, outsider, other_service_clinician, name
):
    url = reverse(f"groups:{name}", args=[gathering.pk])
    for person in (outsider, other_service_clinician):
        client.force_login(person)
        assert client.get(url).status_code == 404
        assert client.post(url, {}).status_code == 404
    client.force_login(member)
    assert client.get(url).status_code == 403
    assert client.post(url, {"reason": "no"}).status_code == 403
    assert Gathering.objects.get(pk=gathering.pk).cancelled_at is None


@pytest.mark.parametrize("name", ["gathering_edit", "gathering_cancel", "gathering_detail"])
def test_wrong_method_is_405(client, gathering, clinician, name):
    client.force_login(clinician)
    url = reverse(f"groups:{name}", args=[gathering.pk])
    assert client.put(url).status_code == 405
    assert client.delete(url).status_code == 405


def test_the_detail_page_is_404_for_outsiders(client, gathering, outsider, other_service_clinician):
    for person in (outsider, other_service_clinician):
        client.force_login(person)
        assert (
            client.get(reverse("groups:gathering_detail", args=[gathering.pk])).status_code == 404
        )
