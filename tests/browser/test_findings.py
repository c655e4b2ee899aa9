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

from tests.dates import not_a_bank_holiday

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
        first_session_date=not_a_bank_holiday(timezone.localdate() + datetime.timedelta(weeks=8)),
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


# Finding 3, fixed: repeated looks within ten minutes make one audit row and one line.
def test_looking_at_an_alert_again_does_not_add_another_viewed_line(client, duty_clinician, alert):
    from safeguarding.models import AuditEvent

    client.force_login(duty_clinician)
    url = reverse("safeguarding:alert_detail", args=[alert.pk])
    for _ in range(3):
        assert client.get(url).status_code == 200
    assert AuditEvent.objects.filter(alert=alert, action="alert_viewed").count() == 1


def test_contacted_and_safe_needs_a_contact_attempt(client, duty_clinician, alert):
    from safeguarding import services

    services.alert_acknowledge(actor=duty_clinician, alert=alert)
    client.force_login(duty_clinician)
    url = reverse("safeguarding:alert_resolve", args=[alert.pk])
    response = client.post(url, {"outcome": "contacted_safe", "note": ""})
    alert.refresh_from_db()
    assert alert.state != "resolved"
    assert "Record the contact attempt first" in response.content.decode()
    services.contact_attempt_record(
        actor=duty_clinician, alert=alert, method="phone", result="spoke"
    )
    client.post(url, {"outcome": "contacted_safe", "note": ""})
    alert.refresh_from_db()
    assert alert.state == "resolved"


def test_the_clinical_lead_can_reach_the_escalation_settings(client, clinical_lead):
    client.force_login(clinical_lead)
    target = reverse("safeguarding:escalation_policy")
    pages = [reverse("home"), reverse("safeguarding:alert_list")]
    assert all(f'href="{target}"' in client.get(url).content.decode() for url in pages)
    assert client.get(target).status_code == 200


def test_a_second_high_post_by_the_same_member_does_not_add_a_second_queue_row(
    duty_clinician, participant
):
    from groups.models import Membership, Post
    from groups.services import group_create
    from safeguarding.selectors import alert_queue_for_user
    from safeguarding.services import post_screen

    group = group_create(
        actor=duty_clinician,
        service=participant.service,
        name="G",
        coordinators=[],
        members=[participant],
    )
    assert Membership.objects.filter(group=group, person=participant).exists()
    for n in range(2):
        post = Post.objects.create(
            author=participant, group=group, body=f"i just want to die, i cant do it anymore {n}"
        )
        post_screen(post=post)
    assert alert_queue_for_user(user=duty_clinician).count() == 1


# Clinicians


def test_the_participant_page_links_back_to_the_outcomes(client, clinician, enrolment):
    client.force_login(clinician)
    body = client.get(
        reverse("programmes:participant", args=[enrolment.programme_id, enrolment.pk])
    ).content.decode()
    assert reverse("programmes:outcomes", args=[enrolment.programme_id]) in body


def test_the_closure_calendar_says_how_far_ahead_it_looks(client, clinician, programme):
    client.force_login(clinician)
    body = client.get(reverse("programmes:closures")).content.decode()
    assert re.search(r"\b\d+ weeks\b", body)
    assert "?weeks=26" in body
    further = client.get(reverse("programmes:closures"), {"weeks": "26"}).content.decode()
    assert "next 26 weeks" in further


def test_the_calendar_page_offers_a_download_beside_the_address(client, clinician):
    client.force_login(clinician)
    body = client.get(reverse("programmes:calendar")).content.decode()
    assert re.search(r"<a [^>]*href=\"[^\"]+\.ics\"[^>]*>", body)


def test_the_programme_page_offers_to_create_the_follow_on_group(client, clinician, programme):
    from programmes import services
    from programmes.models import HandoverStep

    client.force_login(clinician)
    url = reverse("programmes:detail", args=[programme.pk])
    target = reverse("groups:create_from_programme", args=[programme.pk])
    assert target not in client.get(url).content.decode()
    step = HandoverStep.objects.get(programme=programme, kind="confirm")
    services.handover_checklist_save(actor=clinician, step=step, ticked=[], mark_done=True)
    assert target in client.get(url).content.decode()


def test_the_mobile_field_takes_a_drama_number_accepted_elsewhere():
    assert _enrol_form("07700 900123").is_valid()


def test_the_mobile_field_refuses_a_landline():
    assert not _enrol_form("020 7946 0000").is_valid()


def test_no_mobile_is_said_in_words(client, clinician, enrolment):
    client.force_login(clinician)
    body = client.get(
        reverse("programmes:participant", args=[enrolment.programme_id, enrolment.pk])
    ).content.decode()
    assert ">None<" not in body
    assert "No mobile number" in body


def test_the_participant_page_links_clinicians_to_the_evaluation_profile(
    client, clinician, enrolment, ptv
):
    url = reverse("programmes:participant", args=[enrolment.programme_id, enrolment.pk])
    target = reverse("reports:profile", args=[enrolment.participant_id])
    client.force_login(clinician)
    assert f'href="{target}"' in client.get(url).content.decode()
    assert client.get(target).status_code == 200


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
    # The group's size is on its members page (decision 0018).
    members_page = client.get(reverse("groups:members", args=[group.pk])).content.decode()
    poll_page = client.get(reverse("groups:poll_detail", args=[group.pk, poll.pk])).content
    in_group = re.search(r"(\d+) members", members_page).group(1)
    in_poll = re.search(r"of (\d+) members", poll_page.decode()).group(1)
    assert in_group == in_poll


def test_the_new_poll_form_is_short_enough_for_a_phone(service):
    from groups.forms import PollCreateForm

    assert len(PollCreateForm(service_id=service.pk).visible_fields()) <= 12


def test_add_another_poll_option_keeps_what_was_typed(client, participant, group):
    from groups.models import Poll

    client.force_login(participant)
    url = reverse("groups:poll_create", args=[group.pk])
    assert 'name="option_3_day_day"' not in client.get(url).content.decode()
    response = client.post(
        url,
        {
            "title": "Summer walk",
            "option_count": "2",
            "option_1_place": "By the lake",
            "add_option": "1",
        },
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert 'value="Summer walk"' in body and "By the lake" in body
    assert 'name="option_3_place"' in body and 'name="option_4_place"' not in body
    assert "There is a problem" not in body
    assert not Poll.objects.exists()


# Audit


def test_group_events_are_append_only(clinician, group):
    from django.db.models import ProtectedError

    from groups.models import GroupEvent
    from pmp_followon.audit import AppendOnlyError

    event = GroupEvent.objects.filter(group=group).first()
    event.verb = "changed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        GroupEvent.objects.filter(group=group).update(verb="changed")
    with pytest.raises(ProtectedError):
        group.delete()


def test_programme_events_are_append_only(clinician, programme):
    from django.db.models import ProtectedError

    from pmp_followon.audit import AppendOnlyError
    from programmes.models import ProgrammeEvent

    event = ProgrammeEvent.objects.filter(programme=programme).first()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        ProgrammeEvent.objects.filter(programme=programme).delete()
    with pytest.raises(ProtectedError):
        programme.delete()


def test_a_meeting_place_is_not_followed_by_a_stray_space():
    """#22: "The Mill Cafe . Nobody has been told yet." on the group page."""
    from types import SimpleNamespace

    from django.template.loader import render_to_string

    meeting = SimpleNamespace(
        starts_at=timezone.now(), mode="in_person", venue=None, place_note="The Mill Cafe"
    )
    html = render_to_string("groups/includes/meeting_when.html", {"meeting": meeting})
    assert html.endswith("The Mill Cafe")


def test_marking_a_step_done_weeks_early_warns_and_asks_again(client, clinician, programme):
    """#6: a warning and a confirm, not a refusal."""
    from programmes.models import HandoverStep

    step = HandoverStep.objects.get(programme=programme, kind="introduce")
    client.force_login(clinician)
    url = reverse("programmes:step_checklist", args=[programme.pk, step.kind])
    data = {"notes": "Talked about it early", "mark_done": "on"}
    body = client.post(url, data).content.decode()
    step.refresh_from_db()
    assert "The session has not happened yet" in body and "Talked about it early" in body
    assert not step.is_done
    assert client.post(url, {**data, "confirm_early": "1"}).status_code == 302
    step.refresh_from_db()
    assert step.is_done


def test_event_tables_refuse_raw_sql_changes_on_postgresql(clinician, group, programme):
    from django.db import DatabaseError, connection, transaction

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL triggers")
    for table in ("groups_groupevent", "programmes_programmeevent"):
        for sql in (f"UPDATE {table} SET verb = 'changed'", f"DELETE FROM {table}"):
            with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cur:
                cur.execute(sql)


def test_reading_contact_details_and_outcomes_is_recorded_once_per_ten_minutes(
    client, clinician, enrolment
):
    """#21: who looked at whose contact details or outcome, and when; repeats collapsed."""
    from programmes.models import ProgrammeEvent
    from programmes.services import CONTACTS_VIEWED, OUTCOMES_VIEWED, record_read

    client.force_login(clinician)
    pk = enrolment.programme_id
    for _ in range(2):
        client.get(reverse("programmes:participant", args=[pk, enrolment.pk]))
        client.get(reverse("programmes:participant_contacts", args=[pk, enrolment.pk]))
        client.get(reverse("programmes:outcomes", args=[pk]))
    reads = ProgrammeEvent.objects.filter(actor=clinician, programme_id=pk)
    contacts = reads.filter(verb=CONTACTS_VIEWED)
    assert contacts.count() == 1
    assert contacts.get().detail["participant"] == enrolment.participant_id
    assert reads.filter(verb=OUTCOMES_VIEWED).count() == 1
    later = timezone.now() + datetime.timedelta(minutes=11)
    assert (
        record_read(
            actor=clinician,
            programme=enrolment.programme,
            enrolment=enrolment,
            verb=CONTACTS_VIEWED,
            now=later,
        )
        is not None
    )


# Walked at 320 px with the keyboard (2026-12-06, session 4): the alert page had four forms that
# lost each other's text; each action is now a page of its own (decision 0015).


def test_each_alert_action_is_a_page_of_its_own_and_keeps_what_was_typed(
    live_server, browser, sign_in, duty_clinician, alert
):
    """#23: the alert page had four forms; saving one lost what was typed in the others.
    Now the alert page has nothing to type into, and each action is a page with one form
    that keeps the text when it comes back with an error. Keyboard only, at 320 px."""
    from tests.browser.conftest import _new_page

    page = _new_page(browser, 320)
    try:
        sign_in(page, duty_clinician)
        page.goto(live_server.url + reverse("safeguarding:alert_detail", args=[alert.pk]))
        typed = page.locator("main textarea, main input:not([type=hidden])")
        assert typed.count() == 0
        page.get_by_role("link", name="Record a contact attempt").focus()
        page.keyboard.press("Enter")
        page.get_by_role("heading", name="Record a contact attempt", level=1).wait_for()
        assert page.locator("main form").count() == 1
        page.locator("#contact-note").focus()
        page.keyboard.type("Rang the mobile")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")  # saved with no method or result chosen
        page.locator(".nhsuk-error-summary").wait_for()
        assert page.locator("#contact-note").input_value() == "Rang the mobile"
        page.locator("#contact-method_0").check()
        page.locator("#contact-result_0").check()
        page.get_by_role("button", name="Save contact attempt").click()
        page.get_by_text("Contact attempt recorded.").wait_for()
        assert "Rang the mobile" in page.locator("[data-timeline]").inner_text()
        page.get_by_role("link", name="Resolve with an outcome").focus()
        page.keyboard.press("Enter")
        page.get_by_role("heading", name="Resolve with an outcome", level=1).wait_for()
        page.locator("#resolve-note").focus()
        page.keyboard.type("Spoke to her daughter, she is with her now")
        page.get_by_role("button", name="Resolve alert").click()  # no outcome chosen
        page.locator(".nhsuk-error-summary").wait_for()
        assert page.locator("#resolve-note").input_value() == (
            "Spoke to her daughter, she is with her now"
        )
    finally:
        page.context.close()
