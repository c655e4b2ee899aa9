"""Retention: exactly what is past its period goes; twice gives the same; open alerts and
data under a legal hold are untouched; the counts are in the audit."""

from __future__ import annotations

import datetime

import pytest

from groups import services as groups
from groups.models import Post
from pmp_followon.notifications.models import Notification, Status
from pmp_followon.notifications.services import notification_create
from privacy import services
from privacy.models import PrivacyAction, PrivacyEvent
from privacy.tasks import retention_apply as retention_task
from programmes.models import ContactCheck, ContactConsent, ParticipantChoice
from reports.models import ParticipantProfile
from safeguarding import services as safeguarding
from safeguarding.models import Alert, AlertState

from .conftest import HIGH_TEXT, MY_REASON, T0

pytestmark = pytest.mark.django_db

AFTER_3_YEARS = T0 + datetime.timedelta(days=3 * 365 + 2)
AFTER_8_YEARS = T0 + datetime.timedelta(days=8 * 365 + 2)


@pytest.fixture
def aged(world, clinical_lead, duty_clinician):
    """The world, plus: a closed alert about `me`, an open alert on another member's post,
    a coordinator under a legal hold with a post and a message, recent things, checks."""
    from groups.notice import SCREENING_NOTICE_VERSION as v

    safeguarding.alert_dismiss(
        actor=duty_clinician,
        alert=world.alert,
        reason="Spoke to her, all fine",
        now=T0 + datetime.timedelta(hours=1),
    )
    open_post = groups.post_create(
        actor=world.other, group=world.group, body=HIGH_TEXT, now=T0 + datetime.timedelta(hours=2)
    ).post
    open_alert = Alert.objects.get(post=open_post)
    held_post = groups.post_create(
        actor=world.coordinator,
        group=world.group,
        body="HELD-POST-marker",
        agree_notice_version=v,
        now=T0,
    ).post
    services.legal_hold_set(actor=clinical_lead, person=world.coordinator, reason="Claim", now=T0)

    def message(person, key, when, status=Status.SENT):
        rows = notification_create(
            recipient=person,
            kind="notifications.test_message",
            context={},
            idempotency_key=key,
            channels=["email"],
            now=when,
        )
        Notification.objects.filter(pk__in=[r.pk for r in rows]).update(status=status)
        return rows[0]

    return {
        "world": world,
        "open_post": open_post,
        "open_alert": open_alert,
        "held_post": held_post,
        "old_message": message(world.me, "old", T0),
        "old_unsent": message(world.me, "unsent", T0, Status.QUEUED),
        "held_message": message(world.coordinator, "held", T0),
        "old_check": ContactCheck.objects.create(
            user=world.me,
            channel="email",
            value="x@example.org",
            code_hash="h",
            sent_at=T0,
            expires_at=T0 + datetime.timedelta(minutes=10),
        ),
    }


def _recent(aged, now):
    world = aged["world"]
    post = groups.post_create(
        actor=world.me,
        group=world.group,
        body="RECENT-POST-marker",
        now=now - datetime.timedelta(days=10),
    ).post
    message = notification_create(
        recipient=world.me,
        kind="notifications.test_message",
        context={},
        idempotency_key="recent",
        channels=["email"],
        now=now - datetime.timedelta(days=10),
    )[0]
    Notification.objects.filter(pk=message.pk).update(status=Status.SENT)
    check = ContactCheck.objects.create(
        user=world.me,
        channel="email",
        value="y@example.org",
        code_hash="h",
        sent_at=now - datetime.timedelta(days=1),
        expires_at=now,
    )
    return post, message, check


def test_after_three_years_posts_messages_and_checks_go(aged):
    world, now = aged["world"], AFTER_3_YEARS
    recent_post, recent_message, recent_check = _recent(aged, now)
    old_threads = [world.my_post.pk, world.reply_to_me.pk, world.other_post.pk]

    counts = services.retention_apply(now=now, batch_size=2)

    assert not Post.objects.filter(pk__in=old_threads).exists()
    assert not Post.objects.filter(group=world.other_group).exists()
    assert counts["posts_deleted"] == 4
    # Untouched: the post of an open alert, the held person's post, the recent post.
    assert Post.objects.get(pk=aged["open_post"].pk).body == HIGH_TEXT
    assert Post.objects.get(pk=aged["held_post"].pk).body == "HELD-POST-marker"
    assert Post.objects.filter(pk=recent_post.pk).exists()
    assert not Notification.objects.filter(pk=aged["old_message"].pk).exists()
    assert Notification.objects.filter(pk=aged["old_unsent"].pk).exists()  # never sent
    assert Notification.objects.filter(pk=aged["held_message"].pk).exists()
    assert Notification.objects.filter(pk=recent_message.pk).exists()
    assert not ContactCheck.objects.filter(pk=aged["old_check"].pk).exists()
    assert ContactCheck.objects.filter(pk=recent_check.pk).exists()
    assert counts["contact_checks_deleted"] == 1
    # Not yet past their periods (8 and 5 years).
    assert counts["alerts_emptied"] == 0 and counts["consents_removed"] == 0
    assert counts["evaluation_profiles_removed"] == 0
    assert Alert.objects.get(pk=world.alert.pk).snapshot

    again = services.retention_apply(now=now)
    assert not any(again.values()), again
    events = PrivacyEvent.objects.filter(action=PrivacyAction.RETENTION_APPLIED)
    assert events.count() == 1  # the second run removed nothing
    assert events.get().detail["posts_deleted"] == 4


def test_after_eight_years_closed_alerts_programme_data_and_profiles_go(aged):
    world, now = aged["world"], AFTER_8_YEARS
    counts = services.retention_apply(now=now)

    closed = Alert.objects.get(pk=world.alert.pk)
    assert closed.state == AlertState.DISMISSED
    assert closed.dismiss_reason == services.RETAINED_ALERT_TEXT
    assert set(closed.snapshot) == {"retention_redacted_at"}
    opened = Alert.objects.get(pk=aged["open_alert"].pk)
    assert opened.is_active and opened.snapshot["body"] == HIGH_TEXT and opened.evidence
    assert counts["alerts_emptied"] == 1

    assert not ContactConsent.objects.filter(enrolment__participant=world.me).exists()
    choice = ParticipantChoice.objects.get(enrolment__participant=world.me)
    assert choice.reasons_other == "" and choice.continue_choice == "prefer_not"
    assert not ParticipantProfile.objects.filter(participant=world.me).exists()
    assert counts["choice_texts_cleared"] == 1 and counts["evaluation_profiles_removed"] == 1

    assert not any(services.retention_apply(now=now).values())


def test_held_persons_programme_data_is_kept(aged, clinical_lead):
    world = aged["world"]
    services.legal_hold_set(actor=clinical_lead, person=world.me, reason="Inquiry", now=T0)
    services.retention_apply(now=AFTER_8_YEARS)
    assert ContactConsent.objects.filter(enrolment__participant=world.me).exists()
    choice = ParticipantChoice.objects.get(enrolment__participant=world.me)
    assert choice.reasons_other == MY_REASON
    assert ParticipantProfile.objects.filter(participant=world.me).exists()
    assert Alert.objects.get(pk=world.alert.pk).snapshot.get("retention_redacted_at") is None
    assert Post.objects.filter(pk=world.my_post.pk).exists()


def test_the_beat_task_runs_the_service(aged):
    """The task function is called directly (tests/workers.py needs Redis; see docs)."""
    result = retention_task()
    assert isinstance(result, dict) and "posts_deleted" in result
