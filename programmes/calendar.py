"""The iCalendar feed of a facilitator's sessions and handover steps (RFC 5545).

Holds programme names, venues and times only: calendar providers fetch and keep the feed,
so nothing about participants goes in it.
"""

from __future__ import annotations

import datetime

import icalendar
from django.conf import settings

from pmp_followon.accounts.models import User

from . import selectors
from .models import STEP_PURPOSE, ProgrammeStatus


def _uid(kind: str, pk: int) -> str:
    host = (
        settings.SITE_URL.split("//", 1)[-1].split("/", 1)[0]
        if getattr(settings, "SITE_URL", "")
        else "pmp-followon"
    )
    return f"programmes-{kind}-{pk}@{host}"


def calendar_feed_ics(user: User, *, now: datetime.datetime) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//pmp-followon//programmes//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "PMP sessions and handover steps")
    for session in selectors.calendar_feed_sessions(user, now=now):
        programme = session.programme
        steps = sorted(session.handover_steps.all(), key=lambda s: s.kind)
        summary = f"{programme.name}: session {session.number} of {programme.session_count}"
        if steps:
            summary += " (handover: " + ", ".join(s.get_kind_display().lower() for s in steps) + ")"
        lines = [f"Session {session.number} of {programme.session_count}."]
        for step in steps:
            lines.append(f"Handover step, {step.get_kind_display()}: {STEP_PURPOSE[step.kind]}")
        event = icalendar.Event()
        event.add("uid", _uid("session", session.pk))
        event.add("dtstamp", now)
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        event.add("summary", summary)
        event.add("location", session.venue_or_default())
        event.add("description", "\n".join(lines))
        if programme.status == ProgrammeStatus.CANCELLED:
            event.add("status", "CANCELLED")
        else:
            event.add("status", "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()
