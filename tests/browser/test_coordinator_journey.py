"""The coordinator's journey (walked at 320 px and 1280 px, each page also checked at 375 px):
find a time with a poll, turn the chosen date into a meeting, say they are going, record who
came; the service plans a gathering of all its groups (with its agenda) and the coordinator
answers the invitation.

Navigation is by what a person sees (link and button text, headings).
"""

import datetime
import re

import pytest
from django.utils import timezone

from tests.browser.conftest import check_page, tap

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GROUP = "Riverside Thursday group"
VENUE = "The Mill Cafe"


@pytest.fixture
def people(service):
    from tests.factories import UserFactory

    return {
        "jean": UserFactory(
            service=service, display_name="Jean Baker", email="jean.coord@example.org"
        ),
        "dave": UserFactory(service=service, display_name="Dave Hughes", email="dave@example.org"),
        "ann": UserFactory(service=service, display_name="Ann Lee", email="ann@example.org"),
    }


@pytest.fixture
def group(clinician, people):
    """Set up by the clinician at the end of a programme: Jean coordinates."""
    from groups import services

    services.venue_create(
        actor=clinician,
        name=VENUE,
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
    return services.group_create(
        actor=clinician,
        service=clinician.service,
        name=GROUP,
        area="Riverside",
        purposes=["social"],
        keeps_in_touch=["app"],
        coordinators=[people["jean"]],
        members=[people["dave"], people["ann"]],
    )


def _fill_date(scope, day: datetime.date) -> None:
    scope.get_by_label("Day").fill(str(day.day))
    scope.get_by_label("Month").fill(str(day.month))
    scope.get_by_label("Year").fill(str(day.year))


def _thursday(weeks: int) -> datetime.date:
    day = timezone.localdate() + datetime.timedelta(weeks=weeks)
    return day + datetime.timedelta(days=(3 - day.weekday()) % 7)


def _others_answer_the_poll(poll, people):
    from groups import services

    options = list(poll.options.order_by("starts_at"))
    for person in (people["dave"], people["ann"]):
        services.poll_answer(
            actor=person, poll=poll, answers={options[0].pk: "yes", options[1].pk: "no"}
        )


def test_coordinator_finds_a_time_plans_the_meeting_and_records_who_came(
    live_server, screen, sign_in, clinician, group, people
):
    from groups.models import Gathering, Meeting, Poll

    page = screen
    jean = people["jean"]
    sign_in(page, jean)
    check_page(page, "home")
    page.locator("main").get_by_role("link", name=GROUP).first.click()
    page.get_by_role("heading", name=GROUP, level=1).wait_for()
    check_page(page, "group")

    # A poll with two dates.
    tap(page, "Find a time with a poll")
    page.get_by_label("What is it for?").fill("Our next meeting")
    _fill_date(
        page.get_by_role("group", name=re.compile("^Answers by")),
        timezone.localdate() + datetime.timedelta(days=5),
    )
    first, second = _thursday(2), _thursday(3)
    for n, day in ((1, first), (2, second)):
        _fill_date(page.get_by_role("group", name=re.compile(rf"^Option {n}: date")), day)
        page.get_by_label(f"Option {n}: start time").fill("10:30am")
        page.get_by_label(f"Option {n}: venue").select_option(label=VENUE)
    check_page(page, "poll-form")
    page.get_by_role("button", name="Start the poll").click()
    page.get_by_role("heading", name="Our next meeting", level=1).wait_for()
    check_page(page, "poll")
    poll = Poll.objects.get(group=group)
    _others_answer_the_poll(poll, people)

    # Jean answers too, then chooses the date that suits most people.
    page.reload()
    radios = page.get_by_role("radio", name="Yes", exact=True)
    for i in range(radios.count()):
        radios.nth(i).check()
    page.get_by_role("button", name=re.compile("Send my answers|Update my answers")).click()
    page.get_by_role("heading", name="Answers so far").wait_for()
    check_page(page, "poll-answered")
    tap(page, "Choose the date")
    page.get_by_role("radio").first.check()
    page.get_by_label(re.compile("^Notes for the meeting")).fill("Back room, ask at the till.")
    check_page(page, "poll-decide")
    page.get_by_role("button", name="Plan this meeting").click()
    page.get_by_role("heading", name="Who's coming").wait_for()
    check_page(page, "meeting")
    meeting = Meeting.objects.get(group=group, status="scheduled")
    assert timezone.localtime(meeting.starts_at).date() == first

    # Jean says she is going.
    page.get_by_label("I'm going").check()
    page.get_by_role("button", name="Save my answer").click()
    page.get_by_text("Thanks, the group knows your answer.").wait_for()
    assert page.get_by_text(re.compile(r"going: .*Jean Baker")).first.is_visible()
    check_page(page, "meeting-going")

    # The meeting happens (time passes); Jean records who came.
    Meeting.objects.filter(pk=meeting.pk).update(
        starts_at=timezone.now() - datetime.timedelta(days=1)
    )
    page.reload()
    tap(page, "Record who came")
    page.get_by_label("Jean Baker").check()
    page.get_by_label("Dave Hughes").check()
    check_page(page, "attendance")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Attendance saved", exact=False).first.wait_for()
    check_page(page, "attendance-saved")
    assert meeting.attendance.filter(attended=True).count() == 2

    # The service plans its gathering for every group, with an agenda; Jean is invited.
    sign_in(page, clinician)
    page.locator("main").get_by_role("link", name="Follow-on groups").click()
    page.get_by_role("link", name="Get-togethers for all groups").click()
    tap(page, "Plan a gathering")
    page.get_by_label("Title").fill("Spring gathering for all groups")
    _fill_date(page.get_by_role("group", name=re.compile("^Date")), _thursday(5))
    page.get_by_label("Start time").fill("2pm")
    page.get_by_label(re.compile("^Where, in your own words")).fill("Riverside Hospital hall")
    page.get_by_label(re.compile("^How the groups are doing")).fill("Each group, 5 minutes")
    page.get_by_label(re.compile("^Groups meeting each other")).fill("Hilltop and Riverside")
    check_page(page, "gathering-form")
    page.get_by_role("button", name="Plan it and invite everyone").click()
    page.get_by_text("We have invited", exact=False).first.wait_for()
    check_page(page, "gathering-planned")
    gathering = Gathering.objects.get()
    assert gathering.invitations.filter(person=jean).exists()

    sign_in(page, jean)
    tap(page, re.compile("gathering.* coming up"), exact=False, within=page.locator("main"))
    page.get_by_role("link", name="Spring gathering for all groups").click()
    page.get_by_role("heading", name="What we will talk about").wait_for()
    check_page(page, "gathering")
    page.get_by_label("I'm going").check()
    page.get_by_role("button", name="Save my answer").click()
    page.get_by_text("Thanks, your answer is saved.").wait_for()
    check_page(page, "gathering-going")
    assert gathering.rsvps.get(person=jean).answer == "going"
