"""When group messages are due, and the next date in a group's rhythm. Pure functions.

Meetings are stored in UTC. Every rule here works on local wall-clock times in the service's
zone and converts at the end (programmes.schedule.local_to_utc), so "10am the day before"
is 10am whatever the clock change did overnight.
"""

from __future__ import annotations

import calendar
import datetime
import zoneinfo

from programmes.schedule import local_to_utc

from .models import Rhythm

DAY_BEFORE_AT = datetime.time(10, 0)
MORNING_AT = datetime.time(8, 30)
# A morning reminder never goes later than this before the meeting starts.
MORNING_LEAD = datetime.timedelta(hours=1)
ATTENDANCE_PROMPT_AT = datetime.time(10, 0)
CONFIRM_PROMPT_DAYS = 14
POLL_REMINDER_DAYS = 2
ONE_DAY = datetime.timedelta(days=1)


def local_date(moment: datetime.datetime, zone: zoneinfo.ZoneInfo) -> datetime.date:
    return moment.astimezone(zone).date()


def local_time(moment: datetime.datetime, zone: zoneinfo.ZoneInfo) -> datetime.time:
    return moment.astimezone(zone).time().replace(tzinfo=None)


def day_before_due(starts_at: datetime.datetime, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """10am local on the day before the meeting."""
    return local_to_utc(local_date(starts_at, zone) - ONE_DAY, DAY_BEFORE_AT, zone)


def morning_due(starts_at: datetime.datetime, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """8:30am local on the day, or an hour before an early meeting."""
    morning = local_to_utc(local_date(starts_at, zone), MORNING_AT, zone)
    return min(morning, starts_at - MORNING_LEAD)


def attendance_prompt_due(ends_at: datetime.datetime, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """10am local the day after the meeting."""
    return local_to_utc(local_date(ends_at, zone) + ONE_DAY, ATTENDANCE_PROMPT_AT, zone)


def confirm_prompt_due(starts_at: datetime.datetime, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """10am local two weeks before a suggested meeting."""
    day = local_date(starts_at, zone) - datetime.timedelta(days=CONFIRM_PROMPT_DAYS)
    return local_to_utc(day, DAY_BEFORE_AT, zone)


def poll_reminder_due(
    *, deadline: datetime.datetime, opened_at: datetime.datetime, zone: zoneinfo.ZoneInfo
) -> datetime.datetime | None:
    """10am local two days before the deadline; halfway when that is too soon; None when
    the poll is too short for a reminder to help."""
    due = local_to_utc(
        local_date(deadline, zone) - datetime.timedelta(days=POLL_REMINDER_DAYS),
        DAY_BEFORE_AT,
        zone,
    )
    if due > opened_at:
        return due
    if deadline - opened_at < datetime.timedelta(hours=12):
        return None
    return opened_at + (deadline - opened_at) / 2


def _nth_weekday(day: datetime.date) -> int:
    return (day.day - 1) // 7


def _same_weekday_months_later(day: datetime.date, months: int) -> datetime.date:
    """The same weekday in the same week of the month ("the second Thursday"), ``months``
    later. A fifth weekday becomes the last one in the target month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    nth = _nth_weekday(day)
    first = datetime.date(year, month, 1)
    offset = (day.weekday() - first.weekday()) % 7
    candidate = first + datetime.timedelta(days=offset + 7 * nth)
    last_day = calendar.monthrange(year, month)[1]
    while candidate.month != month or candidate.day > last_day:
        candidate -= datetime.timedelta(days=7)
    return candidate


def next_in_rhythm(
    starts_at: datetime.datetime, rhythm: str, zone: zoneinfo.ZoneInfo
) -> datetime.datetime | None:
    """The next meeting after ``starts_at`` at the same local time, or None for ad hoc."""
    day, at = local_date(starts_at, zone), local_time(starts_at, zone)
    if rhythm == Rhythm.FORTNIGHTLY:
        nxt = day + datetime.timedelta(days=14)
    elif rhythm == Rhythm.MONTHLY:
        nxt = _same_weekday_months_later(day, 1)
    elif rhythm == Rhythm.SIX_TO_EIGHT_WEEKS:
        nxt = day + datetime.timedelta(weeks=6)
    elif rhythm == Rhythm.TWO_TO_THREE_MONTHS:
        nxt = _same_weekday_months_later(day, 2)
    else:
        return None
    return local_to_utc(nxt, at, zone)
