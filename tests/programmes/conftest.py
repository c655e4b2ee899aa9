"""Fixtures for programmes: programmes made through the services, as clinicians make them."""

from __future__ import annotations

import datetime
import zoneinfo

import pytest

LONDON = zoneinfo.ZoneInfo("Europe/London")


def at(year, month, day, hour=8, minute=0, tz=LONDON) -> datetime.datetime:
    """An aware moment in London time (stored and compared in UTC)."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=tz)


# A quiet Monday morning in January 2027 before any of the programmes below start.
NOW = at(2027, 1, 4, 8)


@pytest.fixture
def now():
    return NOW


@pytest.fixture
def make_programme(clinician):
    """make_programme(first=date(...), count=10, actor=clinician, ...) -> Programme."""
    from programmes import services

    def _make(
        *,
        first=datetime.date(2027, 1, 12),
        count=10,
        actor=None,
        name=None,
        start=datetime.time(10, 0),
        discipline="clinical_psychologist",
        now=NOW,
        **kwargs,
    ):
        _make.counter += 1
        return services.programme_create(
            actor=actor or clinician,
            name=name or f"Tuesday PMP {_make.counter}",
            venue="Riverside Hospital, Room 4",
            first_session_date=first,
            start_time=start,
            session_count=count,
            discipline=discipline,
            now=now,
            **kwargs,
        )

    _make.counter = 0
    return _make


@pytest.fixture
def programme(make_programme):
    """A 10-session Tuesday programme from 12 January 2027 (no bank holidays in its run)."""
    return make_programme()


@pytest.fixture
def programme_with_ptv(programme, clinician, ptv):
    from programmes import services

    services.facilitator_add(
        actor=clinician, programme=programme, user=ptv, discipline="ptv", now=NOW
    )
    programme.refresh_from_db()
    return programme


@pytest.fixture
def enrol(clinician):
    """enrol(programme, "name@example.org", name="Jean") -> Enrolment (a new account)."""
    from programmes import services

    def _enrol(programme, email, *, name="Someone", mobile="", actor=None, now=NOW):
        return services.participant_enrol(
            actor=actor or clinician,
            programme=programme,
            email=email,
            display_name=name,
            mobile=mobile,
            referral_source="gp",
            referral_date=datetime.date(2026, 10, 1),
            now=now,
        )

    return _enrol


@pytest.fixture
def enrolment(programme, enrol):
    return enrol(programme, "jean.p@example.org", name="Jean", mobile="07700900123")


def local_dates(programme):
    return [s.starts_at.astimezone(LONDON).date() for s in programme.sessions.order_by("number")]


def step_numbers(programme):
    return {s.kind: s.session.number for s in programme.handover_steps.select_related("session")}


def reminders(**filters):
    from pmp_followon.notifications.models import Notification

    return Notification.objects.filter(kind="programmes.handover_reminder", **filters)
