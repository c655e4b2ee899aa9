"""Venues and meetings, with the answers to "are you coming?" and who came."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.models import Service

from .choices import (
    Access,
    MeetingMode,
    MeetingStatus,
    Noise,
    RSVPAnswer,
    VenueKind,
)
from .groups import Group


class Venue(models.Model):
    """A place groups meet, shared across the service, with the accessibility details
    people with chronic pain ask about. No one's home: those go in a meeting's note."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="group_venues")
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(
        _("type of place"), max_length=16, choices=VenueKind.choices, default=VenueKind.CAFE
    )
    address = models.TextField(_("address"), max_length=300, blank=True)
    area = models.CharField(_("area"), max_length=120, blank=True)
    step_free = models.CharField(
        _("step-free access"), max_length=8, choices=Access.choices, default=Access.UNKNOWN
    )
    back_support_seating = models.CharField(
        _("chairs with back support"), max_length=8, choices=Access.choices, default=Access.UNKNOWN
    )
    accessible_toilet = models.CharField(
        _("accessible toilet"), max_length=8, choices=Access.choices, default=Access.UNKNOWN
    )
    parking_distance_m = models.PositiveIntegerField(
        _("walk from the nearest parking, in metres"),
        null=True,
        blank=True,
        help_text=_("Roughly. 100 metres is about a minute and a half at an easy pace."),
    )
    bus_stop_distance_m = models.PositiveIntegerField(
        _("walk from the nearest bus stop, in metres"), null=True, blank=True
    )
    noise = models.CharField(
        _("noise"), max_length=10, choices=Noise.choices, default=Noise.UNKNOWN
    )
    accessibility_notes = models.TextField(
        _("anything else people should know"),
        max_length=600,
        blank=True,
        help_text=_("For example: the quiet room is upstairs, there is a lift."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["service", "archived_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=VenueKind.values), name="venue_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Meeting(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("how long"), default=120)
    mode = models.CharField(
        _("face to face or online"),
        max_length=10,
        choices=MeetingMode.choices,
        default=MeetingMode.IN_PERSON,
    )
    venue = models.ForeignKey(
        Venue, null=True, blank=True, on_delete=models.PROTECT, related_name="meetings"
    )
    place_note = models.CharField(
        _("where, in your own words"),
        max_length=200,
        blank=True,
        help_text=_("For example: the back room, or at Sue's house (members only see this)."),
    )
    online_link = models.URLField(_("online meeting link"), max_length=500, blank=True)
    notes = models.TextField(_("notes"), max_length=1000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    # Bumped each time the meeting moves: part of every reminder's idempotency key and of
    # the "can't make it" link, so a moved meeting gets fresh reminders and old links lapse.
    slot = models.PositiveIntegerField(default=0)
    # Suggest the next meeting from the group's rhythm once this one is planned.
    repeats = models.BooleanField(
        _("suggest the next meeting from our usual rhythm"), default=False
    )
    follows = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_reason = models.CharField(_("reason"), max_length=200, blank=True)
    attendance_recorded_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["group", "status", "starts_at"]),
            models.Index(fields=["status", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=MeetingStatus.values), name="meeting_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(mode__in=MeetingMode.values), name="meeting_mode_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(duration_minutes__gte=15, duration_minutes__lte=12 * 60),
                name="meeting_duration_range",
                violation_error_message=_("A meeting lasts between 15 minutes and 12 hours."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.group} meeting {self.starts_at:%Y-%m-%d %H:%M}"

    def clean(self) -> None:
        if self.mode == MeetingMode.ONLINE and not self.online_link:
            raise ValidationError({"online_link": _("Add the link people use to join online.")})
        if self.mode == MeetingMode.IN_PERSON and self.venue_id is None and not self.place_note:
            raise ValidationError({"venue": _("Choose a venue, or say where in your own words.")})

    @property
    def ends_at(self) -> datetime.datetime:
        return self.starts_at + datetime.timedelta(minutes=self.duration_minutes)

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def is_proposed(self) -> bool:
        return self.status == MeetingStatus.PROPOSED

    @property
    def is_face_to_face(self) -> bool:
        return self.mode == MeetingMode.IN_PERSON

    def has_ended(self, now: datetime.datetime) -> bool:
        return self.ends_at <= now

    def has_started(self, now: datetime.datetime) -> bool:
        return self.starts_at <= now

    def place_label(self) -> str:
        if self.mode == MeetingMode.ONLINE:
            return str(_("Online"))
        if self.venue_id is not None:
            return self.venue.name
        return self.place_note


class RSVP(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="rsvps")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_rsvps"
    )
    answer = models.CharField(_("can you come?"), max_length=8, choices=RSVPAnswer.choices)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="rsvp_once_per_meeting"),
            models.CheckConstraint(
                condition=models.Q(answer__in=RSVPAnswer.values), name="rsvp_answer_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.answer} for meeting {self.meeting_id}"


class Attendance(models.Model):
    """Who came, recorded by a coordinator after the meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="group_attendance"
    )
    attended = models.BooleanField(_("came"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person"], name="group_attendance_once_per_meeting"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {'came' if self.attended else 'did not come'}"
