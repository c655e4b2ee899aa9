"""The remaining forms, each through its page: success (post/redirect/get with a message)
and bad input (a clear message, what was typed kept, never a 500)."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pmp_followon.notifications.models import Notification
from programmes.models import (
    Attendance,
    FirstMeetingPlan,
    ProgrammeSettings,
    Resource,
    SessionCancellation,
)

from .conftest import LONDON, at, local_dates

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def clock(monkeypatch):
    moment = {"now": at(2027, 1, 4, 9)}
    monkeypatch.setattr("pmp_followon.clock.now_or_current", lambda now=None: now or moment["now"])
    return moment


def follow_message(client, response):
    assert response.status_code == 302
    page = client.get(response["Location"])
    return [str(m) for m in page.context["messages"]]


def test_changing_programme_details(client, clinician, programme, clock):
    client.force_login(clinician)
    url = reverse("programmes:edit", args=[programme.pk])
    assert 'value="10:00"' in client.get(url).content.decode()
    response = client.post(
        url,
        {
            "name": "Renamed PMP",
            "venue": "Hall B",
            "start_time": "1pm",
            "session_minutes": "150",
            "session_count": "12",
        },
    )
    assert "Programme details saved." in follow_message(client, response)
    programme.refresh_from_db()
    assert (programme.name, programme.session_count) == ("Renamed PMP", 12)
    response = client.post(
        url,
        {
            "name": "",
            "venue": "Hall B",
            "start_time": "25:00",
            "session_minutes": "150",
            "session_count": "12",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Enter a name or code for the programme" in body and 'value="25:00"' in body


def test_cancelling_a_programme_needs_a_reason(client, clinician, programme, clock):
    client.force_login(clinician)
    url = reverse("programmes:cancel", args=[programme.pk])
    assert "Enter a reason" in client.post(url, {"reason": ""}).content.decode()
    response = client.post(url, {"reason": "Not enough referrals"})
    assert any("cancelled" in m for m in follow_message(client, response))
    programme.refresh_from_db()
    assert programme.status == "cancelled"


def test_cancelling_a_sessions_week(client, clinician, programme, clock):
    client.force_login(clinician)
    before = local_dates(programme)
    response = client.post(
        reverse("programmes:session_cancel", args=[programme.pk, 4]), {"reason": "Heating broken"}
    )
    assert response.status_code == 302
    assert local_dates(programme)[3] == before[3] + datetime.timedelta(weeks=1)
    assert SessionCancellation.objects.get().reason == "Heating broken"
    body = client.get(reverse("programmes:detail", args=[programme.pk])).content.decode()
    assert "cancelled: Heating broken" in body


def test_taking_the_register(client, clinician, programme, enrol, clock):
    jean = enrol(programme, "jean@example.org", name="Jean")
    alan = enrol(programme, "alan@example.org", name="Alan")
    client.force_login(clinician)
    url = reverse("programmes:session_attendance", args=[programme.pk, 1])
    response = client.post(url, {"present": [str(jean.pk)]})
    assert response.status_code == 200  # not the day yet
    assert "on the day of the session" in response.content.decode()
    clock["now"] = at(2027, 1, 12, 10, 30)
    response = client.post(url, {"present": [str(jean.pk)]})
    assert "Register saved: 1 of 2 came." in follow_message(client, response)
    assert dict(Attendance.objects.values_list("enrolment_id", "attended")) == {
        jean.pk: True,
        alan.pk: False,
    }
    assert "checked" in client.get(url).content.decode()


def test_withdrawing_and_undoing(client, clinician, enrolment, clock):
    client.force_login(clinician)
    pk = enrolment.programme_id
    url = reverse("programmes:participant_withdraw", args=[pk, enrolment.pk])
    assert client.post(url, {"reason": ""}).status_code == 200
    response = client.post(url, {"reason": "Found work"})
    assert any("has left the programme" in m for m in follow_message(client, response))
    response = client.post(reverse("programmes:participant_reinstate", args=[pk, enrolment.pk]))
    assert any("is back on the programme" in m for m in follow_message(client, response))


def test_the_last_clinician_cannot_be_removed(client, clinician, programme, clock):
    client.force_login(clinician)
    facilitator = programme.facilitators.get(user=clinician)
    response = client.post(
        reverse("programmes:facilitator_remove", args=[programme.pk, facilitator.pk])
    )
    assert any("at least one clinician" in m for m in follow_message(client, response))
    assert programme.facilitators.count() == 1


def test_adding_the_same_facilitator_twice_is_explained(
    client, clinician, programme_with_ptv, ptv, clock
):
    client.force_login(clinician)
    url = reverse("programmes:facilitators", args=[programme_with_ptv.pk])
    response = client.post(url, {"user": ptv.pk, "discipline": "ptv"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()  # not offered again
    response = client.post(url, {"user": "", "discipline": ""})
    assert "Choose who to add" in response.content.decode()


def test_a_clinician_cannot_be_added_as_a_ptv(client, clinician, programme, duty_clinician, clock):
    client.force_login(clinician)
    response = client.post(
        reverse("programmes:facilitators", args=[programme.pk]),
        {"user": duty_clinician.pk, "discipline": "ptv"},
    )
    assert response.status_code == 200
    assert "Only patient tutor volunteers can be a PTV" in response.content.decode()


def test_the_step_page_forms(client, clinician, programme_with_ptv, ptv, clock):
    programme = programme_with_ptv
    client.force_login(clinician)
    agree = reverse("programmes:step", args=[programme.pk, "agree"])
    options = reverse("programmes:step_options", args=[programme.pk])
    response = client.post(options, {"options_note": "Thursdays; the café"})
    assert response["Location"] == agree
    assert "Possible dates and venues saved." in follow_message(client, response)
    assert FirstMeetingPlan.objects.get().options_note == "Thursdays; the café"
    assert "Thursdays; the café" in client.get(options).content.decode()  # shown to change
    response = client.post(
        reverse("programmes:step_ptv", args=[programme.pk, "agree"]), {"ptv": ""}
    )
    assert response.status_code == 302
    assert programme.handover_steps.get(kind="agree").ptv is None
    assert "No PTV is assigned" in client.get(agree).content.decode()
    meeting = reverse("programmes:step_meeting", args=[programme.pk])
    response = client.post(meeting, {"meeting_day": "", "confirm": "on"})
    assert response.status_code == 200
    assert "Enter the date of the first meeting, or choose a poll" in response.content.decode()
    response = client.post(
        meeting,
        {
            "meeting_date_day": "1",
            "meeting_date_month": "6",
            "meeting_date_year": "2027",
            "meeting_time": "11am",
            "venue": "Library",
        },
    )
    messages = follow_message(client, response)
    assert any("later than the usual 4 to 6 weeks" in m for m in messages)
    plan = FirstMeetingPlan.objects.get()
    assert plan.starts_at.astimezone(LONDON) == at(2027, 6, 1, 11)


def test_the_ptv_can_say_they_cannot_come(client, programme_with_ptv, clinician, ptv, clock):
    client.force_login(ptv)
    url = reverse("programmes:step", args=[programme_with_ptv.pk, "introduce"])
    assert "I cannot come to this session" in client.get(url).content.decode()
    response = client.post(
        reverse("programmes:step_unavailable", args=[programme_with_ptv.pk, "introduce"])
    )
    assert response["Location"] == url
    assert (
        Notification.objects.filter(kind="programmes.ptv_missing", recipient=clinician).count() == 1
    )
    # The PTV may tick but not assign.
    ptv_url = reverse("programmes:step_ptv", args=[programme_with_ptv.pk, "introduce"])
    assert client.post(ptv_url, {"ptv": ptv.pk}).status_code == 403


def test_service_settings(client, clinical_lead, clock):
    client.force_login(clinical_lead)
    url = reverse("programmes:settings")
    assert client.get(url).status_code == 200
    assert not ProgrammeSettings.objects.exists()  # looking writes nothing
    data = {
        "introduce_sessions_before_end": "3",
        "agree_sessions_before_end": "1",
        "confirm_sessions_before_end": "0",
        "first_meeting_min_weeks": "3",
        "first_meeting_max_weeks": "6",
        "reminder_working_days": "3",
        "reminder_time": "8:30am",
        "bank_holiday_division": "scotland",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    saved = ProgrammeSettings.objects.get()
    assert (saved.introduce_sessions_before_end, saved.reminder_time) == (3, datetime.time(8, 30))
    response = client.post(url, {**data, "agree_sessions_before_end": "3"})
    assert response.status_code == 200
    assert "The steps must come in order" in response.content.decode()


def test_adding_resources(client, clinician, clock):
    client.force_login(clinician)
    url = reverse("programmes:resource_create")
    response = client.post(url, {"title": "Sheet", "audience": "patients", "step": ""})
    assert response.status_code == 200
    assert "Add a link or upload a file" in response.content.decode()
    upload = SimpleUploadedFile("sheet.pdf", b"%PDF-1.4 sheet", content_type="application/pdf")
    response = client.post(
        url,
        {"title": "Sheet", "audience": "patients", "step": "introduce", "file": upload},
        format="multipart",
    )
    assert response.status_code == 302
    resource = Resource.objects.get()
    assert resource.file.read() == b"%PDF-1.4 sheet"
    response = client.post(
        url,
        {
            "title": "Film",
            "audience": "patients",
            "step": "introduce",
            "url": "https://example.org/film",
        },
    )
    assert response.status_code == 302
    assert "Film" in client.get(reverse("programmes:resources")).content.decode()


def test_resources_show_on_their_step_and_for_participants(client, clinician, enrolment, clock):
    from programmes import services

    services.resource_create(
        actor=clinician,
        title="For the introduce step",
        audience="patients",
        step="introduce",
        url="https://example.org/a",
        now=at(2027, 1, 4),
    )
    services.resource_create(
        actor=clinician,
        title="Clinicians' guide",
        audience="clinicians",
        url="https://example.org/b",
        now=at(2027, 1, 4),
    )
    client.force_login(clinician)
    pk = enrolment.programme_id
    body = client.get(reverse("programmes:step", args=[pk, "introduce"])).content.decode()
    assert "For the introduce step" in body and "Clinicians&#x27; guide" in body
    body = client.get(reverse("programmes:step", args=[pk, "agree"])).content.decode()
    assert "For the introduce step" not in body
    client.force_login(enrolment.participant)
    body = client.get(reverse("programmes:programme_resources", args=[pk])).content.decode()
    assert "For the introduce step" in body and "guide" not in body
