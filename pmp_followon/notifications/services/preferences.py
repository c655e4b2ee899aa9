"""What people chose about messages: channels, reminders on or off, quiet hours, and the
unsubscribe link in reminder emails."""

from __future__ import annotations

import datetime
import logging

from django.core.exceptions import ValidationError
from django.db import transaction

from pmp_followon.clock import now_or_current

from .. import preferences
from ..models import NotificationPreference

logger = logging.getLogger(__name__)


@transaction.atomic
def notification_preference_update(
    *,
    user,
    email_enabled: bool,
    sms_enabled: bool,
    reminders_enabled: bool,
    quiet_hours_start: datetime.time | None,
    quiet_hours_end: datetime.time | None,
    now: datetime.datetime | None = None,
) -> NotificationPreference:
    now = now_or_current(now)
    if sms_enabled and not user.mobile:
        raise ValidationError({"sms_enabled": "Add a mobile number to get text messages."})
    if not (email_enabled or sms_enabled):
        raise ValidationError("Choose at least one way for us to contact you.")
    if (quiet_hours_start is None) != (quiet_hours_end is None):
        raise ValidationError("Give both a start and an end for quiet hours, or neither.")
    pref, _created = NotificationPreference.objects.select_for_update().get_or_create(user=user)
    pref.email_enabled = email_enabled
    pref.sms_enabled = sms_enabled
    if reminders_enabled:
        pref.unsubscribed_at = None
    pref.reminders_enabled = reminders_enabled
    pref.quiet_hours_start = quiet_hours_start
    pref.quiet_hours_end = quiet_hours_end
    pref.updated_at = now
    pref.full_clean()
    pref.save()
    logger.info("message preferences changed for user %s", user.pk)
    return pref


@transaction.atomic
def notification_unsubscribe(
    *, user, now: datetime.datetime | None = None
) -> NotificationPreference:
    """Reminders off, from the link in a reminder email. Staff alerts are not affected.
    Idempotent: when reminders are already off (a second click, a mail app's one-click
    POST after our button), nothing is written."""
    now = now_or_current(now)
    pref = NotificationPreference.objects.select_for_update().filter(user=user).first()
    if pref is not None and not pref.reminders_enabled:
        return pref
    if pref is None:
        current = preferences.effective_preference(user)
        start, end = current.quiet_hours_start, current.quiet_hours_end
        pref = NotificationPreference(
            user=user,
            email_enabled="email" in current.channels,
            sms_enabled="sms" in current.channels,
            quiet_hours_start=start,
            quiet_hours_end=end,
        )
    pref.reminders_enabled = False
    pref.unsubscribed_at = now
    pref.updated_at = now
    pref.full_clean()
    pref.save()
    logger.info("user %s turned reminders off from an email link", user.pk)
    return pref
