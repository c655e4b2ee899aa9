"""The signed-in home page sends each person to what they need, and nothing else."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.dates import not_a_bank_holiday

pytestmark = pytest.mark.django_db


def _links(client, user):
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    return {link["url"] for link in response.context["home_links"]}


def test_participant_sees_their_groups_not_staff_pages(client, participant):
    links = _links(client, participant)
    assert reverse("groups:my_groups") in links
    assert reverse("safeguarding:alert_list") not in links


def test_clinician_sees_programmes_not_alerts(client, clinician):
    links = _links(client, clinician)
    assert reverse("programmes:list") in links
    assert reverse("safeguarding:alert_list") not in links


def test_duty_clinician_sees_alerts(client, duty_clinician):
    assert reverse("safeguarding:alert_list") in _links(client, duty_clinician)


def test_service_admin_sees_people_and_problems(client, service_admin):
    links = _links(client, service_admin)
    assert reverse("accounts:people") in links
    assert reverse("notifications:problems") in links
    assert reverse("groups:my_groups") not in links


def test_every_home_link_opens_for_the_person_it_is_shown_to(
    client, participant, clinician, duty_clinician, service_admin
):
    for person in (participant, clinician, duty_clinician, service_admin):
        for url in _links(client, person):
            assert client.get(url).status_code == 200, (person.role, url)


def test_visitors_get_no_links(client):
    response = client.get("/")
    assert response.context["home_links"] == []


# A participant's home: what they need now (issue 15: a participant on a running programme
# had no link to their programme, their answer or their contact sharing).


@pytest.fixture
def running_enrolment(clinician, participant):
    """The participant is on a programme that started five weeks ago."""
    from programmes import services

    then = timezone.now() - datetime.timedelta(weeks=6)
    start = not_a_bank_holiday(timezone.localdate() - datetime.timedelta(weeks=5), -1)
    programme = services.programme_create(
        actor=clinician,
        name="Tuesday PMP, home test",
        venue="Riverside Hospital",
        first_session_date=start,
        start_time=datetime.time(10),
        session_count=10,
        discipline="physiotherapist",
        now=then,
    )
    return services.participant_enrol(
        actor=clinician,
        programme=programme,
        email=participant.email,
        referral_source="gp",
        referral_date=start - datetime.timedelta(days=30),
        now=then,
    )


def _home(client, user) -> str:
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_participant_home_links_to_their_programme_answer_and_contact_sharing(
    client, participant, running_enrolment
):
    pk = running_enrolment.programme_id
    body = _home(client, participant)
    assert "Tuesday PMP, home test" in body
    assert f'href="{reverse("programmes:my_choices", args=[pk])}"' in body
    assert f'href="{reverse("programmes:my_contacts", args=[pk])}"' in body
    assert "Tell us if you want to keep meeting" in body
    assert "Waiting for your answer" in body


def test_an_answered_question_is_no_longer_waiting_but_can_be_changed(
    client, participant, running_enrolment
):
    from programmes import services

    services.participant_choice_record(
        actor=participant, enrolment=running_enrolment, continue_choice="keen"
    )
    body = _home(client, participant)
    assert "Waiting for your answer" not in body
    assert "Change your answer" in body
    assert "I want to keep meeting and I will come to the first meeting" in body


def test_a_withdrawn_participant_is_not_asked(client, clinician, participant, running_enrolment):
    from programmes import services

    services.enrolment_withdraw(actor=clinician, enrolment=running_enrolment, reason="Moved away")
    body = _home(client, participant)
    assert "Tuesday PMP, home test" not in body
    assert reverse("programmes:my_choices", args=[running_enrolment.programme_id]) not in body


def test_participant_home_shows_their_group_and_next_meeting(client, clinician, participant):
    from groups import services

    group = services.group_create(
        actor=clinician,
        service=clinician.service,
        name="Riverside Thursday group",
        coordinators=[participant],
    )
    day = timezone.localdate() + datetime.timedelta(days=10)
    meeting = services.meeting_schedule(
        actor=participant,
        group=group,
        day=day,
        at=datetime.time(10, 30),
        place_note="The Mill Cafe",
    )
    body = _home(client, participant)
    assert "Your next meeting" in body
    assert reverse("groups:meeting_detail", args=[group.pk, meeting.pk]) in body
    assert "Riverside Thursday group" in body
    assert reverse("groups:detail", args=[group.pk]) in body


def test_staff_home_does_not_talk_about_their_follow_on_group(client, clinician):
    body = _home(client, clinician)
    assert "keep in touch with your follow-on group" not in body
    assert "Waiting for your answer" not in body


def test_duty_home_counts_the_open_alerts(client, duty_clinician, participant):
    from safeguarding import services

    body = _home(client, duty_clinician)
    assert "No open alerts." in body
    services.alert_raise_by_staff(
        actor=duty_clinician, subject=participant, level="high", note="Rang the service worried"
    )
    body = _home(client, duty_clinician)
    assert "1 open alert, 1 not acknowledged." in body


@pytest.mark.parametrize(
    ("programme_status", "enrolment_status", "answered", "shown"),
    [
        ("running", "enrolled", False, True),
        ("running", "enrolled", True, True),
        ("finished", "enrolled", False, True),
        ("finished", "enrolled", True, False),
        ("cancelled", "enrolled", False, False),
        ("running", "withdrawn", False, False),
        ("finished", "withdrawn", False, False),
        ("finished", "completed", False, True),
        ("finished", "completed", True, False),
    ],
)
def test_which_programmes_wait_on_the_home_page(
    participant, running_enrolment, programme_status, enrolment_status, answered, shown
):
    """participant_programmes_waiting's rule, written in SQL since run 7 of issue 17, for
    each state a programme and an enrolment can be in (statuses set directly: only the rule
    is under test here)."""
    from programmes import services
    from programmes.models import Enrolment, Programme
    from programmes.selectors import participant_programmes_waiting

    if answered:
        services.participant_choice_record(
            actor=participant, enrolment=running_enrolment, continue_choice="keen"
        )
    Programme.objects.filter(pk=running_enrolment.programme_id).update(status=programme_status)
    Enrolment.objects.filter(pk=running_enrolment.pk).update(status=enrolment_status)
    found = participant_programmes_waiting(participant)
    assert [e.pk for e in found] == ([running_enrolment.pk] if shown else [])
    if shown:
        assert found[0].programme.name == "Tuesday PMP, home test"
    # The same rule as a condition of the home page's groups statement (run 9), on a
    # statement with the person's id in a column, as home_groups puts it.
    from django.db import connection

    from programmes.selectors import programmes_waiting_sql

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT CASE WHEN "
            + programmes_waiting_sql("ms.person_id")
            + " THEN 1 ELSE 0 END FROM (SELECT %s AS person_id) ms",
            [participant.pk],
        )
        assert bool(cursor.fetchone()[0]) is shown


def test_a_member_with_a_waiting_programme_sees_it_beside_their_group(
    client, clinician, participant, running_enrolment
):
    """The home page asks whether a programme waits within its groups statement (issue 17,
    run 9): with a group and a programme waiting, both are on the page; with nothing
    waiting, no statement about programmes is run."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from groups import services as group_services
    from programmes import services
    from programmes.models import Programme

    group_services.group_create(
        actor=clinician,
        service=clinician.service,
        name="Riverside Thursday group",
        coordinators=[participant],
    )
    body = _home(client, participant)
    assert "Tuesday PMP, home test" in body and "Riverside Thursday group" in body
    services.participant_choice_record(
        actor=participant, enrolment=running_enrolment, continue_choice="keen"
    )
    Programme.objects.filter(pk=running_enrolment.programme_id).update(status="finished")
    _home(client, participant)
    with CaptureQueriesContext(connection) as queries:
        body = _home(client, participant)
    assert "Tuesday PMP, home test" not in body and "Riverside Thursday group" in body
    on_their_own = [
        q["sql"]
        for q in queries.captured_queries
        if "programmes_enrolment" in q["sql"] and "groups_membership" not in q["sql"]
    ]
    assert not on_their_own, on_their_own
