"""Pure date and time rules for programmes: weekly sessions, bank holidays, working days.

Nothing here touches the database. Bank holidays come from ``govuk-bank-holidays`` using the
data bundled with the package (no network at run time): upgrading the package refreshes them.
Dates after the bundled data ends are treated as having no bank holidays.
"""

from __future__ import annotations

import datetime
import zoneinfo
from functools import lru_cache

from govuk_bank_holidays.bank_holidays import BankHolidays

ENGLAND_AND_WALES = BankHolidays.ENGLAND_AND_WALES
SCOTLAND = BankHolidays.SCOTLAND
NORTHERN_IRELAND = BankHolidays.NORTHERN_IRELAND

ONE_WEEK = datetime.timedelta(days=7)
ONE_DAY = datetime.timedelta(days=1)


@lru_cache(maxsize=1)
def _bank_holidays() -> BankHolidays:
    return BankHolidays(use_cached_holidays=True)


@lru_cache(maxsize=8)
def bank_holidays(division: str = ENGLAND_AND_WALES) -> dict[datetime.date, str]:
    """Every known bank holiday in the division, date -> title."""
    return {h["date"]: h["title"] for h in _bank_holidays().get_holidays(division=division)}


def bank_holiday_title(day: datetime.date, division: str = ENGLAND_AND_WALES) -> str | None:
    return bank_holidays(division).get(day)


def is_working_day(day: datetime.date, division: str = ENGLAND_AND_WALES) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(division)


def weekly_dates(
    first: datetime.date, count: int, *, division: str = ENGLAND_AND_WALES
) -> list[datetime.date]:
    """``count`` dates a week apart from ``first``, skipping bank holidays.

    A bank holiday does not lose a session: that week is skipped and every later session,
    the handover steps with them, moves on a week.
    """
    dates: list[datetime.date] = []
    day = first
    while len(dates) < count:
        if bank_holiday_title(day, division) is None:
            dates.append(day)
        day += ONE_WEEK
    return dates


def skipped_bank_holidays(
    dates: list[datetime.date], *, division: str = ENGLAND_AND_WALES
) -> list[tuple[datetime.date, str]]:
    """Bank holidays that fall on a week the schedule skipped (between consecutive sessions,
    on the same weekday as the session before), for showing "no session: Easter Monday"."""
    skipped = []
    for before, after in zip(dates, dates[1:], strict=False):
        day = before + ONE_WEEK
        while day < after:
            title = bank_holiday_title(day, division)
            if title:
                skipped.append((day, title))
            day += ONE_WEEK
    return skipped


def local_to_utc(
    day: datetime.date, at: datetime.time, zone: zoneinfo.ZoneInfo
) -> datetime.datetime:
    """The UTC instant of a local wall-clock time, so 10:00 stays 10:00 across a clock change."""
    local = datetime.datetime.combine(day, at).replace(tzinfo=zone)
    return local.astimezone(datetime.UTC)


def local_date(moment: datetime.datetime, zone: zoneinfo.ZoneInfo) -> datetime.date:
    return moment.astimezone(zone).date()


def working_days_before(
    day: datetime.date, count: int, *, division: str = ENGLAND_AND_WALES
) -> datetime.date:
    """The date ``count`` working days before ``day`` (weekends and bank holidays skipped).

    Two working days before a Tuesday is the Friday before; before a Monday, the Thursday.
    """
    result = day
    remaining = count
    while remaining > 0:
        result -= ONE_DAY
        if is_working_day(result, division):
            remaining -= 1
    return result


def reminder_due_at(
    session_day: datetime.date,
    *,
    working_days: int,
    at: datetime.time,
    zone: zoneinfo.ZoneInfo,
    division: str = ENGLAND_AND_WALES,
) -> datetime.datetime:
    """When a facilitator reminder is due: ``working_days`` before the session, at local ``at``."""
    return local_to_utc(working_days_before(session_day, working_days, division=division), at, zone)


def week_start(day: datetime.date) -> datetime.date:
    """The Monday of the week ``day`` falls in."""
    return day - datetime.timedelta(days=day.weekday())
