"""The lists paged for issue 17, on a phone and a desktop: the closure calendar and the
message problems page with their NHS.UK pagination, and base.html with its kept fragments
(checked by check_page: WCAG 2.2 AA, labels, unique ids, no sideways scrolling)."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.browser.conftest import check_page
from tests.dates import not_a_bank_holiday

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_closure_calendar_a_page_at_a_time(
    screen, sign_in, live_server, clinician, monkeypatch
):
    from programmes import services

    monkeypatch.setattr("programmes.selectors.closures.CLOSURE_PAGE_SIZE", 4)
    for n in range(3):
        services.programme_create(
            actor=clinician,
            name=f"Tuesday PMP with a long name, cohort {n + 1}",
            venue="Riverside Community Hospital, Outpatients Building, Room 4",
            first_session_date=not_a_bank_holiday(
                timezone.localdate() + datetime.timedelta(days=7 + n)
            ),
            start_time=datetime.time(10),
            session_count=10,
            discipline="physiotherapist",
        )
    page = sign_in(screen, clinician)
    page.goto(live_server.url + "/programmes/closures/")
    assert page.locator(".nhsuk-task-list__item").count() == 4
    check_page(page, "closure calendar, page 1")
    page.get_by_role("navigation", name="Pages").get_by_role("link", name="Next").click()
    page.wait_for_url(re.compile(r"[?&]page=2"))  # and its load event: count() does not wait
    assert page.locator(".nhsuk-task-list__item").count() == 4
    check_page(page, "closure calendar, page 2")


def test_the_message_problems_a_page_at_a_time(
    screen, sign_in, live_server, service_admin, participant, monkeypatch
):
    from tests.notifications.test_problems_scale import add_problems

    monkeypatch.setattr("pmp_followon.notifications.selectors.PROBLEMS_PAGE_SIZE", 2)
    add_problems(participant, 5)
    page = sign_in(screen, service_admin)
    page.goto(live_server.url + "/notifications/problems/")
    assert page.get_by_text("5 messages need attention.").is_visible()
    check_page(page, "message problems, page 1")
    page.get_by_role("navigation", name="Pages").get_by_role("link", name="Next").click()
    page.wait_for_url(re.compile(r"[?&]page=2"))  # and its load event: count() does not wait
    assert page.get_by_role("button", name="Try again").count() == 2
    check_page(page, "message problems, page 2")
