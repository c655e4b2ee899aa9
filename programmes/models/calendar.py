"""The secret calendar (iCalendar) addresses: one a person for each kind of feed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CalendarFeedKind(models.TextChoices):
    """Which feed an address gives. Programmes: the sessions and handover steps a clinician
    facilitates. Groups: a person's group meetings and the gatherings they are going to."""

    PROGRAMMES = "programmes", _("Programme sessions")
    GROUPS = "groups", _("Group meetings")


class CalendarFeed(models.Model):
    """The secret token in a person's calendar (iCalendar) address. Resetting it makes a new one.

    A person has at most one feed of each kind (the constraint, which also makes creating one
    safe when two requests race: see `services.calendar_feed_for`). The feeds hold programme
    or group names, venues and times, never participants' or other members' details.
    The groups app reads and writes its feeds here: programmes is the lower app.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    kind = models.CharField(max_length=16, choices=CalendarFeedKind.choices)
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="calendar_feed_one_per_kind"),
            models.CheckConstraint(
                condition=models.Q(kind__in=CalendarFeedKind.values),
                name="calendar_feed_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} calendar feed for {self.user_id}"
