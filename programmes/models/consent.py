"""Sharing contact details with the group, and checking a contact detail with a code."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.phonenumber import to_python

from .enrolments import Enrolment


class ShareKind(models.TextChoices):
    EMAIL = "email", _("Email")
    MOBILE_CALLS = "mobile_calls", _("Phone calls to my mobile")
    SMS = "sms", _("Text messages")
    WHATSAPP = "whatsapp", _("WhatsApp")


class CheckChannel(models.TextChoices):
    EMAIL = "email", _("Email")
    SMS = "sms", _("Text message")


def mobile_e164(user) -> str:
    """A person's mobile number as +44..., or "" (the field may still hold what was typed)."""
    if not user.mobile:
        return ""
    number = to_python(user.mobile, region="GB")
    try:
        return number.as_e164
    except Exception:  # noqa: BLE001 - anything unparseable is kept as it was typed
        return str(user.mobile)


def check_channel_for(kind: str) -> str:
    """Sharing an email is checked by email; every mobile use is checked by a text message."""
    return CheckChannel.EMAIL if kind == ShareKind.EMAIL else CheckChannel.SMS


class ContactConsent(models.Model):
    """Consent to share one contact detail with the cohort. Withdrawing keeps the row."""

    # Set on a page's rows by the selectors (never stored; absent until set):
    verified: bool  # the detail has passed a code check (selectors.mark_verified)

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="contact_consents"
    )
    kind = models.CharField(max_length=16, choices=ShareKind.choices)
    # What was shared, as it was when consent was given: an email address or an E.164 number.
    value = models.CharField(max_length=254)
    given_at = models.DateTimeField(default=timezone.now)
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["enrolment", "kind", "given_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "kind"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="contact_consent_one_current",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=ShareKind.values), name="contact_consent_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment}: share {self.kind}"

    @property
    def is_current(self) -> bool:
        return self.withdrawn_at is None

    @property
    def check_channel(self) -> str:
        return check_channel_for(self.kind)


class ContactCheck(models.Model):
    """A 6-digit code sent to an email address or mobile number to prove it works.

    Only a keyed hash of the code is stored. A check is for one value: when the person's
    number changes, the new number needs its own check.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contact_checks"
    )
    channel = models.CharField(max_length=8, choices=CheckChannel.choices)
    value = models.CharField(max_length=254)
    code_hash = models.CharField(max_length=64)
    sent_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    verified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["user", "channel", "value"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(channel__in=CheckChannel.values),
                name="contact_check_channel_valid",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.channel} check"

    def is_usable(self, now: datetime.datetime, max_attempts: int) -> bool:
        return self.verified_at is None and self.expires_at > now and self.attempts < max_attempts
