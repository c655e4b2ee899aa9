"""Dates and times written the GOV.UK and NHS.UK way, in the service's time zone.

"Thursday 4 December, 6:30pm", "6pm", "midday", "midnight". The year is added only when it
is not this year. Values are stored in UTC; they are turned into local time here and only
here, so templates, emails and text messages all say the same thing.

Pure functions with `now` and `tz` as parameters (the template filters in
`pmp_followon.ui.templatetags.nhsuk` wrap them), so notification code can use them too.
"""

from __future__ import annotations

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone
from django.utils.dates import MONTHS, WEEKDAYS
from django.utils.translation import gettext, pgettext

__all__ = ["service_zone", "to_local", "uk_date", "uk_datetime", "uk_time"]


def service_zone() -> zoneinfo.ZoneInfo:
    """The zone people read times in: settings.TIME_ZONE (Europe/London)."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def to_local(value: datetime.datetime, tz: datetime.tzinfo | None = None) -> datetime.datetime:
    """An aware datetime in the service zone (or `tz`).

    A naive datetime is taken to be local wall-clock time already and is returned as it is.
    """
    if timezone.is_naive(value):
        return value
    return timezone.localtime(value, tz or service_zone())


def _local_today(now: datetime.datetime | None, tz: datetime.tzinfo | None) -> datetime.date:
    now = now or timezone.now()
    return to_local(now, tz).date()


def uk_time(value: datetime.datetime | datetime.time, *, tz: datetime.tzinfo | None = None) -> str:
    """'6:30pm', '6pm', '12:15am', 'midday', 'midnight'."""
    if isinstance(value, datetime.datetime):
        value = to_local(value, tz).time()
    hour, minute = value.hour, value.minute
    if minute == 0 and hour == 12:
        return gettext("midday")
    if minute == 0 and hour == 0:
        return gettext("midnight")
    suffix = pgettext("time of day", "am") if hour < 12 else pgettext("time of day", "pm")
    hour12 = hour % 12 or 12
    if minute:
        return f"{hour12}:{minute:02d}{suffix}"
    return f"{hour12}{suffix}"


def uk_date(
    value: datetime.datetime | datetime.date,
    *,
    now: datetime.datetime | None = None,
    tz: datetime.tzinfo | None = None,
) -> str:
    """'Thursday 4 December', or 'Thursday 4 December 2025' when it is not this year."""
    if isinstance(value, datetime.datetime):
        value = to_local(value, tz).date()
    parts = {
        "weekday": WEEKDAYS[value.weekday()],
        "day": value.day,
        "month": MONTHS[value.month],
        "year": value.year,
    }
    if value.year == _local_today(now, tz).year:
        # Translators: a date such as "Thursday 4 December".
        return gettext("%(weekday)s %(day)s %(month)s") % parts
    # Translators: a date such as "Thursday 4 December 2025".
    return gettext("%(weekday)s %(day)s %(month)s %(year)s") % parts


def uk_datetime(
    value: datetime.datetime,
    *,
    now: datetime.datetime | None = None,
    tz: datetime.tzinfo | None = None,
) -> str:
    """'Thursday 4 December, 6:30pm' (with the year only when it is not this year)."""
    local = to_local(value, tz)
    # Translators: a date and a time, such as "Thursday 4 December, 6:30pm".
    return gettext("%(date)s, %(time)s") % {
        "date": uk_date(local, now=now, tz=tz),
        "time": uk_time(local, tz=tz),
    }
