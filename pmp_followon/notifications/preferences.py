"""What a person chose about messages, read as one value: channels, reminders on or off,
quiet hours in their service's time zone. Also the signed unsubscribe token.

Pure reads and arithmetic; writes are in services.py.
"""

from __future__ import annotations

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from .models import Channel, NotificationPreference

UNSUBSCRIBE_SALT = "pmp_followon.notifications.unsubscribe"


@dataclass(frozen=True)
class EffectivePreference:
    channels: tuple[str, ...]
    reminders_enabled: bool
    quiet_hours_start: datetime.time | None
    quiet_hours_end: datetime.time | None
    zone: zoneinfo.ZoneInfo


def stored_preference(user) -> NotificationPreference | None:
    """The person's row, or None. Uses the related object cached by select_related."""
    try:
        return user.notification_preference
    except NotificationPreference.DoesNotExist:
        return None


def default_quiet_hours() -> tuple[datetime.time | None, datetime.time | None]:
    """settings.NOTIFICATION_DEFAULT_QUIET_HOURS, e.g. "21:00-08:00"; empty for none."""
    value = (settings.NOTIFICATION_DEFAULT_QUIET_HOURS or "").strip()
    if not value:
        return None, None
    start, end = value.split("-", 1)
    return datetime.time.fromisoformat(start.strip()), datetime.time.fromisoformat(end.strip())


def zone_for(user) -> zoneinfo.ZoneInfo:
    service = getattr(user, "service", None)
    return zoneinfo.ZoneInfo(service.time_zone if service else settings.TIME_ZONE)


def usable_channels(user) -> tuple[str, ...]:
    """Channels this person can be reached on at all."""
    return (Channel.EMAIL, Channel.SMS) if user.mobile else (Channel.EMAIL,)


def effective_preference(user) -> EffectivePreference:
    stored = stored_preference(user)
    usable = usable_channels(user)
    if stored is None:
        wanted: tuple[str, ...] = (user.preferred_channel,)
        reminders_enabled = True
        start, end = default_quiet_hours()
    else:
        wanted = tuple(
            c
            for c, on in ((Channel.EMAIL, stored.email_enabled), (Channel.SMS, stored.sms_enabled))
            if on
        )
        reminders_enabled = stored.reminders_enabled
        start, end = stored.quiet_hours_start, stored.quiet_hours_end
    channels = tuple(c for c in wanted if c in usable) or (Channel.EMAIL,)
    return EffectivePreference(
        channels=tuple(str(c) for c in channels),
        reminders_enabled=reminders_enabled,
        quiet_hours_start=start,
        quiet_hours_end=end,
        zone=zone_for(user),
    )


def channels_for(user, *, requested: list[str] | None) -> list[str]:
    """The channels to create rows for: the caller's list when given (less any the person
    cannot be reached on), else the person's choice; never empty."""
    if requested is None:
        return list(effective_preference(user).channels)
    unknown = set(requested) - set(Channel.values)
    if unknown:
        raise ValueError(f"Unknown channel(s): {sorted(unknown)}")
    usable = usable_channels(user)
    ordered = [c for c in Channel.values if c in requested and c in usable]
    return ordered or [Channel.EMAIL.value]


def quiet_hours_end(
    *,
    moment: datetime.datetime,
    start: datetime.time | None,
    end: datetime.time | None,
    zone: zoneinfo.ZoneInfo,
) -> datetime.datetime | None:
    """When `moment` falls in the quiet hours (local wall-clock times in `zone`), the moment
    they end, in UTC; otherwise None. Quiet hours may cross midnight (21:00-08:00)."""
    if start is None or end is None or start == end:
        return None
    local = moment.astimezone(zone)
    wall = local.time().replace(tzinfo=None)
    if start < end:
        inside = start <= wall < end
        end_date = local.date()
    else:
        inside = wall >= start or wall < end
        end_date = local.date() + datetime.timedelta(days=1) if wall >= start else local.date()
    if not inside:
        return None
    # combine() with the zone gives the wall-clock end on that date whatever the offset
    # is that day, so 08:00 stays 08:00 across a clock change.
    return datetime.datetime.combine(end_date, end, tzinfo=zone).astimezone(datetime.UTC)


def after_quiet_hours(user, moment: datetime.datetime) -> datetime.datetime:
    """`moment`, or the end of this person's quiet hours when it falls inside them."""
    pref = effective_preference(user)
    moved = quiet_hours_end(
        moment=moment, start=pref.quiet_hours_start, end=pref.quiet_hours_end, zone=pref.zone
    )
    return moved or moment


def unsubscribe_token(user) -> str:
    return unsubscribe_token_for(user.pk)


def unsubscribe_token_for(user_id: int) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object({"u": user_id})


def user_id_from_unsubscribe_token(token: str) -> int | None:
    try:
        data = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    user_id = data.get("u") if isinstance(data, dict) else None
    return user_id if isinstance(user_id, int) else None
