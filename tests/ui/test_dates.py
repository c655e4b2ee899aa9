"""Dates and times in GOV.UK style, in Europe/London, across the clock changes."""

import datetime
import zoneinfo

import pytest
from django.template import Context, Template

from pmp_followon.ui.dates import to_local, uk_date, uk_datetime, uk_time

UTC = datetime.UTC
LONDON = zoneinfo.ZoneInfo("Europe/London")


def utc(*args: int) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=UTC)


NOW_2026 = utc(2026, 6, 1, 12, 0)
NOW_2025 = utc(2025, 6, 1, 12, 0)


# --- times ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [
        (18, 30, "6:30pm"),
        (18, 0, "6pm"),
        (9, 5, "9:05am"),
        (12, 0, "midday"),
        (0, 0, "midnight"),
        (12, 30, "12:30pm"),
        (0, 15, "12:15am"),
        (23, 59, "11:59pm"),
        (1, 0, "1am"),
    ],
)
def test_uk_time_plain_times(hour, minute, expected):
    assert uk_time(datetime.time(hour, minute)) == expected


def test_uk_time_in_winter_is_gmt():
    # December: London is on GMT, so UTC and local agree.
    assert uk_time(utc(2025, 12, 4, 18, 30)) == "6:30pm"


def test_uk_time_in_summer_is_bst():
    # July: London is on BST (UTC+1), so 17:30 UTC is 6:30pm local.
    assert uk_time(utc(2026, 7, 2, 17, 30)) == "6:30pm"


def test_midday_and_midnight_are_local():
    assert uk_time(utc(2026, 7, 2, 11, 0)) == "midday"  # 12:00 BST
    assert uk_time(utc(2026, 7, 1, 23, 0)) == "midnight"  # 00:00 BST on 2 July
    assert uk_time(utc(2026, 1, 10, 12, 0)) == "midday"  # GMT
    assert uk_time(utc(2026, 1, 10, 0, 0)) == "midnight"


# --- dates ------------------------------------------------------------------------------
def test_uk_date_leaves_out_this_year():
    assert uk_date(utc(2025, 12, 4, 18, 30), now=NOW_2025) == "Thursday 4 December"


def test_uk_date_adds_the_year_when_it_is_not_this_year():
    assert uk_date(utc(2025, 12, 4, 18, 30), now=NOW_2026) == "Thursday 4 December 2025"
    assert uk_date(utc(2027, 1, 7, 10, 0), now=NOW_2026) == "Thursday 7 January 2027"


def test_uk_date_takes_a_plain_date():
    assert uk_date(datetime.date(2026, 12, 3), now=NOW_2026) == "Thursday 3 December"


def test_uk_date_uses_the_local_day():
    # 23:30 UTC on 1 July is 00:30 BST on 2 July.
    assert uk_date(utc(2026, 7, 1, 23, 30), now=NOW_2026) == "Thursday 2 July"


def test_this_year_is_the_local_year():
    # At 00:30 UTC on 1 January 2026 it is already 2026 in London (GMT).
    new_year = utc(2026, 1, 1, 0, 30)
    assert uk_date(utc(2026, 3, 5, 9, 0), now=new_year) == "Thursday 5 March"


# --- date and time ----------------------------------------------------------------------
def test_uk_datetime_gmt():
    assert uk_datetime(utc(2025, 12, 4, 18, 30), now=NOW_2025) == "Thursday 4 December, 6:30pm"


def test_uk_datetime_bst():
    assert uk_datetime(utc(2026, 7, 2, 17, 0), now=NOW_2026) == "Thursday 2 July, 6pm"


def test_uk_datetime_with_year():
    assert uk_datetime(utc(2025, 12, 4, 18, 30), now=NOW_2026) == "Thursday 4 December 2025, 6:30pm"


def test_uk_datetime_midday():
    assert uk_datetime(utc(2026, 7, 2, 11, 0), now=NOW_2026) == "Thursday 2 July, midday"


# --- the days the clocks change ---------------------------------------------------------
def test_clocks_go_forward_last_sunday_in_march():
    # 29 March 2026: at 01:00 UTC, 1am GMT becomes 2am BST.
    assert uk_datetime(utc(2026, 3, 29, 0, 30), now=NOW_2026) == "Sunday 29 March, 12:30am"
    assert uk_datetime(utc(2026, 3, 29, 1, 30), now=NOW_2026) == "Sunday 29 March, 2:30am"
    assert uk_datetime(utc(2026, 3, 29, 17, 0), now=NOW_2026) == "Sunday 29 March, 6pm"


def test_clocks_go_back_last_sunday_in_october():
    # 25 October 2026: at 01:00 UTC, 2am BST becomes 1am GMT, so 1:30am happens twice.
    assert uk_datetime(utc(2026, 10, 25, 0, 30), now=NOW_2026) == "Sunday 25 October, 1:30am"
    assert uk_datetime(utc(2026, 10, 25, 1, 30), now=NOW_2026) == "Sunday 25 October, 1:30am"
    assert uk_datetime(utc(2026, 10, 25, 18, 30), now=NOW_2026) == "Sunday 25 October, 6:30pm"


def test_the_day_before_the_clocks_go_back_is_still_bst():
    assert uk_datetime(utc(2026, 10, 24, 17, 30), now=NOW_2026) == "Saturday 24 October, 6:30pm"


# --- helpers and template filters -------------------------------------------------------
def test_to_local_converts_aware_and_keeps_naive():
    assert to_local(utc(2026, 7, 2, 17, 30)).hour == 18
    naive = datetime.datetime(2026, 7, 2, 17, 30)
    assert to_local(naive) == naive


def test_another_zone_can_be_given():
    assert uk_time(utc(2026, 7, 2, 17, 30), tz=zoneinfo.ZoneInfo("UTC")) == "5:30pm"


def render(source: str, **context) -> str:
    return Template("{% load nhsuk %}" + source).render(Context(context))


def test_template_filters():
    from django.utils import timezone

    this_year = timezone.now().year
    value = datetime.datetime(this_year, 7, 2, 17, 30, tzinfo=UTC)
    weekday = value.astimezone(LONDON).strftime("%A")
    assert render("{{ value|uk_time }}", value=value) == "6:30pm"
    assert render("{{ value|uk_date }}", value=value) == f"{weekday} 2 July"
    assert render("{{ value|uk_datetime }}", value=value) == f"{weekday} 2 July, 6:30pm"


def test_template_filters_are_blank_for_nothing():
    assert render("[{{ value|uk_datetime }}][{{ value|uk_date }}][{{ value|uk_time }}]") == (
        "[][][]"
    )
    assert render("{{ value|uk_datetime }}", value=None) == ""
