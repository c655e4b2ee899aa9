"""The clinician's journey (walked at 320 px and 1280 px, each page also checked at 375 px):
schedule a programme, add a participant, work the three handover steps, set up the follow-on
group from the Confirm step, and see what happened after the programme.

Navigation is by what a person sees (link and button text, headings), never by URL patterns
or CSS classes, so the journey survives the pages being reorganised.
"""

import datetime
import re

import pytest
from django.utils import timezone

from tests.browser.conftest import check_page, tap

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME = "Tuesday PMP, browser test"


def _tuesday_weeks_ahead(weeks: int) -> datetime.date:
    """A Tuesday some weeks ahead whose first session is not a bank holiday."""
    from programmes import schedule

    day = timezone.localdate() + datetime.timedelta(weeks=weeks)
    day += datetime.timedelta(days=(1 - day.weekday()) % 7)
    while schedule.bank_holiday_title(day):
        day += datetime.timedelta(weeks=1)
    return day


def _fill_date(page, group_name, day: datetime.date) -> None:
    group = page.get_by_role("group", name=re.compile(group_name))
    group.get_by_label("Day").fill(str(day.day))
    group.get_by_label("Month").fill(str(day.month))
    group.get_by_label("Year").fill(str(day.year))


def _others_answer(programme, clinician):
    """Three people already on the programme who want to keep meeting (one will organise),
    answered as they would on their own phones."""
    from programmes import services

    for name, organise in (("Alan Price", True), ("Beth Cole", False), ("Cath Dunn", False)):
        enrolment = services.participant_enrol(
            actor=clinician,
            programme=programme,
            email=f"{name.split()[0].lower()}@example.org",
            display_name=name,
            referral_source="gp",
            referral_date=timezone.localdate() - datetime.timedelta(days=60),
        )
        services.participant_choice_record(
            actor=enrolment.participant,
            enrolment=enrolment,
            continue_choice="keen",
            volunteers_to_organise=organise,
        )


def _open_step(page, kind: str):
    page.get_by_role("link", name=NAME).first.click()
    page.get_by_role("heading", name="The handover to a follow-on group").wait_for()
    page.get_by_role("link", name=kind, exact=True).first.click()
    page.get_by_role("heading", name=re.compile(rf"^{kind}, session \d+")).wait_for()


def test_clinician_runs_a_programme_to_a_follow_on_group(
    live_server, screen, sign_in, clinician, ptv
):
    from groups.models import Group
    from programmes import services as programme_services
    from programmes.models import Programme

    page = screen
    first = _tuesday_weeks_ahead(2)

    sign_in(page, clinician)
    check_page(page, "home")
    page.locator("main").get_by_role("link", name="Programmes", exact=True).click()
    page.get_by_role("heading", level=1).wait_for()
    check_page(page, "programmes")

    # Schedule the programme.
    tap(page, "Schedule a new programme")
    page.get_by_label("Name or code").fill(NAME)
    page.get_by_label("Venue").fill("Riverside Hospital, Room 4")
    _fill_date(page, "Date of the first session", first)
    page.get_by_label("Start time").fill("10am")
    page.get_by_label("Number of sessions").select_option("10")
    page.get_by_label("Your discipline").select_option(label="Physiotherapist")
    check_page(page, "schedule-form")
    page.get_by_role("button", name="Schedule the programme").click()
    page.get_by_text(re.compile(r"Programme created: 10 sessions")).wait_for()
    check_page(page, "programme")
    programme = Programme.objects.get(name=NAME)
    programme_services.facilitator_add(
        actor=clinician, programme=programme, user=ptv, discipline="ptv"
    )
    _others_answer(programme, clinician)

    # Add a participant.
    page.reload()
    tap(page, "Add a participant")
    page.get_by_label(re.compile(r"^Name")).fill("Dave Hughes")
    page.get_by_label("Email address").fill("dave.h@example.org")
    page.get_by_label(re.compile("^Mobile number")).fill("07912 345678")
    page.get_by_label("GP").check()
    _fill_date(page, "Referral date", timezone.localdate() - datetime.timedelta(days=30))
    check_page(page, "add-participant")
    page.get_by_role("button", name="Add to the programme").click()
    page.get_by_role("heading", name="The handover to a follow-on group").wait_for()
    check_page(page, "participant-added")
    assert programme.enrolments.filter(participant__email="dave.h@example.org").exists()

    # Introduce: tick the checklist.
    page.get_by_role("link", name="Introduce", exact=True).first.click()
    page.get_by_role("heading", name=re.compile(r"^Introduce, session 8")).wait_for()
    check_page(page, "introduce")
    tap(page, "Tick the checklist")
    page.get_by_label("The PTV shared their own story of a follow-on group").check()
    page.get_by_label("Questions answered").check()
    check_page(page, "introduce-checklist")
    page.get_by_role("button", name="Save the checklist").click()
    page.get_by_text("Checklist saved.", exact=False).first.wait_for()
    check_page(page, "introduce-saved")

    # Agree: note the possible dates and venues.
    _open_step(page, "Agree")
    check_page(page, "agree")
    tap(page, "Note the possible dates and venues")
    options = "Thursdays at 11am suit most. The Mill Cafe or the library."
    page.get_by_label("Possible dates and venues for the first meeting").fill(options)
    check_page(page, "agree-options")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_role("heading", name=re.compile(r"^Agree, session 9")).wait_for()
    assert page.get_by_text(options).is_visible()
    check_page(page, "agree-saved")

    # Confirm: the first meeting, then the group.
    _open_step(page, "Confirm")
    check_page(page, "confirm")
    tap(page, "Arrange the first meeting")
    last = programme.sessions.order_by("-number").first().local_date(programme.zone)
    meeting_day = last + datetime.timedelta(weeks=5)
    _fill_date(page, "Date of the first meeting", meeting_day)
    page.get_by_label(re.compile(r"^Time")).fill("11am")
    page.get_by_label("Venue").fill("The Mill Cafe")
    page.get_by_label("PTV for the group's first three meetings").select_option(label="Maureen")
    page.get_by_label("The group agreed this in the session").check()
    check_page(page, "confirm-first-meeting")
    page.get_by_role("button", name="Save the first meeting").click()
    page.get_by_role("heading", name=re.compile(r"^Confirm, session 10")).wait_for()
    assert page.get_by_text(re.compile(r"The Mill Cafe")).first.is_visible()
    check_page(page, "confirm-saved")

    tap(page, "Create the follow-on group")
    page.get_by_role("heading", name="Set up the follow-on group").wait_for()
    check_page(page, "set-up-group")
    page.get_by_role("button", name="Set up the group and tell everyone").click()
    page.get_by_role("heading", level=1).wait_for()
    check_page(page, "group")
    group = Group.objects.get()
    assert group.memberships.count() >= 3

    # What happened after the programme.
    page.goto(live_server.url + "/")
    page.locator("main").get_by_role("link", name="Programmes", exact=True).click()
    page.get_by_role("link", name=NAME).first.wait_for()
    check_page(page, "programmes-list")
    page.get_by_role("link", name=NAME).first.click()
    tap(page, "What happened after the programme")
    page.get_by_role("heading", name="Did a group form?").wait_for()
    assert page.get_by_role("link", name="The group").first.is_visible()
    check_page(page, "outcomes")
