"""The GOV.UK Notify backend against a fake Notify server on 127.0.0.1 (real HTTP through
notifications-python-client, no mocks of the client)."""

from __future__ import annotations

import pytest

from pmp_followon.notifications import services
from pmp_followon.notifications.models import Notification, Status

from .fake_notify import FAKE_API_KEY, FakeNotify

pytestmark = pytest.mark.django_db

REMINDER = "notifications.reminder"
CONTEXT = {"title": "Coffee", "when": "Tuesday"}


@pytest.fixture
def notify(settings):
    with FakeNotify(slow_seconds=1.0) as fake:
        settings.SMS_BACKEND = "pmp_followon.notifications.sms.NotifySMSBackend"
        settings.NOTIFY_API_KEY = FAKE_API_KEY
        settings.NOTIFY_SMS_TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a"
        settings.NOTIFY_BASE_URL = fake.base_url
        settings.NOTIFY_TIMEOUT_SECONDS = 0.3
        yield fake


def _text(person, key="r"):
    (row,) = services.notification_create(
        recipient=person, kind=REMINDER, context=CONTEXT, idempotency_key=key, channels=["sms"]
    )
    return row


def _deliver_until_done(row, tries=6):
    outcomes = []
    for _ in range(tries):
        row.refresh_from_db()
        outcomes.append(services.notification_deliver(notification_id=row.pk, now=row.due_at))
        if outcomes[-1] not in ("retrying",):
            break
    row.refresh_from_db()
    return outcomes


def test_timeout_then_500_then_success_sends_once_and_records_attempts(notify, texted_person):
    notify.script = ["timeout", "500", "201"]
    row = _text(texted_person)
    assert _deliver_until_done(row) == ["retrying", "retrying", "sent"]
    assert row.status == Status.SENT
    assert row.attempts == 3
    assert len(notify.accepted) == 1
    (accepted,) = notify.accepted
    assert accepted["reference"] == row.idempotency_key
    assert accepted["phone_number"] == "+447700900982"
    assert row.provider_ref == accepted["id"]
    # Checked by reference after the timeout and after the 500, before each resend.
    assert notify.lookups == 2


def test_accepted_but_timed_out_is_found_by_reference_and_not_resent(notify, texted_person):
    notify.script = ["accept-timeout"]
    row = _text(texted_person)
    assert _deliver_until_done(row) == ["retrying", "already sent"]
    assert len(notify.accepted) == 1
    assert notify.posts == 1
    assert row.status == Status.SENT
    assert row.provider_ref == notify.accepted[0]["id"]


def test_a_400_fails_at_once_with_a_plain_problem(notify, texted_person):
    notify.script = ["400"]
    row = _text(texted_person)
    assert _deliver_until_done(row) == ["failed"]
    assert row.status == Status.FAILED
    assert "mobile number" in row.problem
    assert notify.accepted == []


def test_rate_limit_is_retried_without_a_lookup(notify, texted_person):
    notify.script = ["429"]
    row = _text(texted_person)
    assert _deliver_until_done(row) == ["retrying", "sent"]
    assert notify.lookups == 0
    assert len(notify.accepted) == 1


def test_notify_down_is_retried(settings, texted_person):
    with FakeNotify() as fake:
        dead_url = fake.base_url
    settings.SMS_BACKEND = "pmp_followon.notifications.sms.NotifySMSBackend"
    settings.NOTIFY_API_KEY = FAKE_API_KEY
    settings.NOTIFY_SMS_TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a"
    settings.NOTIFY_BASE_URL = dead_url
    row = _text(texted_person)
    assert services.notification_deliver(notification_id=row.pk) == "retrying"
    row.refresh_from_db()
    assert row.status == Status.RETRYING
    assert row.problem == "GOV.UK Notify could not be reached. We will try again."
    assert row.outcome_unknown is False  # refused: nothing can have been sent


def test_missing_notify_settings_fail_visibly(settings, texted_person):
    settings.SMS_BACKEND = "pmp_followon.notifications.sms.NotifySMSBackend"
    settings.NOTIFY_API_KEY = ""
    row = _text(texted_person)
    assert services.notification_deliver(notification_id=row.pk) == "failed"
    assert "not set up" in Notification.objects.get(pk=row.pk).problem
