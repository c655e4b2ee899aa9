"""Fixtures for the notifications tests: people with known message preferences, and a
helper that runs on_commit callbacks (delivery) the way a real commit would."""

from __future__ import annotations

import datetime

import pytest

from pmp_followon.notifications import services


@pytest.fixture
def set_preferences():
    """Set a person's message choices through the service, as they would on the page."""

    def _set(user, *, email=True, sms=False, reminders=True, quiet=None):
        start, end = quiet if quiet else (None, None)
        return services.notification_preference_update(
            user=user,
            email_enabled=email,
            sms_enabled=sms,
            reminders_enabled=reminders,
            quiet_hours_start=start,
            quiet_hours_end=end,
        )

    return _set


@pytest.fixture
def reminded_person(participant, set_preferences):
    """A participant who gets reminders by email and text, with no quiet hours."""
    set_preferences(participant, email=True, sms=True)
    participant.refresh_from_db()
    return participant


@pytest.fixture
def texted_person(participant, set_preferences):
    set_preferences(participant, email=False, sms=True)
    participant.refresh_from_db()
    return participant


@pytest.fixture
def on_duty(duty_clinician, set_preferences):
    """A duty clinician with a mobile number who asked for text messages."""
    duty_clinician.mobile = "07700900123"
    duty_clinician.save()
    set_preferences(duty_clinician, email=True, sms=True)
    duty_clinician.refresh_from_db()
    return duty_clinician


@pytest.fixture
def deliver_on_commit(django_capture_on_commit_callbacks):
    """Run what the code scheduled for after commit (publishing; eager Celery then runs the
    task in-process). Use as `with deliver_on_commit(): notification_create(...)`."""

    def _run():
        return django_capture_on_commit_callbacks(execute=True)

    return _run


def at(text: str) -> datetime.datetime:
    """An aware UTC datetime from ISO text ("2026-03-29T00:30")."""
    value = datetime.datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value
