"""Dates for tests that count from today."""

from __future__ import annotations

import datetime


def not_a_bank_holiday(day: datetime.date, direction: int = 1) -> datetime.date:
    """`day`, or the nearest day after it (before it, with direction=-1) that is not a bank
    holiday in England and Wales. programme_create refuses a first session on a bank holiday,
    and a date counted from today lands on one on some days of the year (28 weeks before
    7 December 2026 is the Spring bank holiday; 3 weeks after it, Boxing Day's substitute)."""
    from programmes import schedule

    while schedule.bank_holiday_title(day):
        day += datetime.timedelta(days=direction)
    return day
