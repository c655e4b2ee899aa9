"""Delivery in-process: claim before send, outcomes, retries, look-up before resend,
re-checks at send time, batches. The same paths run in a real worker in test_worker.py."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from pmp_followon.notifications import services
from pmp_followon.notifications.errors import AmbiguousError, PermanentError, TemporaryError
from pmp_followon.notifications.models import Notification, SMSMessage, Status
from pmp_followon.notifications.sms import DatabaseSMSBackend

pytestmark = pytest.mark.django_db

REMINDER = "notifications.reminder"
ALERT = "notifications.staff_priority_alert"
CONTEXT = {"title": "Tuesday coffee group", "when": "Tuesday 3 March at 10:30am"}
SCRIPTED = "tests.notifications.test_delivery.ScriptedSMSBackend"


class ScriptedSMSBackend(DatabaseSMSBackend):
    """The database backend, except that each send first takes the next step of `script`:
    an exception to raise (after storing the message, for "accepted then timed out"), or
    None to send normally. Every hand-off that reaches the provider is stored."""

    script: list = []

    def send(self, *, to, body, reference):
        step = self.script.pop(0) if self.script else None
        if step is None:
            return super().send(to=to, body=body, reference=reference)
        accepted, error = step
        if accepted:
            super().send(to=to, body=body, reference=reference)
        raise error


@pytest.fixture
def scripted_sms():
    ScriptedSMSBackend.script = []
    with override_settings(SMS_BACKEND=SCRIPTED):
        yield ScriptedSMSBackend
    ScriptedSMSBackend.script = []


def _reminder(person, key="r:1", channels=None, **kwargs):
    return services.notification_create(
        recipient=person,
        kind=REMINDER,
        context=CONTEXT,
        idempotency_key=key,
        channels=channels,
        **kwargs,
    )


def test_run_twice_sends_once(reminded_person):
    (row,) = _reminder(reminded_person, channels=["email"])
    assert services.notification_deliver(notification_id=row.pk) == "sent"
    assert services.notification_deliver(notification_id=row.pk) == "not claimed"
    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert row.status == Status.SENT
    assert row.attempts == 1
    assert row.sent_at is not None
    assert row.provider_ref.startswith("<")  # our Message-ID


def test_a_row_in_hand_cannot_be_claimed_again(reminded_person):
    (row,) = _reminder(reminded_person, channels=["sms"])
    claimed = services.notification_claim(notification_id=row.pk)
    assert claimed is not None and claimed.status == Status.SENDING
    assert services.notification_claim(notification_id=row.pk) is None
    assert services.notification_deliver(notification_id=row.pk) == "not claimed"
    assert SMSMessage.objects.count() == 0


def test_a_row_not_yet_due_is_not_claimed(reminded_person):
    now = timezone.now()
    (row,) = _reminder(reminded_person, channels=["sms"], due_at=now + datetime.timedelta(hours=1))
    assert services.notification_deliver(notification_id=row.pk, now=now) == "not claimed"
    later = now + datetime.timedelta(hours=1, seconds=1)
    assert services.notification_deliver(notification_id=row.pk, now=later) == "sent"


def test_email_is_plain_text_with_unsubscribe_link_and_headers(reminded_person):
    reminded_person.display_name = "Jean O'Brien"
    reminded_person.save()
    (row,) = _reminder(reminded_person, channels=["email"])
    services.notification_deliver(notification_id=row.pk)
    (email,) = mail.outbox
    assert email.to == [reminded_person.email]
    assert email.subject == "Reminder: Tuesday coffee group"
    assert "Jean O'Brien" in email.body  # not HTML-escaped
    assert "Tuesday 3 March at 10:30am" in email.body
    link = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert "/notifications/unsubscribe/" in link
    assert link in email.body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_staff_alert_is_content_free_and_has_no_unsubscribe(on_duty):
    rows = services.notification_create(
        recipient=on_duty,
        kind=ALERT,
        context={"alert_id": 99, "path": "/safeguarding/alerts/99/"},
        idempotency_key="alert:99",
    )
    for row in rows:
        services.notification_deliver(notification_id=row.pk)
    sms = SMSMessage.objects.get()
    assert sms.body == "A priority safeguarding alert needs review. Sign in to see it."
    (email,) = mail.outbox
    assert email.subject == "A priority safeguarding alert needs review"
    assert email.body.startswith("A priority safeguarding alert needs review. Sign in to see it.")
    assert "unsubscribe" not in email.body.lower()
    assert "List-Unsubscribe" not in email.extra_headers


def test_temporary_error_retries_with_backoff_then_sends(reminded_person, scripted_sms):
    scripted_sms.script = [(False, TemporaryError("429 rate limited", problem="Slow down."))]
    (row,) = _reminder(reminded_person, channels=["sms"])
    now = timezone.now()
    assert services.notification_deliver(notification_id=row.pk, now=now) == "retrying"
    row.refresh_from_db()
    assert row.status == Status.RETRYING
    assert row.attempts == 1
    assert row.last_error == "429 rate limited"
    assert row.outcome_unknown is False
    assert row.due_at > now  # back-off: not claimable at once
    assert services.notification_deliver(notification_id=row.pk, now=now) == "not claimed"
    assert services.notification_deliver(notification_id=row.pk, now=row.due_at) == "sent"
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == (Status.SENT, 2, "")
    assert SMSMessage.objects.count() == 1


def test_ambiguous_timeout_is_looked_up_before_resending(reminded_person, scripted_sms):
    # The provider took the message, then the connection timed out before it answered.
    scripted_sms.script = [(True, AmbiguousError("read timeout"))]
    (row,) = _reminder(reminded_person, channels=["sms"])
    assert services.notification_deliver(notification_id=row.pk) == "retrying"
    row.refresh_from_db()
    assert row.outcome_unknown is True
    assert services.notification_deliver(notification_id=row.pk, now=row.due_at) == "already sent"
    row.refresh_from_db()
    assert row.status == Status.SENT
    assert row.provider_ref.startswith("dev-sms-")
    assert SMSMessage.objects.filter(reference=row.idempotency_key).count() == 1


def test_ambiguous_timeout_that_did_not_arrive_is_sent_again(reminded_person, scripted_sms):
    scripted_sms.script = [(False, AmbiguousError("read timeout"))]
    (row,) = _reminder(reminded_person, channels=["sms"])
    services.notification_deliver(notification_id=row.pk)
    row.refresh_from_db()
    assert services.notification_deliver(notification_id=row.pk, now=row.due_at) == "sent"
    assert SMSMessage.objects.filter(reference=row.idempotency_key).count() == 1


def test_permanent_error_fails_the_row_with_a_plain_problem(reminded_person, scripted_sms):
    scripted_sms.script = [
        (False, PermanentError("400 ValidationError phone_number", problem="Wrong number."))
    ]
    (row,) = _reminder(reminded_person, channels=["sms"])
    assert services.notification_deliver(notification_id=row.pk) == "failed"
    row.refresh_from_db()
    assert row.status == Status.FAILED
    assert row.problem == "Wrong number."
    assert row.failed_at is not None
    # Nothing else was created for a reminder.
    assert Notification.objects.count() == 1


def test_a_failed_crisis_text_falls_back_to_email(on_duty, scripted_sms, deliver_on_commit):
    scripted_sms.script = [(False, PermanentError("400 bad number", problem="Wrong number."))]
    (row,) = services.notification_create(
        recipient=on_duty,
        kind=ALERT,
        context={"alert_id": 5},
        idempotency_key="alert:5",
        channels=["sms"],
    )
    with deliver_on_commit():
        services.notification_deliver(notification_id=row.pk)
    fallback = Notification.objects.get(idempotency_key="alert:5:email")
    assert fallback.status == Status.SENT
    assert len(mail.outbox) == 1


@override_settings(NOTIFICATION_MAX_ATTEMPTS={"crisis": 30, "default": 2})
def test_gives_up_after_the_attempt_limit(reminded_person, scripted_sms):
    scripted_sms.script = [(False, TemporaryError("503")), (False, TemporaryError("503"))]
    (row,) = _reminder(reminded_person, channels=["sms"])
    services.notification_deliver(notification_id=row.pk)
    row.refresh_from_db()
    assert services.notification_deliver(notification_id=row.pk, now=row.due_at) == "failed"
    row.refresh_from_db()
    assert row.status == Status.FAILED
    assert row.attempts == 2
    assert "Gave up after 2" in row.problem


def test_unexpected_exception_is_treated_as_maybe_sent(reminded_person, scripted_sms):
    scripted_sms.script = [(False, RuntimeError("bug in a backend"))]
    (row,) = _reminder(reminded_person, channels=["sms"])
    assert services.notification_deliver(notification_id=row.pk) == "retrying"
    row.refresh_from_db()
    assert row.outcome_unknown is True


def test_reminders_off_cancels_at_send_time_but_staff_alerts_go(
    reminded_person, on_duty, set_preferences
):
    (reminder,) = _reminder(reminded_person, channels=["email"])
    set_preferences(reminded_person, email=True, reminders=False)
    set_preferences(on_duty, email=True, sms=False, reminders=False)
    (alert,) = services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="a:1"
    )
    assert services.notification_deliver(notification_id=reminder.pk) == "cancelled"
    assert services.notification_deliver(notification_id=alert.pk) == "sent"
    reminder.refresh_from_db()
    assert reminder.status == Status.CANCELLED
    assert reminder.attempts == 0
    assert "reminders off" in reminder.cancel_reason
    assert mail.outbox[0].to == [on_duty.email]


def test_closed_account_is_not_messaged(reminded_person):
    (row,) = _reminder(reminded_person, channels=["email"])
    reminded_person.is_active = False
    reminded_person.save()
    assert services.notification_deliver(notification_id=row.pk) == "cancelled"
    assert mail.outbox == []


def test_a_missing_template_fails_visibly(reminded_person):
    (row,) = _reminder(reminded_person, channels=["email"])
    Notification.objects.filter(pk=row.pk).update(template="notifications.nothing_here")
    assert services.notification_deliver(notification_id=row.pk) == "failed"
    row.refresh_from_db()
    assert row.problem == "The message template has a fault."


@override_settings(NOTIFICATION_BATCH_SIZE=3)
def test_batch_claims_due_rows_oldest_first_and_asks_for_more_when_full(
    reminded_person, monkeypatch
):
    now = timezone.now()
    asked = []
    monkeypatch.setattr(services.publishing, "_kick", lambda priority, **kw: asked.append(priority))
    for n in range(5):
        _reminder(
            reminded_person,
            key=f"r:{n}",
            channels=["sms"],
            due_at=now - datetime.timedelta(minutes=10 - n),
            now=now - datetime.timedelta(minutes=20),
        )
    _reminder(reminded_person, key="later", channels=["sms"], due_at=now + datetime.timedelta(1))
    assert services.notifications_deliver_due(now=now) == 3
    assert asked == ["default"]  # a full batch: more may be waiting
    sent = Notification.objects.filter(status=Status.SENT).values_list("idempotency_key", flat=True)
    assert sorted(sent) == ["r:0:sms", "r:1:sms", "r:2:sms"]
    assert services.notifications_deliver_due(now=now) == 2
    assert asked == ["default"]  # not full: nothing more to ask for
    assert services.notifications_deliver_due(now=now) == 0
    assert SMSMessage.objects.count() == 5
    assert Notification.objects.get(idempotency_key="later:sms").status == Status.QUEUED


def test_batch_never_takes_crisis_rows(on_duty):
    services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="a:1"
    )
    assert services.notifications_deliver_due(priority="default") == 0
    assert services.notifications_deliver_due(priority="crisis") == 2


def test_batch_interrupted_gives_back_rows_it_never_tried(reminded_person, scripted_sms):
    class Interrupted(BaseException):
        pass

    scripted_sms.script = [None, (False, Interrupted())]
    for n in range(4):
        _reminder(reminded_person, key=f"r:{n}", channels=["sms"])
    with pytest.raises(Interrupted):
        services.notifications_deliver_due()
    statuses = dict(Notification.objects.values_list("idempotency_key", "status"))
    assert statuses["r:0:sms"] == Status.SENT
    # The one being sent stays in hand: the sweeper checks it after its lease.
    assert statuses["r:1:sms"] == Status.SENDING
    assert statuses["r:2:sms"] == statuses["r:3:sms"] == Status.QUEUED
    assert set(
        Notification.objects.filter(status=Status.QUEUED).values_list("attempts", flat=True)
    ) == {0}


def test_backoff_grows_is_jittered_and_capped():
    for attempts in range(1, 12):
        delays = [
            services.retry_delay_seconds(priority="default", attempts=attempts) for _ in range(50)
        ]
        ceiling = min(30 * 2 ** (attempts - 1), 3600)
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1


def test_a_batch_reads_nothing_more_per_row_than_its_claim(set_preferences, service):
    """The claim fetches only the columns a delivery needs (issue 17). Whatever the batch
    size, nothing is read afterwards row by row: a column left out of the claim would be
    fetched with a query of its own for each message."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import UserFactory

    def reads(count):
        for n in range(count):
            person = UserFactory(service=service, mobile=f"0770090{n:04d}")
            set_preferences(person, email=True, sms=True)
            _reminder(person, key=f"{count}:{n}")
        with CaptureQueriesContext(connection) as captured:
            assert services.notifications_deliver_due() == 2 * count
        return [q["sql"] for q in captured.captured_queries if q["sql"].startswith("SELECT")]

    few, many = reads(2), reads(7)
    assert len(few) == len(many), many
    assert mail.outbox and all("Tuesday coffee group" in m.body for m in mail.outbox)
    assert SMSMessage.objects.count() == 9
    assert Notification.objects.exclude(status=Status.SENT).count() == 0
