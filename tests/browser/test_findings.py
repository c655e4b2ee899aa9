"""The journey findings in docs/ux/journey-findings.md that are not fixed yet, one check each.

Each check states what a person would expect and is marked xfail(strict=True) with the
finding's number: it fails today (so the suite stays honest and green) and the suite turns
red the day the finding is fixed, so whoever fixes it removes the mark. They use Django's test
client on the pages the browser journeys visit (no browser needed), so they also run where
Chromium is missing.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def finding(n: int):
    return pytest.mark.xfail(strict=True, reason=f"docs/ux/journey-findings.md #{n}")


# Fixtures: a programme with one participant, a group with a meeting, an alert.


@pytest.fixture
def programme(clinician):
    from programmes import services

    return services.programme_create(
        actor=clinician,
        name="Tuesday PMP",
        venue="Riverside Hospital",
        first_session_date=timezone.localdate() + datetime.timedelta(weeks=8),
        start_time=datetime.time(10),
        session_count=10,
        discipline="physiotherapist",
    )


@pytest.fixture
def enrolment(clinician, programme):
    from programmes import services

    return services.participant_enrol(
        actor=clinician,
        programme=programme,
        email="nomobile@example.org",
        display_name="Nora Nomobile",
        referral_source="gp",
        referral_date=timezone.localdate() - datetime.timedelta(days=30),
    )


@pytest.fixture
def group(clinician, participant, ptv, service):
    from groups import services
    from tests.factories import UserFactory

    members = [UserFactory(service=service, display_name=f"Member {n}") for n in range(3)]
    return services.group_create(
        actor=clinician,
        service=service,
        name="Riverside group",
        coordinators=[participant],
        members=members,
        ptv=ptv,
    )


@pytest.fixture
def alert(duty_clinician, participant):
    from safeguarding import services

    return services.alert_raise_by_staff(
        actor=duty_clinician, subject=participant, level="high", note="Rang the service, worried"
    )


def _enrol_form(mobile: str):
    from programmes.forms import EnrolForm

    day = timezone.localdate() - datetime.timedelta(days=10)
    return EnrolForm(
        {
            "display_name": "Dave",
            "email": "dave@example.org",
            "mobile": mobile,
            "referral_source": "gp",
            "referral_date_day": day.day,
            "referral_date_month": day.month,
            "referral_date_year": day.year,
        }
    )


# Duty staff


@finding(3)
def test_looking_at_an_alert_again_does_not_add_another_viewed_line(client, duty_clinician, alert):
    from safeguarding.models import AuditEvent

    client.force_login(duty_clinician)
    url = reverse("safeguarding:alert_detail", args=[alert.pk])
    for _ in range(3):
        assert client.get(url).status_code == 200
    assert AuditEvent.objects.filter(alert=alert, action="alert_viewed").count() == 1


@finding(4)
def test_contacted_and_safe_needs_a_contact_attempt(client, duty_clinician, alert):
    from safeguarding import services

    services.alert_acknowledge(actor=duty_clinician, alert=alert)
    client.force_login(duty_clinician)
    client.post(
        reverse("safeguarding:alert_resolve", args=[alert.pk]),
        {"outcome": "contacted_safe", "note": ""},
    )
    alert.refresh_from_db()
    assert alert.state != "resolved"


@finding(5)
def test_the_clinical_lead_can_reach_the_escalation_settings(client, clinical_lead):
    client.force_login(clinical_lead)
    target = reverse("safeguarding:escalation_policy")
    pages = [reverse("home"), reverse("safeguarding:alert_list")]
    assert any(f'href="{target}"' in client.get(url).content.decode() for url in pages)


# Clinicians


@finding(7)
def test_the_participant_page_links_back_to_the_outcomes(client, clinician, enrolment):
    client.force_login(clinician)
    body = client.get(
        reverse("programmes:participant", args=[enrolment.programme_id, enrolment.pk])
    ).content.decode()
    assert reverse("programmes:outcomes", args=[enrolment.programme_id]) in body


@finding(8)
def test_the_closure_calendar_says_how_far_ahead_it_looks(client, clinician, programme):
    client.force_login(clinician)
    body = client.get(reverse("programmes:closures")).content.decode()
    assert re.search(r"\b\d+ weeks\b", body)


@finding(9)
def test_the_calendar_page_offers_a_download_beside_the_address(client, clinician):
    client.force_login(clinician)
    body = client.get(reverse("programmes:calendar")).content.decode()
    assert re.search(r"<a [^>]*href=\"[^\"]+\.ics\"[^>]*>", body)


@finding(10)
def test_the_programme_page_offers_to_create_the_follow_on_group(client, clinician, programme):
    client.force_login(clinician)
    body = client.get(reverse("programmes:detail", args=[programme.pk])).content.decode()
    assert reverse("groups:create_from_programme", args=[programme.pk]) in body


@finding(11)
def test_the_mobile_field_takes_a_drama_number_accepted_elsewhere():
    assert _enrol_form("07700 900123").is_valid()


@finding(11)
def test_the_mobile_field_refuses_a_landline():
    assert not _enrol_form("020 7946 0000").is_valid()


@finding(12)
def test_no_mobile_is_said_in_words(client, clinician, enrolment):
    client.force_login(clinician)
    body = client.get(
        reverse("programmes:participant", args=[enrolment.programme_id, enrolment.pk])
    ).content.decode()
    assert ">None<" not in body


@finding(13)
def test_the_contact_check_says_whose_email_the_code_went_to(client, clinician, enrolment):
    from programmes import services

    services.contact_consents_set(actor=clinician, enrolment=enrolment, kinds=["email"])
    client.force_login(clinician)
    response = client.post(
        reverse("programmes:participant_contacts", args=[enrolment.programme_id, enrolment.pk]),
        {"form": "send", "channel": "email"},
        follow=True,
    )
    assert "your email" not in response.content.decode()


# Coordinators and members


@finding(14)
def test_an_optional_label_says_optional_once(client, participant, group):
    from groups import services

    today = timezone.localdate()
    poll = services.poll_create(
        actor=participant,
        group=group,
        title="Next meeting",
        deadline_day=today + datetime.timedelta(days=3),
        options=[
            services.PollOptionSpec(
                day=today + datetime.timedelta(days=8 + n), at=datetime.time(10), place_note="Cafe"
            )
            for n in range(2)
        ],
    )
    client.force_login(participant)
    body = client.get(reverse("groups:poll_decide", args=[group.pk, poll.pk])).content.decode()
    assert "(optional) (optional)" not in re.sub(r"\s+", " ", body)


@finding(15)
def test_the_meetings_tab_lists_the_next_meeting(client, participant, group):
    from groups import services

    day = timezone.localdate() + datetime.timedelta(days=9)
    services.meeting_schedule(
        actor=participant,
        group=group,
        day=day,
        at=datetime.time(10, 30),
        place_note="The Mill Cafe",
    )
    client.force_login(participant)
    body = client.get(reverse("groups:meetings", args=[group.pk])).content.decode()
    assert "10:30am" in body


@finding(16)
def test_a_past_meeting_does_not_ask_who_is_coming(client, participant, group):
    from groups import services

    day = timezone.localdate() - datetime.timedelta(days=2)
    meeting = services.meeting_schedule(
        actor=participant,
        group=group,
        day=day,
        at=datetime.time(10, 30),
        place_note="The Mill Cafe",
    )
    services.attendance_record(actor=participant, meeting=meeting, attended_ids=[participant.pk])
    client.force_login(participant)
    body = client.get(reverse("groups:meeting_detail", args=[group.pk, meeting.pk])).content
    assert "Who came" in body.decode()
    assert not re.search(r"Who(&#x27;|')s coming", body.decode())


@finding(17)
def test_the_group_and_its_poll_count_the_same_members(client, participant, group):
    from groups import services

    today = timezone.localdate()
    poll = services.poll_create(
        actor=participant,
        group=group,
        title="Next meeting",
        deadline_day=today + datetime.timedelta(days=3),
        options=[
            services.PollOptionSpec(
                day=today + datetime.timedelta(days=8 + n), at=datetime.time(10), place_note="Cafe"
            )
            for n in range(2)
        ],
    )
    client.force_login(participant)
    group_page = client.get(reverse("groups:detail", args=[group.pk])).content.decode()
    poll_page = client.get(reverse("groups:poll_detail", args=[group.pk, poll.pk])).content
    in_group = re.search(r"(\d+) members", group_page).group(1)
    in_poll = re.search(r"of (\d+) members", poll_page.decode()).group(1)
    assert in_group == in_poll


@finding(18)
def test_the_new_poll_form_is_short_enough_for_a_phone(service):
    from groups.forms import PollCreateForm

    assert len(PollCreateForm(service_id=service.pk).visible_fields()) <= 12


# Audit


@finding(20)
def test_group_events_are_append_only(clinician, group):
    from groups.models import GroupEvent

    event = GroupEvent.objects.filter(group=group).first()
    event.verb = "changed"
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
        event.save()
