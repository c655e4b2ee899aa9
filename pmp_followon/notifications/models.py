"""The outbox: one row per message per recipient, and what people chose about messages.

The rows are the source of truth (architecture.md rule 3): a message exists once its row
commits, whatever happens to the broker or the workers afterwards. Workflows live in
services.py; these classes hold fields, constraints and one-row facts only.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Heartbeat(models.Model):
    """One row per periodic worker: proof that Celery is still consuming."""

    name = models.CharField(max_length=50, unique=True)
    beat_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.name} at {self.beat_at:%Y-%m-%d %H:%M:%S}"


class Channel(models.TextChoices):
    EMAIL = "email", _("Email")
    SMS = "sms", _("Text message")


class Priority(models.TextChoices):
    CRISIS = "crisis", _("Crisis")
    DEFAULT = "default", _("Default")


class Status(models.TextChoices):
    QUEUED = "queued", _("Waiting to send")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    RETRYING = "retrying", _("Will try again")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


# Rows a worker may claim (when due). Everything else is either in hand or finished.
CLAIMABLE_STATUSES = (Status.QUEUED, Status.RETRYING)
UNSENT_STATUSES = (Status.QUEUED, Status.RETRYING)
# A row stuck in sending whose email was handed over to the mail server counts as sent (a mail
# server cannot be asked whether it has it), except a crisis page, which is sent again so it
# is never lost (decision 0021). The sweeper filters with this; Notification's
# handed_over_counts_as_sent() says the same of one row.
HANDED_OVER_COUNTS_AS_SENT = models.Q(handed_over_at__isnull=False) & ~models.Q(
    priority=Priority.CRISIS
)


class Notification(models.Model):
    """One message to one person on one channel.

    The life of a row: queued → sending (claimed, with a lease) → sent | retrying | failed;
    queued or retrying → cancelled. Only the conditional UPDATE in services claims a row, so
    two copies of a delivery task can never both send it.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    kind = models.CharField(max_length=100)
    # The template folder under templates/notifications/; the kind's name unless changed.
    template = models.CharField(max_length=100)
    # Ids and short strings only: never the text of a post (safeguarding.md rule 11).
    context = models.JSONField(default=dict, blank=True)
    priority = models.CharField(max_length=10, choices=Priority.choices, default=Priority.DEFAULT)
    topic = models.CharField(max_length=100, blank=True)
    idempotency_key = models.CharField(max_length=255, unique=True)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    due_at = models.DateTimeField()
    attempts = models.PositiveIntegerField(default=0)
    attempt_limit = models.PositiveIntegerField(default=8)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    # Which claim holds the row: results are recorded only by the holder of the lease.
    lease_token = models.UUIDField(null=True, blank=True)
    # When a message for this row is expected to reach a worker (publish time + countdown).
    # The sweeper re-publishes crisis rows whose message should have arrived by now.
    enqueued_at = models.DateTimeField(null=True, blank=True)
    # The last attempt may have reached the provider (a timeout, a crash mid-send): look the
    # message up by reference before sending again.
    outcome_unknown = models.BooleanField(default=False)
    # Set in the instant before an email's final "." goes to the SMTP server: from here on
    # the server may have it, and SMTP cannot be asked, so a row left in `sending` with
    # this set is counted as sent, never sent again (channels.py).
    handed_over_at = models.DateTimeField(null=True, blank=True)

    provider_ref = models.CharField(max_length=255, blank=True)
    last_error = models.TextField(blank=True)
    # What went wrong, in plain English, for the staff page.
    problem = models.CharField(max_length=300, blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_reason = models.CharField(max_length=200, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,
    )
    retried_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,
    )
    retried_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=Status.values), name="notification_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(channel__in=Channel.values), name="notification_channel_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(priority__in=Priority.values),
                name="notification_priority_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="sending") | models.Q(lease_expires_at__isnull=False),
                name="notification_sending_has_lease",
            ),
        ]
        # Every status change rewrites the row and adds an entry to each index whose
        # condition the new row meets, so the indexes are partial where they can be:
        # a row on its way to `sent` touches only the primary key, the idempotency key
        # and the recipient.
        indexes = [
            # The claim and the sweeper: due rows that may be claimed, oldest first.
            models.Index(
                fields=["priority", "due_at"],
                condition=models.Q(status__in=["queued", "retrying"]),
                name="notification_claimable_idx",
            ),
            # The sweeper's second job: rows whose worker died mid-send.
            models.Index(
                fields=["lease_expires_at"],
                condition=models.Q(status="sending"),
                name="notification_sending_idx",
            ),
            # Cancelling a meeting's reminders.
            models.Index(
                fields=["topic"],
                condition=models.Q(status__in=["queued", "retrying"]),
                name="notification_unsent_topic_idx",
            ),
            # The delivery problems page.
            models.Index(
                fields=["failed_at"],
                condition=models.Q(status="failed"),
                name="notification_failed_idx",
            ),
            # The problems page's "retried several times" arm: without it that arm reads
            # every waiting reminder through the claimable index (issue 17).
            models.Index(
                fields=["attempts"],
                condition=models.Q(status="retrying"),
                name="notification_retrying_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} to {self.recipient_id} by {self.channel} ({self.status})"

    @property
    def base_key(self) -> str:
        """The caller's idempotency key, without the channel suffix."""
        return self.idempotency_key.rsplit(":", 1)[0]

    def lease_expired(self, now: datetime.datetime) -> bool:
        return (
            self.status == Status.SENDING
            and self.lease_expires_at is not None
            and self.lease_expires_at <= now
        )

    def handed_over_counts_as_sent(self) -> bool:
        """HANDED_OVER_COUNTS_AS_SENT, for this row."""
        return self.handed_over_at is not None and self.priority != Priority.CRISIS


class NotificationPreference(models.Model):
    """What a person chose. No row means the defaults: their preferred channel, reminders
    on, and the quiet hours in settings.NOTIFICATION_DEFAULT_QUIET_HOURS."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    email_enabled = models.BooleanField(_("email"), default=True)
    sms_enabled = models.BooleanField(_("text message"), default=False)
    reminders_enabled = models.BooleanField(
        _("reminders"),
        default=True,
        help_text=_("Reminders about meetings and groups. Messages from staff still reach you."),
    )
    quiet_hours_start = models.TimeField(_("quiet from"), null=True, blank=True)
    quiet_hours_end = models.TimeField(_("quiet until"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(quiet_hours_start__isnull=True, quiet_hours_end__isnull=True)
                    | models.Q(quiet_hours_start__isnull=False, quiet_hours_end__isnull=False)
                ),
                name="notification_preference_quiet_hours_both_or_neither",
            )
        ]

    def __str__(self) -> str:
        return f"Message preferences of {self.user_id}"


class SMSMessage(models.Model):
    """Text messages 'sent' by the development backend (DatabaseSMSBackend).

    Every hand-off is a new row: no unique constraint, so a duplicate send shows up as two
    rows instead of being hidden.
    """

    to = models.CharField(max_length=32)
    body = models.TextField()
    reference = models.CharField(max_length=255, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "text message (development)"
        verbose_name_plural = "text messages (development)"
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"SMS to {self.to} ({self.reference})"
