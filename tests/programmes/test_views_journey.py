"""The clinician's journey in a browser (through Django's test client): create a 10-session
programme, enrol people, see the steps on 8, 9, 10, move session 9, tick, record, confirm."""

import datetime

import pytest
from django.urls import reverse

from pmp_followon.accounts.models import User
from pmp_followon.accounts.sealing import unseal
from pmp_followon.notifications.models import Notification
from programmes import services
from programmes.models import (
    ContactCheck,
    ContactConsent,
    Enrolment,
    ParticipantChoice,
    Programme,
)

from .conftest import LONDON, at, local_dates, step_numbers

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def frozen(monkeypatch):
    """Pin the views' clock to a Monday in January 2027."""
    moment = {"now": at(2027, 1, 4, 9)}
    monkeypatch.setattr("pmp_followon.clock.now_or_current", lambda now=None: now or moment["now"])
    return moment


def date_fields(name, day):
    return {
        f"{name}_day": str(day.day),
        f"{name}_month": str(day.month),
        f"{name}_year": str(day.year),
    }


def test_a_clinician_runs_a_programme_from_the_browser(client, clinician, ptv, frozen):
    client.force_login(clinician)
    # Create a 10-session programme.
    response = client.post(
        reverse("programmes:create"),
        {
            "name": "Tuesday PMP, spring 2027",
            "venue": "Riverside Hospital, Room 4",
            **date_fields("first_session_date", D(2027, 1, 12)),
            "start_time": "10am",
            "session_minutes": "180",
            "session_count": "10",
            "discipline": "physiotherapist",
        },
    )
    programme = Programme.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("programmes:detail", args=[programme.pk])
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "sessions 8, 9 and 10" in page.content.decode()  # the success message
    assert step_numbers(programme) == {"introduce": 8, "agree": 9, "confirm": 10}

    # Add the PTV as a facilitator.
    response = client.post(
        reverse("programmes:facilitators", args=[programme.pk]),
        {"user": ptv.pk, "discipline": "ptv"},
    )
    assert response.status_code == 302

    # Enrol two participants; they get sign-in invitations.
    for name in ("Jean", "Alan"):
        response = client.post(
            reverse("programmes:enrol", args=[programme.pk]),
            {
                "display_name": name,
                "email": f"{name.lower()}@example.org",
                "mobile": "07912 345678",
                "referral_source": "gp",
                **date_fields("referral_date", D(2026, 11, 2)),
            },
        )
        assert response.status_code == 302, response.context["form"].errors
    assert Notification.objects.filter(kind="programmes.invitation").count() == 2
    jean = Enrolment.objects.get(participant__email="jean@example.org")

    # The programme page shows the steps on sessions 8, 9 and 10.
    body = client.get(reverse("programmes:detail", args=[programme.pk])).content.decode()
    for kind in ("introduce", "agree", "confirm"):
        assert reverse("programmes:step", args=[programme.pk, kind]) in body
    assert "Jean" in body and "Alan" in body

    # Move session 9 to the Thursday; the steps follow.
    response = client.post(
        reverse("programmes:session_move", args=[programme.pk, 9]),
        {
            **date_fields("new_date", D(2027, 3, 11)),
            "new_start_time": "",
            "venue": "",
            "move_later": "on",
            "reason": "Room double-booked",
        },
    )
    assert response.status_code == 302
    assert local_dates(programme)[8:] == [D(2027, 3, 11), D(2027, 3, 18)]
    agree = programme.handover_steps.select_related("session").get(kind="agree")
    assert agree.session.starts_at.astimezone(LONDON) == at(2027, 3, 11, 10)

    # Tick the introduce checklist in the session.
    frozen["now"] = at(2027, 3, 2, 12)
    response = client.post(
        reverse("programmes:step_checklist", args=[programme.pk, "introduce"]),
        {
            "ticked": ["ptv_story", "info_sheet", "questions"],
            "notes": "",
        },
    )
    assert response.status_code == 302
    assert programme.handover_steps.get(kind="introduce").is_done

    # Record Jean's answer and consent for her, and check her mobile with a code.
    frozen["now"] = at(2027, 3, 11, 12)
    response = client.post(
        reverse("programmes:participant_choice", args=[programme.pk, jean.pk]),
        {"continue_choice": "keen", "volunteers_to_organise": "on"},
    )
    assert response.status_code == 302
    assert ParticipantChoice.objects.get(enrolment=jean).volunteers_to_organise
    contacts_url = reverse("programmes:participant_contacts", args=[programme.pk, jean.pk])
    response = client.post(
        reverse("programmes:participant_contacts_share", args=[programme.pk, jean.pk]),
        {"kinds": ["email", "whatsapp"]},
    )
    assert response.status_code == 302 and response["Location"] == contacts_url
    assert set(ContactConsent.objects.filter(enrolment=jean).values_list("kind", flat=True)) == {
        "email",
        "whatsapp",
    }
    check_url = reverse(
        "programmes:participant_contacts_check", args=[programme.pk, jean.pk, "sms"]
    )
    assert check_url in client.get(contacts_url).content.decode()
    response = client.post(
        reverse("programmes:participant_contacts_send", args=[programme.pk, jean.pk, "sms"])
    )
    assert response.status_code == 302 and response["Location"] == check_url
    assert "their mobile" in client.get(check_url).content.decode()
    code = unseal(Notification.objects.get(kind="programmes.contact_check").context["sealed_code"])
    response = client.post(check_url, {"code": code})
    assert response.status_code == 302 and response["Location"] == contacts_url
    assert ContactCheck.objects.get().verified_at is not None

    # At the confirm step: the first meeting, 5 weeks after the last session (18 March).
    frozen["now"] = at(2027, 3, 18, 12)
    response = client.post(
        reverse("programmes:step_meeting", args=[programme.pk]),
        {
            **date_fields("meeting_date", D(2027, 4, 22)),
            "meeting_time": "11am",
            "venue": "Riverside Café",
            "ptv": ptv.pk,
            "confirm": "on",
        },
    )
    assert response.status_code == 302
    page = client.get(reverse("programmes:step", args=[programme.pk, "confirm"]))
    body = page.content.decode()
    assert "Ready to start the group" in body
    assert "1 person wants to keep meeting" in body
    plan = programme.first_meeting_plan
    plan.refresh_from_db()
    assert plan.confirmed_at is not None and plan.ptv == ptv


def test_bad_input_keeps_what_was_typed_and_says_what_is_wrong(client, clinician, frozen):
    client.force_login(clinician)
    response = client.post(
        reverse("programmes:create"),
        {
            "name": "Bank holiday PMP",
            "venue": "Room 4",
            **date_fields("first_session_date", D(2027, 3, 29)),  # Easter Monday
            "start_time": "ten o'clock",
            "session_minutes": "180",
            "session_count": "10",
            "discipline": "physiotherapist",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "There is a problem" in body
    assert "Enter a time such as 10am" in body
    assert 'value="Bank holiday PMP"' in body
    response = client.post(
        reverse("programmes:create"),
        {
            "name": "Bank holiday PMP",
            "venue": "Room 4",
            **date_fields("first_session_date", D(2027, 3, 29)),
            "start_time": "10:00",
            "session_minutes": "180",
            "session_count": "10",
            "discipline": "physiotherapist",
        },
    )
    assert response.status_code == 200
    assert "bank holiday (Easter Monday)" in response.content.decode()
    assert not Programme.objects.exists()


def test_a_move_that_breaks_the_order_is_explained(client, clinician, programme, frozen):
    client.force_login(clinician)
    response = client.post(
        reverse("programmes:session_move", args=[programme.pk, 9]),
        {
            **date_fields("new_date", D(2027, 3, 16)),
            "reason": "",
        },
    )
    assert response.status_code == 200
    assert "To move the later sessions too" in response.content.decode()


def test_a_participant_answers_from_their_phone(client, enrolment, frozen):
    person = enrolment.participant
    client.force_login(person)
    url = reverse("programmes:my_choices", args=[enrolment.programme_id])
    page = client.get(url)
    assert page.status_code == 200
    assert 'type="radio"' in page.content.decode()
    response = client.post(url, {"continue_choice": "keen_unsuitable"})
    assert response.status_code == 200
    assert "Choose what does not suit you" in response.content.decode()
    response = client.post(
        url,
        {
            "continue_choice": "keen_unsuitable",
            "unsuitable": ["time"],
            "unsuitable_note": "Mornings are hard",
        },
    )
    assert response.status_code == 302
    choice = ParticipantChoice.objects.get(enrolment=enrolment)
    assert choice.unsuitable_time and choice.recorded_by == person
    pk = enrolment.programme_id
    share = reverse("programmes:my_contacts_share", args=[pk])
    assert client.post(share, {"kinds": ["email"]}).status_code == 302
    contacts = reverse("programmes:my_contacts_check", args=[pk, "email"])
    client.post(reverse("programmes:my_contacts_send", args=[pk, "email"]))
    response = client.post(contacts, {"code": "12 34 5"})
    assert response.status_code == 200
    assert "The code is 6 numbers" in response.content.decode()
    wrong = client.post(contacts, {"code": "999999"})
    code = unseal(Notification.objects.get(kind="programmes.contact_check").context["sealed_code"])
    if code != "999999":
        assert "That code is wrong" in wrong.content.decode()
        assert ContactCheck.objects.get().attempts == 1  # the wrong try is kept
    assert client.post(contacts, {"code": code}).status_code == 302
    assert ContactCheck.objects.get().verified_at is not None


def test_a_withdrawn_participant_cannot_change_anything(client, enrolment, clinician, frozen):
    services.enrolment_withdraw(
        actor=clinician, enrolment=enrolment, reason="Moved away", now=at(2027, 1, 4)
    )
    client.force_login(enrolment.participant)
    url = reverse("programmes:my_choices", args=[enrolment.programme_id])
    assert "You have left this programme" in client.get(url).content.decode()
    assert client.post(url, {"continue_choice": "keen"}).status_code == 403


def test_the_closure_calendar_shows_steps_by_week_with_their_state(
    client, clinician, make_programme, frozen
):
    client.force_login(clinician)
    running = make_programme(first=D(2026, 11, 10), now=at(2026, 11, 1), name="Autumn PMP")
    frozen["now"] = at(2027, 1, 4, 9)  # Autumn PMP: sessions 8, 9, 10 on 5, 12, 19 January
    body = client.get(reverse("programmes:closures")).content.decode()
    assert "Autumn PMP: introduce" in body
    assert "Week of Monday 4 January" in body and "Week of Monday 11 January" in body
    frozen["now"] = at(2027, 1, 5, 14)  # the introduce session is over, nothing ticked
    body = client.get(reverse("programmes:closures")).content.decode()
    assert "Overdue" in body
    assert running.handover_steps.get(kind="introduce").state(frozen["now"]) == "overdue"


def test_the_ical_feed_has_the_sessions_and_steps_and_no_people(
    client, clinician, programme, enrolment, frozen
):
    import icalendar

    client.force_login(clinician)
    page = client.get(reverse("programmes:calendar"))
    assert page.status_code == 200
    feed_url = page.context["feed_url"]
    client.logout()
    response = client.get(feed_url)  # calendar apps do not sign in
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 10
    summaries = [str(e["summary"]) for e in events]
    assert any("handover: introduce" in s for s in summaries)
    assert events[0].decoded("dtstart") == programme.sessions.get(number=1).starts_at
    assert enrolment.participant.display_name.encode() not in response.content
    assert enrolment.participant.email.encode() not in response.content
    # A new address: the old one stops working.
    client.force_login(clinician)
    client.post(reverse("programmes:calendar"))
    client.logout()
    assert client.get(feed_url).status_code == 404


def test_a_participant_without_an_account_gets_one_with_no_password(
    client, clinician, programme, frozen
):
    client.force_login(clinician)
    client.post(
        reverse("programmes:enrol", args=[programme.pk]),
        {
            "display_name": "Pat",
            "email": "pat@example.org",
            "referral_source": "specialist",
            **date_fields("referral_date", D(2026, 12, 1)),
        },
    )
    pat = User.objects.get(email="pat@example.org")
    assert pat.role == "participant" and not pat.has_usable_password()
