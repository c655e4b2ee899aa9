"""A clinician schedules a programme and works the handover steps, on a phone-sized screen."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.browser.conftest import assert_fits_phone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STEPS = {"Introduce": 8, "Agree": 9, "Confirm": 10}


def _working_tuesday_weeks_ahead(weeks: int) -> datetime.date:
    """A Tuesday some weeks ahead whose whole run of sessions is clear of bank holidays
    where we can manage it, so the dates below are easy to reason about."""
    from programmes import schedule

    today = timezone.localdate()
    day = today + datetime.timedelta(weeks=weeks)
    day += datetime.timedelta(days=(1 - day.weekday()) % 7)
    while schedule.bank_holiday_title(day):
        day += datetime.timedelta(weeks=1)
    return day


def _step_hint(page, kind: str):
    return page.locator(f"#step-{kind.lower()}-hint")


def test_clinician_schedules_a_programme_and_moves_a_handover_session(
    live_server, phone, sign_in, clinician
):
    from pmp_followon.ui.dates import uk_date
    from programmes import schedule
    from programmes.models import Programme

    sign_in(phone, clinician)
    first = _working_tuesday_weeks_ahead(3)

    # From the list of programmes to the form.
    phone.goto(live_server.url + "/programmes/")
    phone.get_by_role("link", name="Schedule a new programme").click()
    phone.wait_for_url(re.compile(r"/programmes/new/$"))

    phone.get_by_label("Name or code").fill("Tuesday PMP, browser test")
    phone.get_by_label("Venue").fill("Riverside Hospital, Room 4")
    date = phone.get_by_role("group", name=re.compile("Date of the first session"))
    date.get_by_label("Day").fill(str(first.day))
    date.get_by_label("Month").fill(str(first.month))
    date.get_by_label("Year").fill(str(first.year))
    phone.get_by_label("Start time").fill("10am")
    phone.get_by_label("Number of sessions").select_option("10")
    phone.get_by_label("Your discipline").select_option(label="Physiotherapist")
    phone.get_by_role("button", name="Schedule the programme").click()

    # The programme page: the three handover steps on the last three sessions.
    phone.wait_for_url(re.compile(r"/programmes/\d+/$"))
    banner = phone.get_by_text(re.compile(r"Programme created: 10 sessions"))
    assert banner.is_visible()
    assert "8, 9 and 10" in banner.inner_text()
    assert_fits_phone(phone)
    for kind, number in STEPS.items():
        hint = _step_hint(phone, kind)
        assert re.search(rf"\bSession {number},", hint.inner_text()), (kind, hint.inner_text())
        assert phone.get_by_role("link", name=kind, exact=True).first.is_visible()

    programme = Programme.objects.get(name="Tuesday PMP, browser test")
    session_9 = programme.sessions.get(number=9)
    old_date = session_9.local_date(programme.zone)
    new_date = old_date + datetime.timedelta(days=2)  # the Thursday of that week
    while schedule.bank_holiday_title(new_date):
        new_date += datetime.timedelta(days=1)
    assert uk_date(old_date) in _step_hint(phone, "Agree").inner_text()

    # Move session 9: its page, "Move this session", the form.
    phone.get_by_role("link", name="Session 9", exact=True).click()
    phone.wait_for_url(re.compile(r"/sessions/9/$"))
    phone.get_by_role("button", name="Move this session").click()
    phone.wait_for_url(re.compile(r"/sessions/9/move/$"))
    new = phone.get_by_role("group", name=re.compile("New date"))
    new.get_by_label("Day").fill(str(new_date.day))
    new.get_by_label("Month").fill(str(new_date.month))
    new.get_by_label("Year").fill(str(new_date.year))
    move_later = phone.get_by_label("Move the later sessions as well", exact=False)
    assert move_later.is_checked()
    phone.get_by_label("Why it is moving").fill("Room booked for a training day")
    phone.get_by_role("button", name="Move the session").click()

    # Back on the programme page, the steps have followed the sessions.
    phone.wait_for_url(re.compile(rf"/programmes/{programme.pk}/$"))
    assert phone.get_by_text(re.compile(r"Session 9 moved to")).is_visible()
    agree = _step_hint(phone, "Agree").inner_text()
    assert "Session 9," in agree and uk_date(new_date) in agree, agree
    confirm = _step_hint(phone, "Confirm").inner_text()
    assert "Session 10," in confirm
    session_10 = programme.sessions.get(number=10)
    assert session_10.local_date(programme.zone) > new_date
    assert uk_date(session_10.local_date(programme.zone)) in confirm, confirm
    intro = _step_hint(phone, "Introduce").inner_text()
    assert "Session 8," in intro

    # Tick one checklist item on the agree step.
    phone.get_by_role("link", name="Agree", exact=True).first.click()
    phone.wait_for_url(re.compile(rf"/programmes/{programme.pk}/handover/agree/$"))
    assert phone.get_by_role("heading", name=re.compile(r"Agree, session 9")).is_visible()
    assert_fits_phone(phone)
    item = phone.get_by_label("People volunteered to organise the group")
    item.check()
    phone.get_by_role("button", name="Save the checklist").click()

    phone.wait_for_url(re.compile(rf"/programmes/{programme.pk}/handover/agree/$"))
    assert phone.get_by_text("Checklist saved.", exact=False).first.is_visible()
    assert phone.get_by_label("People volunteered to organise the group").is_checked()
    assert not phone.get_by_label(
        "Possible dates and venues for the first meeting noted"
    ).is_checked()

    phone.get_by_role("link", name="Tuesday PMP, browser test").first.click()
    phone.wait_for_url(re.compile(rf"/programmes/{programme.pk}/$"))
    assert "1 of 3 ticked" in _step_hint(phone, "Agree").inner_text()
