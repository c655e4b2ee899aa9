"""The registry of notification kinds.

Each app registers its kinds from its AppConfig.ready(); the templates of kind "a.b" live in
templates/notifications/a.b/ (subject.txt, email.txt, sms.txt). A system check (checks.py)
fails start-up when a registered kind has no templates.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

PRIORITIES = ("crisis", "default")


@dataclass(frozen=True)
class Kind:
    name: str  # e.g. "programmes.handover_reminder"
    priority: str = "default"  # "crisis" or "default"
    staff_alert: bool = False  # content-free, ignores quiet hours and opt-outs
    respects_quiet_hours: bool = True
    unsubscribable: bool = True  # reminder emails get an unsubscribe link

    def __post_init__(self) -> None:
        if self.priority not in PRIORITIES:
            raise ImproperlyConfigured(
                f"Notification kind {self.name!r}: priority must be one of {PRIORITIES}."
            )
        if not self.name or "/" in self.name or ":" in self.name or len(self.name) > 100:
            raise ImproperlyConfigured(
                f"Notification kind name {self.name!r} must be 1-100 characters without / or :."
            )

    @property
    def is_reminder(self) -> bool:
        """Reminders honour quiet hours, 'reminders off' and unsubscribe links."""
        return not self.staff_alert

    @property
    def honours_quiet_hours(self) -> bool:
        return self.respects_quiet_hours and not self.staff_alert

    @property
    def has_unsubscribe_link(self) -> bool:
        return self.unsubscribable and not self.staff_alert


class UnknownKind(LookupError):
    pass


_registry: dict[str, Kind] = {}


def register_kind(kind: Kind) -> None:
    """Register a kind. Registering the same kind again is harmless (ready() can run twice
    in tests); a different kind under a name already taken is a programming error."""
    existing = _registry.get(kind.name)
    if existing is not None and existing != kind:
        raise ImproperlyConfigured(
            f"Notification kind {kind.name!r} is already registered with other settings."
        )
    _registry[kind.name] = kind


def get_kind(name: str) -> Kind:
    try:
        return _registry[name]
    except KeyError:
        raise UnknownKind(f"No notification kind named {name!r} is registered.") from None


def registered_kinds() -> list[Kind]:
    return sorted(_registry.values(), key=lambda k: k.name)


# Kinds that belong to notifications itself.
# "Send me a test message" on the delivery problems page: goes at once, day or night.
TEST_MESSAGE = Kind(
    name="notifications.test_message", respects_quiet_hours=False, unsubscribable=False
)
# A plain reminder any app may use: context `title`, `when` (already formatted in the
# person's time) and optionally `path` (a link within the site).
REMINDER = Kind(name="notifications.reminder")
# A content-free alert other apps (safeguarding) may send to staff: it names nothing.
STAFF_PRIORITY_ALERT = Kind(
    name="notifications.staff_priority_alert",
    priority="crisis",
    staff_alert=True,
    respects_quiet_hours=False,
    unsubscribable=False,
)
