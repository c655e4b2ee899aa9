"""A follow-on group on a phone: the coordinator plans a meeting, a member says they are
going, and a member writes to the group after reading how messages are checked."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.browser.conftest import assert_fits_phone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GROUP_NAME = "Riverside Thursday group"
VENUE_NAME = "The Mill Cafe"


@pytest.fixture
def coordinator(service):
    from tests.factories import UserFactory

    return UserFactory(service=service, display_name="Jean Baker", email="jean.coord@example.org")


@pytest.fixture
def member(service):
    from tests.factories import UserFactory

    return UserFactory(service=service, display_name="Dave Hughes", email="dave@example.org")


@pytest.fixture
def venue(clinician):
    from groups import services

    return services.venue_create(
        actor=clinician,
        name=VENUE_NAME,
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


@pytest.fixture
def group(clinician, coordinator, member, venue):
    """Set up by the clinician, as at the end of a programme: Jean coordinates, Dave is in it."""
    from groups import services

    return services.group_create(
        actor=clinician,
        service=clinician.service,
        name=GROUP_NAME,
        area="Riverside",
        purposes=["social"],
        keeps_in_touch=["app"],
        coordinators=[coordinator],
        members=[member],
    )


def _meeting_day() -> datetime.date:
    """A Thursday a week or two ahead."""
    today = timezone.localdate()
    start = today + datetime.timedelta(days=7)
    return start + datetime.timedelta(days=(3 - start.weekday()) % 7)


def _open_group(page, live_server):
    page.goto(live_server.url + "/groups/")
    page.get_by_role("link", name=GROUP_NAME).click()
    page.wait_for_url(re.compile(r"/groups/\d+/$"))


def test_coordinator_plans_a_meeting_and_a_member_says_they_are_going(
    live_server, phone, sign_in, group, coordinator, member
):
    from groups.models import RSVP, Meeting

    day = _meeting_day()

    # Jean, the coordinator, plans the next meeting at the cafe.
    sign_in(phone, coordinator)
    _open_group(phone, live_server)
    phone.get_by_role("link", name="Plan a meeting").click()
    phone.wait_for_url(re.compile(rf"/groups/{group.pk}/meetings/new/$"))
    when = phone.get_by_role("group", name=re.compile(r"^Date"))
    when.get_by_label("Day").fill(str(day.day))
    when.get_by_label("Month").fill(str(day.month))
    when.get_by_label("Year").fill(str(day.year))
    phone.get_by_label("Start time").fill("10:30am")
    assert phone.get_by_label("Face to face").is_checked()
    phone.get_by_label("Venue (optional)").select_option(label=VENUE_NAME)
    phone.get_by_role("button", name="Plan the meeting").click()

    phone.wait_for_url(re.compile(rf"/groups/{group.pk}/meetings/\d+/$"))
    assert phone.get_by_text(re.compile(r"Meeting planned for")).is_visible()
    assert phone.get_by_text(VENUE_NAME).first.is_visible()
    meeting = Meeting.objects.get(group=group, status="scheduled")
    assert timezone.localtime(meeting.starts_at).date() == day
    assert meeting.venue.name == VENUE_NAME

    # Dave, a member, opens the group on his phone and says he is going.
    sign_in(phone, member)
    _open_group(phone, live_server)
    phone.get_by_role("link", name=re.compile(r"10:30am")).first.click()
    phone.wait_for_url(re.compile(rf"/groups/{group.pk}/meetings/{meeting.pk}/$"))
    assert_fits_phone(phone)
    phone.get_by_label("I'm going").check()
    phone.get_by_role("button", name="Save my answer").click()

    phone.wait_for_url(re.compile(rf"/groups/{group.pk}/meetings/{meeting.pk}/$"))
    assert phone.get_by_text("Thanks, the group knows your answer.").is_visible()
    assert phone.get_by_text(re.compile(r"1 going: Dave Hughes")).is_visible()
    assert phone.get_by_label("I'm going").is_checked()
    assert RSVP.objects.get(meeting=meeting, person=member).answer == "going"


def test_member_reads_the_screening_notice_and_posts_a_message(
    live_server, phone, sign_in, group, member
):
    from groups.models import Post

    sign_in(phone, member)
    _open_group(phone, live_server)
    phone.get_by_role("link", name="All messages, and write one").click()
    phone.wait_for_url(re.compile(rf"/groups/{group.pk}/posts/$"))

    assert_fits_phone(phone)
    notice = phone.locator("#screening-notice")
    assert notice.get_by_role(
        "heading", name="Before you post: how messages are checked"
    ).is_visible()
    assert "Only the members of this group can read its messages." in notice.inner_text()

    body = "Lovely to see everyone on Thursday. Same time next month?"
    phone.get_by_label("Your message").fill(body)

    # Posting without saying they have read the notice is refused, and nothing is lost.
    phone.get_by_role("button", name="Post to the group").click()
    phone.wait_for_load_state()
    assert not Post.objects.filter(group=group).exists()
    assert phone.get_by_label("Your message").input_value() == body

    phone.get_by_label("I understand how messages are checked and who can see them").check()
    phone.get_by_role("button", name="Post to the group").click()

    phone.wait_for_url(re.compile(rf"/groups/{group.pk}/posts/$"))
    assert phone.get_by_text("Your message is posted.").is_visible()
    assert phone.get_by_text(body).is_visible()
    # Having agreed once, the notice is not asked for again.
    assert phone.locator("#screening-notice").count() == 0
    assert phone.get_by_label("I understand how messages are checked").count() == 0
    post = Post.objects.get(group=group)
    assert post.author == member and post.body == body
