"""Tables on a 320 px phone become cards: each cell's heading sits above its value, the lines
of a cell stay on their own lines (not "...2027sessions"), and nothing scrolls sideways."""

import datetime

import pytest
from django.utils import timezone

from tests.browser.conftest import _new_page
from tests.dates import not_a_bank_holiday

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def narrow(browser):
    page = _new_page(browser, 320)
    yield page
    page.context.close()


def test_the_programmes_list_is_a_card_per_programme_at_320px(
    live_server, narrow, sign_in, clinician
):
    from programmes import services

    services.programme_create(
        actor=clinician,
        name="Tuesday PMP with a long name, spring cohort",
        venue="Riverside Community Hospital, Outpatients Building, Room 4",
        first_session_date=not_a_bank_holiday(timezone.localdate() + datetime.timedelta(weeks=3)),
        start_time=datetime.time(10),
        session_count=10,
        discipline="physiotherapist",
    )
    page = narrow
    sign_in(page, clinician)
    page.locator("main").get_by_role("link", name="Programmes", exact=True).click()
    row = page.get_by_role("row").filter(has_text="Tuesday PMP with a long name")
    dates = row.get_by_role("cell").filter(has_text="sessions")
    heading = dates.get_by_text("Dates", exact=True)
    sessions = dates.get_by_text("10 sessions")
    # The click starts a navigation: wait for the new page's cell, not the old page's DOM.
    heading.wait_for(state="visible")
    assert heading.is_visible()
    # The heading is above the dates, and "10 sessions" on a line below them.
    assert heading.bounding_box()["y"] < sessions.bounding_box()["y"]
    cell = dates.bounding_box()
    assert sessions.bounding_box()["x"] - cell["x"] < 40, "10 sessions is beside the dates"
    width = page.evaluate("() => document.scrollingElement.scrollWidth")
    assert width <= 320, f"the programmes list is {width}px wide at 320px"
