"""iCalendar files: one meeting to download, and a person's feed (a secret address their
calendar app subscribes to). Times are written in UTC; calendar apps show local time.
Names of groups, times and places only: never who else is coming."""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from icalendar import Calendar, Event

from .models import Gathering, Meeting, MeetingStatus


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "pmp-followon"


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//PMP follow-on groups//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def _where(place: str, address: str) -> str:
    return ", ".join(part for part in (place, address) if part)


def meeting_event(meeting: Meeting, *, now: datetime.datetime) -> Event:
    event = Event()
    event.add("uid", f"group-meeting-{meeting.pk}@{_host()}")
    event.add("dtstamp", now)
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at)
    event.add("summary", meeting.group.name)
    event.add("sequence", meeting.slot)
    address = meeting.venue.address.replace("\n", ", ") if meeting.venue_id else ""
    event.add("location", meeting.online_link or _where(meeting.place_label(), address))
    if meeting.notes:
        event.add("description", meeting.notes)
    event.add("status", "CANCELLED" if meeting.status == MeetingStatus.CANCELLED else "CONFIRMED")
    return event


def gathering_event(gathering: Gathering, *, now: datetime.datetime) -> Event:
    event = Event()
    event.add("uid", f"gathering-{gathering.pk}@{_host()}")
    event.add("dtstamp", now)
    event.add("dtstart", gathering.starts_at)
    event.add("dtend", gathering.ends_at)
    event.add("summary", gathering.title)
    event.add("location", gathering.place_label())
    event.add("status", "CANCELLED" if gathering.cancelled_at else "CONFIRMED")
    return event


def meeting_ics(meeting: Meeting, *, now: datetime.datetime) -> bytes:
    cal = _calendar(meeting.group.name)
    cal.add_component(meeting_event(meeting, now=now))
    return cal.to_ical()


def feed_ics(
    meetings: list[Meeting], gatherings: list[Gathering], *, now: datetime.datetime
) -> bytes:
    cal = _calendar("My groups")
    for meeting in meetings:
        cal.add_component(meeting_event(meeting, now=now))
    for gathering in gatherings:
        cal.add_component(gathering_event(gathering, now=now))
    return cal.to_ical()
