"""Service hours: when a pain service is staffed, and deadlines counted in service hours.

Pure functions over a `Service` and aware datetimes; nothing here touches the database.
Times are stored and compared in UTC; the service's zone (Europe/London) is used only to
find local opening and closing times, so 9am stays 9am across the clock changes.

Bank holidays (England and Wales, from the data bundled with ``govuk-bank-holidays``, no
network at run time) count as closed, as the Service model says. Dates after the bundled
data ends are treated as having no bank holidays.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from govuk_bank_holidays.bank_holidays import BankHolidays

from pmp_followon.accounts.models import Service

# A service open at least one weekday reopens within this many days even over Christmas.
_SEARCH_DAYS = 31


@lru_cache(maxsize=1)
def _bank_holiday_dates() -> frozenset[datetime.date]:
    holidays = BankHolidays(use_cached_holidays=True).get_holidays(
        division=BankHolidays.ENGLAND_AND_WALES
    )
    return frozenset(h["date"] for h in holidays)


def is_bank_holiday(day: datetime.date) -> bool:
    return day in _bank_holiday_dates()


def _local_instant(service: Service, day: datetime.date, at: datetime.time) -> datetime.datetime:
    local = datetime.datetime.combine(day, at, tzinfo=service.zone)
    return local.astimezone(datetime.UTC)


def open_interval(
    service: Service, day: datetime.date
) -> tuple[datetime.datetime, datetime.datetime] | None:
    """The UTC instants the service opens and closes on a local date, or None if closed."""
    if day.weekday() not in service.weekdays or is_bank_holiday(day):
        return None
    return (
        _local_instant(service, day, service.hours_open),
        _local_instant(service, day, service.hours_close),
    )


def is_open(service: Service, moment: datetime.datetime) -> bool:
    """Staffed at this moment: an open weekday, in hours, and not a bank holiday."""
    interval = open_interval(service, moment.astimezone(service.zone).date())
    return interval is not None and interval[0] <= moment < interval[1]


def next_opening(service: Service, moment: datetime.datetime) -> datetime.datetime:
    """`moment` itself when the service is open, otherwise the next time it opens (UTC)."""
    day = moment.astimezone(service.zone).date()
    for offset in range(_SEARCH_DAYS + 1):
        interval = open_interval(service, day + datetime.timedelta(days=offset))
        if interval is None:
            continue
        opens, closes = interval
        if moment < opens:
            return opens
        if moment < closes:
            return moment
    raise ValueError(f"{service} has no opening hours in the next {_SEARCH_DAYS} days")


def closing_after(service: Service, moment: datetime.datetime) -> datetime.datetime:
    """When the open period containing `moment` ends (`moment` must be in hours)."""
    interval = open_interval(service, moment.astimezone(service.zone).date())
    if interval is None or not interval[0] <= moment < interval[1]:
        raise ValueError("the service is closed at that moment")
    return interval[1]


def add_service_hours(
    service: Service, start: datetime.datetime, hours: float
) -> datetime.datetime:
    """The moment `hours` of staffed time after `start` (a deadline in service hours).

    Friday 3pm plus 4 service hours, with a 9am to 5pm weekday service, is Monday 11am.
    """
    remaining = datetime.timedelta(hours=hours)
    current = start
    while True:
        current = next_opening(service, current)
        closes = closing_after(service, current)
        if current + remaining <= closes:
            return current + remaining
        remaining -= closes - current
        current = closes


def service_hours_between(
    service: Service, start: datetime.datetime, end: datetime.datetime
) -> datetime.timedelta:
    """Staffed time between two moments (for reports: time to acknowledge in service hours)."""
    total = datetime.timedelta(0)
    if end <= start:
        return total
    day = start.astimezone(service.zone).date()
    last = end.astimezone(service.zone).date()
    while day <= last:
        interval = open_interval(service, day)
        if interval is not None:
            lo, hi = max(interval[0], start), min(interval[1], end)
            if hi > lo:
                total += hi - lo
        day += datetime.timedelta(days=1)
    return total
