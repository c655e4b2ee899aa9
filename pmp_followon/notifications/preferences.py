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

# Untimed tokens (before links expired) used this salt; they are recognised only to show
# the expired page. Timed tokens use their own salt so the two can never be confused.
UNSUBSCRIBE_SALT = "pmp_followon.notifications.unsubscribe"
UNSUBSCRIBE_TIMESTAMPED_SALT = "pmp_followon.notifications.unsubscribe.timed"
UNSUBSCRIBE_LINK_DEFAULT_AGE = datetime.timedelta(days=60)


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


def unsubscribe_link_max_age() -> datetime.timedelta:
    """How long an unsubscribe link works: settings.NOTIFICATION_UNSUBSCRIBE_LINK_DAYS (a
    number of days or a timedelta), read on every call; 60 days when unset or not usable."""
    value = getattr(settings, "NOTIFICATION_UNSUBSCRIBE_LINK_DAYS", None)
    if isinstance(value, datetime.timedelta):
        age = value
    else:
        try:
            age = datetime.timedelta(days=float(value))
        except (TypeError, ValueError):
            age = UNSUBSCRIBE_LINK_DEFAULT_AGE
    return age if age > datetime.timedelta(0) else UNSUBSCRIBE_LINK_DEFAULT_AGE


class _TimestampSignerAt(signing.TimestampSigner):
    """A TimestampSigner that stamps a given moment rather than the current time."""

    def __init__(self, *, at: datetime.datetime, salt: str) -> None:
        super().__init__(salt=salt)
        self._at = at

    def timestamp(self) -> str:
        return signing.b62_encode(int(self._at.timestamp()))


def unsubscribe_token(user, *, now: datetime.datetime | None = None) -> str:
    return unsubscribe_token_for(user.pk, now=now)


def unsubscribe_token_for(user_id: int, *, now: datetime.datetime | None = None) -> str:
    """A signed, timestamped token naming only the user id (no name, no email)."""
    signer: signing.TimestampSigner = (
        signing.TimestampSigner(salt=UNSUBSCRIBE_TIMESTAMPED_SALT)
        if now is None
        else _TimestampSignerAt(at=now, salt=UNSUBSCRIBE_TIMESTAMPED_SALT)
    )
    return signer.sign_object({"u": user_id})


@dataclass(frozen=True)
class UnsubscribeToken:
    """What a link's token says: `status` is "ok" (user_id set), "expired" (genuine but
    older than the limit, or from before links expired) or "invalid" (tampered, mangled)."""

    status: str
    user_id: int | None = None


def read_unsubscribe_token(token: str) -> UnsubscribeToken:
    """Checks the signature first, then the age; never raises."""
    max_age = unsubscribe_link_max_age().total_seconds()
    try:
        data = signing.TimestampSigner(salt=UNSUBSCRIBE_TIMESTAMPED_SALT).unsign_object(
            token, max_age=max_age
        )
    except signing.SignatureExpired:
        return UnsubscribeToken(status="expired")
    except (signing.BadSignature, ValueError, TypeError, UnicodeError):
        return (
            UnsubscribeToken(status="expired")
            if _is_untimed_token(token)
            else UnsubscribeToken(status="invalid")
        )
    user_id = data.get("u") if isinstance(data, dict) else None
    if isinstance(user_id, int) and not isinstance(user_id, bool):
        return UnsubscribeToken(status="ok", user_id=user_id)
    return UnsubscribeToken(status="invalid")


def _is_untimed_token(token: str) -> bool:
    """A genuine link from before links carried a time: we cannot tell its age, so it is
    treated as expired (the person gets the expired page, never the reminder change)."""
    try:
        signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
    except (signing.BadSignature, ValueError, TypeError, UnicodeError):
        return False
    return True


def user_id_from_unsubscribe_token(token: str) -> int | None:
    """The user id of a valid, unexpired token; None otherwise."""
    return read_unsubscribe_token(token).user_id
