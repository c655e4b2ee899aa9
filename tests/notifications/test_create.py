"""notification_create: rows, idempotency, channels, context rules, enqueue after commit."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import transaction
from kombu.exceptions import OperationalError

from pmp_followon.notifications import services, tasks
from pmp_followon.notifications.kinds import Kind, get_kind, register_kind
from pmp_followon.notifications.models import Notification, SMSMessage, Status

pytestmark = pytest.mark.django_db

REMINDER = "notifications.reminder"
ALERT = "notifications.staff_priority_alert"
CONTEXT = {"title": "Tuesday coffee group", "when": "Tuesday 3 March at 10:30am"}


def test_one_row_per_chosen_channel_with_channel_in_the_key(reminded_person):
    rows = services.notification_create(
        recipient=reminded_person, kind=REMINDER, context=CONTEXT, idempotency_key="meeting:7"
    )
    assert sorted((r.channel, r.idempotency_key) for r in rows) == [
        ("email", "meeting:7:email"),
        ("sms", "meeting:7:sms"),
    ]
    assert {r.status for r in rows} == {Status.QUEUED}
    assert {r.priority for r in rows} == {"default"}


def test_calling_again_with_the_same_key_creates_nothing(reminded_person, deliver_on_commit):
    with deliver_on_commit():
        first = services.notification_create(
            recipient=reminded_person, kind=REMINDER, context=CONTEXT, idempotency_key="m:1"
        )
    with deliver_on_commit() as callbacks:
        second = services.notification_create(
            recipient=reminded_person, kind=REMINDER, context=CONTEXT, idempotency_key="m:1"
        )
    assert [r.pk for r in second] == [r.pk for r in first]
    assert callbacks == []  # nothing new to publish
    assert Notification.objects.count() == 2
    assert len(mail.outbox) == 1
    assert SMSMessage.objects.count() == 1


def test_explicit_channels_drop_those_the_person_cannot_use(participant):
    participant.mobile = ""
    participant.save()
    rows = services.notification_create(
        recipient=participant,
        kind=REMINDER,
        context=CONTEXT,
        idempotency_key="k",
        channels=["sms", "email"],
    )
    assert [r.channel for r in rows] == ["email"]


def test_default_channel_is_the_persons_preferred_one(participant):
    participant.preferred_channel = "sms"
    participant.save()
    rows = services.notification_create(
        recipient=participant, kind=REMINDER, context=CONTEXT, idempotency_key="k"
    )
    assert [r.channel for r in rows] == ["sms"]


def test_unknown_channel_is_refused(participant):
    with pytest.raises(ValueError):
        services.notification_create(
            recipient=participant,
            kind=REMINDER,
            context=CONTEXT,
            idempotency_key="k",
            channels=["pigeon"],
        )


@pytest.mark.parametrize(
    "context",
    [
        {"post": "I can't go on any more, I've saved up my tramadol"},
        {"reason": "low mood"},
    ],
)
def test_staff_alert_context_cannot_carry_text(on_duty, context):
    with pytest.raises(ValidationError):
        services.notification_create(
            recipient=on_duty, kind=ALERT, context=context, idempotency_key="alert:1"
        )
    assert not Notification.objects.exists()


def test_staff_alert_context_takes_ids_and_links(on_duty):
    rows = services.notification_create(
        recipient=on_duty,
        kind=ALERT,
        context={"alert_id": 12, "level": "high", "path": "/safeguarding/alerts/12/"},
        idempotency_key="alert:12:level:1",
    )
    assert {r.priority for r in rows} == {"crisis"}


@pytest.mark.parametrize("context", [{"title": "x" * 201}, {"items": [1, 2]}, {"recipient": 1}])
def test_context_must_be_short_plain_values(participant, context):
    with pytest.raises(ValidationError):
        services.notification_create(
            recipient=participant, kind=REMINDER, context=context, idempotency_key="k"
        )


def test_unknown_kind_is_refused(participant):
    with pytest.raises(LookupError):
        services.notification_create(
            recipient=participant, kind="nobody.registered", context={}, idempotency_key="k"
        )


def test_nothing_is_published_before_commit(reminded_person, deliver_on_commit):
    with deliver_on_commit():
        services.notification_create(
            recipient=reminded_person, kind=REMINDER, context=CONTEXT, idempotency_key="k"
        )
        # Still inside the caller's transaction: the worker must not see a row yet.
        assert mail.outbox == []
        assert not SMSMessage.objects.exists()
    assert len(mail.outbox) == 1
    assert SMSMessage.objects.count() == 1
    assert set(Notification.objects.values_list("status", flat=True)) == {Status.SENT}


def test_a_rolled_back_transaction_publishes_nothing(reminded_person, deliver_on_commit):
    with deliver_on_commit() as callbacks:
        try:
            with transaction.atomic():
                services.notification_create(
                    recipient=reminded_person, kind=REMINDER, context=CONTEXT, idempotency_key="k"
                )
                raise RuntimeError("the caller failed")
        except RuntimeError:
            pass
    assert callbacks == []
    assert not Notification.objects.exists()


def test_many_reminders_in_one_transaction_ask_for_one_batch(
    reminded_person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        for n in range(5):
            services.notification_create(
                recipient=reminded_person, kind=REMINDER, context=CONTEXT, idempotency_key=f"k{n}"
            )
    assert callbacks == [services._kick_default_after_commit]


def test_crisis_rows_are_published_one_by_one_on_the_crisis_queue_of_their_channel(
    on_duty, monkeypatch, django_capture_on_commit_callbacks
):
    published = []
    monkeypatch.setattr(
        tasks.deliver_notification,
        "apply_async",
        lambda **kwargs: published.append((kwargs["args"][0], kwargs["queue"])),
    )
    with django_capture_on_commit_callbacks(execute=True):
        rows = services.notification_create(
            recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="a:1"
        )
    # Crisis email on "crisis"; crisis texts on their own queue, so a hanging SMS provider
    # cannot hold up the email.
    queues = {"email": "crisis", "sms": "crisis_sms"}
    assert {r.channel for r in rows} == {"email", "sms"}
    assert sorted(published) == sorted((r.pk, queues[r.channel]) for r in rows)


def test_broker_down_never_fails_the_caller_and_the_sweeper_sends_later(
    on_duty, deliver_on_commit, monkeypatch
):
    real_apply_async = tasks.deliver_notification.apply_async

    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6399. Connection refused.")

    monkeypatch.setattr(tasks.deliver_notification, "apply_async", broker_down)
    with deliver_on_commit():
        rows = services.notification_create(
            recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="a:1"
        )
    assert SMSMessage.objects.count() == 0
    # Marked for the sweeper at once, not after the grace period.
    assert set(Notification.objects.values_list("enqueued_at", flat=True)) == {None}

    monkeypatch.setattr(tasks.deliver_notification, "apply_async", real_apply_async)
    result = services.notifications_sweep()
    assert result.crisis_published == len(rows) == 2
    assert SMSMessage.objects.count() == 1
    assert len(mail.outbox) == 1
    assert set(Notification.objects.values_list("status", flat=True)) == {Status.SENT}


def test_register_kind_is_repeatable_but_not_redefinable():
    register_kind(Kind(name="tests.sample"))
    register_kind(Kind(name="tests.sample"))
    assert get_kind("tests.sample").priority == "default"
    with pytest.raises(Exception, match="already registered"):
        register_kind(Kind(name="tests.sample", priority="crisis"))


def test_kind_refuses_an_unknown_priority():
    with pytest.raises(Exception, match="priority"):
        Kind(name="tests.bad", priority="urgent")
