"""The crisis panel (rule 6): the right numbers, a review date not yet past, and honest
words about when staff will see a post, in and out of service hours."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.template.loader import render_to_string

from safeguarding.crisis import crisis_panel_context

from .conftest import local

pytestmark = pytest.mark.django_db


def render_panel(service, now) -> str:
    return render_to_string(
        "safeguarding/includes/crisis_panel.html",
        {"crisis_panel": crisis_panel_context(service=service, now=now)},
    )


def test_the_crisis_numbers_are_the_ones_clinical_safety_signed_off():
    contacts = settings.CRISIS_CONTACTS
    assert contacts["emergency"]["number"] == "999"
    assert contacts["nhs_111"]["number"] == "111"
    assert contacts["nhs_111"]["option"] == "2"
    assert contacts["samaritans"]["number"] == "116 123"
    assert contacts["samaritans"]["tel"] == "116123"
    assert contacts["shout"]["keyword"] == "SHOUT"
    assert contacts["shout"]["number"] == "85258"
    assert contacts["version"]


def test_the_crisis_numbers_review_date_has_not_passed():
    review_by = datetime.date.fromisoformat(settings.CRISIS_CONTACTS["review_by"])
    assert datetime.date.today() <= review_by, (
        "The crisis numbers are past their review date: check them with the clinical safety "
        "officer, then move CRISIS_CONTACTS['review_by'] on."
    )


def test_the_panel_shows_every_number_with_a_link_to_call_or_text(service):
    html = render_panel(service, local(2027, 3, 22, 10, 0))
    for text in (
        'href="tel:999"',
        "A&amp;E",
        'href="tel:111"',
        "option 2",
        'href="tel:116123"',
        "116 123",
        "SHOUT",
        'href="sms:85258"',
    ):
        assert text in html
    assert settings.CRISIS_CONTACTS["version"] in html


def test_numbers_are_read_from_settings_when_the_page_is_made(service, settings):
    settings.CRISIS_CONTACTS = {
        **settings.CRISIS_CONTACTS,
        "samaritans": {"number": "116 999", "tel": "116999"},
    }
    assert 'href="tel:116999"' in render_panel(service, local(2027, 3, 22, 10, 0))


def test_in_hours_it_says_staff_are_working_but_not_watching(service):
    html = render_panel(service, local(2027, 3, 22, 10, 0))
    assert 'data-service-hours="open"' in html
    assert "working until 5pm today" in html
    assert "Nobody is watching posts as they are written" in html


@pytest.mark.parametrize(
    ("now", "words"),
    [
        (local(2027, 3, 19, 18, 0), "opens again at 9am on Monday"),  # Friday evening
        (local(2027, 3, 20, 11, 0), "opens again at 9am on Monday"),  # Saturday
        (local(2027, 3, 22, 7, 30), "opens again at 9am today"),  # Monday early
        (local(2027, 3, 23, 20, 0), "opens again at 9am tomorrow"),  # Tuesday night
        (local(2027, 3, 23, 17, 0), "opens again at 9am tomorrow"),  # closing time exactly
        # Thursday before Easter 2027: Good Friday, the weekend and Easter Monday are closed.
        (local(2027, 3, 25, 18, 0), "opens again at 9am on Tuesday"),
    ],
)
def test_out_of_hours_it_says_when_staff_will_see_the_post(service, now, words):
    html = render_panel(service, now)
    assert 'data-service-hours="closed"' in html
    assert words in html
    assert "is closed now" in html


def test_it_never_promises_a_reply_soon(service):
    moments = [local(2027, 3, 22, 0, 0) + datetime.timedelta(hours=h) for h in range(0, 24 * 7, 3)]
    for now in moments:
        html = render_panel(service, now).lower()
        for phrase in ("shortly", "be in touch", "straight back", "right away we will"):
            assert phrase not in html, f"{phrase!r} at {now}"


def test_clock_change_weekend_still_says_9am_local(service):
    # Saturday 25 March 2028; clocks go forward on Sunday 26 March.
    html = render_panel(service, local(2028, 3, 25, 12, 0))
    assert "opens again at 9am on Monday" in html


def test_service_hours_wording(service):
    panel = crisis_panel_context(service=service, now=local(2027, 3, 22, 10, 0))
    assert panel["opening_hours"] == "9am to 5pm, Monday to Friday, except bank holidays"
    service.open_weekdays = "1,3"
    assert (
        crisis_panel_context(service=service, now=local(2027, 3, 22, 10, 0))["opening_hours"]
        == "9am to 5pm, Tuesday, Thursday, except bank holidays"
    )
