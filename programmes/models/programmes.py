"""Programmes: the service's settings, a programme, its sessions and facilitators.

Times are stored in UTC. A session's local wall-clock time is computed from its date and the
programme's start time in the service's zone (see schedule.local_to_utc), so a clock change
between two sessions keeps both at, say, 10:00 local.
"""

from __future__ import annotations

import datetime
import zoneinfo
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import schedule
from .choices import StepKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..selectors.access import ProgrammeAccess
    from .handover import HandoverStep

MIN_SESSIONS = 8
MAX_SESSIONS = 12
DEFAULT_SESSIONS = 10
DEFAULT_SESSION_MINUTES = 180


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class BankHolidayDivision(models.TextChoices):
    ENGLAND_AND_WALES = schedule.ENGLAND_AND_WALES, _("England and Wales")
    SCOTLAND = schedule.SCOTLAND, _("Scotland")
    NORTHERN_IRELAND = schedule.NORTHERN_IRELAND, _("Northern Ireland")


class ProgrammeSettings(models.Model):
    """Per-service rules for programmes. Made on demand by services.programme_settings_for."""

    service = models.OneToOneField(
        "accounts.Service", on_delete=models.CASCADE, related_name="programme_settings"
    )
    introduce_sessions_before_end = models.PositiveSmallIntegerField(
        _("introduce: sessions before the last"),
        default=2,
        help_text=_("2 means the introduce step is on session N-2."),
    )
    agree_sessions_before_end = models.PositiveSmallIntegerField(
        _("agree: sessions before the last"), default=1
    )
    confirm_sessions_before_end = models.PositiveSmallIntegerField(
        _("confirm: sessions before the last"), default=0
    )
    first_meeting_min_weeks = models.PositiveSmallIntegerField(
        _("first meeting: earliest, in weeks after the last session"), default=4
    )
    first_meeting_max_weeks = models.PositiveSmallIntegerField(
        _("first meeting: latest, in weeks after the last session"), default=6
    )
    reminder_working_days = models.PositiveSmallIntegerField(
        _("facilitator reminders: working days before each step"), default=2
    )
    reminder_time = models.TimeField(
        _("facilitator reminders: time of day"), default=datetime.time(9, 0)
    )
    bank_holiday_division = models.CharField(
        _("bank holidays of"),
        max_length=32,
        choices=BankHolidayDivision.choices,
        default=BankHolidayDivision.ENGLAND_AND_WALES,
    )
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("programme settings")
        verbose_name_plural = _("programme settings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    introduce_sessions_before_end__gt=models.F("agree_sessions_before_end"),
                    agree_sessions_before_end__gt=models.F("confirm_sessions_before_end"),
                    introduce_sessions_before_end__lte=MIN_SESSIONS - 1,
                ),
                name="programme_settings_steps_in_order",
                violation_error_message=_(
                    "The steps must come in order: introduce, then agree, then confirm, all "
                    "within the last 8 sessions."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(
                    first_meeting_min_weeks__gte=1,
                    first_meeting_max_weeks__gte=models.F("first_meeting_min_weeks"),
                    first_meeting_max_weeks__lte=26,
                ),
                name="programme_settings_first_meeting_window",
                violation_error_message=_(
                    "The latest week for the first meeting must be on or after the earliest."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(reminder_working_days__lte=10),
                name="programme_settings_reminder_lead",
                violation_error_message=_("Send reminders at most 10 working days ahead."),
            ),
        ]

    def __str__(self) -> str:
        return f"Programme settings for {self.service_id}"

    def offset_for(self, kind: str) -> int:
        return {
            StepKind.INTRODUCE: self.introduce_sessions_before_end,
            StepKind.AGREE: self.agree_sessions_before_end,
            StepKind.CONFIRM: self.confirm_sessions_before_end,
        }[kind]


class ProgrammeStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")
    CANCELLED = "cancelled", _("Cancelled")


class Programme(models.Model):
    """A PMP cohort: 8 to 12 weekly face-to-face sessions, usually 3 hours each."""

    # Set on a page's rows by the selectors (never stored; absent until set):
    access: ProgrammeAccess  # what the viewer may do (selectors.get_programme_for_user)
    is_mine: bool  # the viewer facilitates it (the list)
    first_session: ProgrammeSession | None  # the list
    last_session: ProgrammeSession | None  # the list

    service = models.ForeignKey(
        "accounts.Service", on_delete=models.PROTECT, related_name="programmes"
    )
    name = models.CharField(
        _("name or code"),
        max_length=120,
        help_text=_("How your team refers to it, for example “Tuesday PMP, spring 2027”."),
    )
    venue = models.CharField(_("venue"), max_length=200)
    weekday = models.PositiveSmallIntegerField(_("day of the week"), choices=Weekday.choices)
    start_time = models.TimeField(_("start time"))
    session_minutes = models.PositiveSmallIntegerField(
        _("session length in minutes"), default=DEFAULT_SESSION_MINUTES
    )
    first_session_date = models.DateField(_("date of the first session"))
    session_count = models.PositiveSmallIntegerField(
        _("number of sessions"), default=DEFAULT_SESSIONS
    )
    status = models.CharField(
        _("status"), max_length=16, choices=ProgrammeStatus.choices, default=ProgrammeStatus.PLANNED
    )
    cancelled_reason = models.TextField(_("why it was cancelled"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="programmes_created",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["first_session_date", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    session_count__gte=MIN_SESSIONS, session_count__lte=MAX_SESSIONS
                ),
                name="programme_session_count_range",
                violation_error_message=_("A programme has between 8 and 12 sessions."),
            ),
            models.CheckConstraint(
                condition=models.Q(weekday__lte=6), name="programme_weekday_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(session_minutes__gte=30, session_minutes__lte=480),
                name="programme_session_minutes_range",
                violation_error_message=_("A session lasts between 30 minutes and 8 hours."),
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ProgrammeStatus.values), name="programme_status_valid"
            ),
            models.UniqueConstraint(
                "service",
                Lower("name"),
                name="programme_name_unique_in_service",
                violation_error_message=_(
                    "Your service already has a programme with this name. Add a date or a "
                    "code to tell them apart."
                ),
            ),
        ]
        indexes = [models.Index(fields=["service", "status"])]

    def __str__(self) -> str:
        return self.name

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.service.zone

    @property
    def is_cancelled(self) -> bool:
        return self.status == ProgrammeStatus.CANCELLED

    @property
    def session_length(self) -> datetime.timedelta:
        return datetime.timedelta(minutes=self.session_minutes)

    @property
    def session_length_label(self) -> str:
        """'3 hours', '2 and a half hours', '1 hour', '45 minutes'."""
        hours, minutes = divmod(self.session_minutes, 60)
        if hours and minutes == 0:
            return str(_("1 hour")) if hours == 1 else str(_("%(n)s hours") % {"n": hours})
        if hours and minutes == 30:
            return str(_("%(n)s and a half hours") % {"n": hours})
        return str(_("%(n)s minutes") % {"n": self.session_minutes})


class ProgrammeSession(models.Model):
    """One of the weekly sessions, numbered 1..N. Moving or cancelling keeps the number:
    the row moves to its new date, so attendance and handover steps stay attached."""

    # Set on a page's rows by the selectors (never stored; absent until set):
    steps: Sequence[HandoverStep]  # its handover steps in order (the programme page)

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="sessions")
    number = models.PositiveSmallIntegerField(_("session number"))
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue = models.CharField(
        _("venue for this session"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the programme's usual venue."),
    )
    change_note = models.CharField(_("why it moved"), max_length=200, blank=True)

    class Meta:
        ordering = ["programme", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"], name="programme_session_number_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="programme_session_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="programme_session_number_positive"
            ),
        ]
        indexes = [models.Index(fields=["starts_at"])]

    def __str__(self) -> str:
        return f"{self.programme} session {self.number}"

    def local_date(self, zone: zoneinfo.ZoneInfo) -> datetime.date:
        return schedule.local_date(self.starts_at, zone)

    def venue_or_default(self) -> str:
        return self.venue or self.programme.venue

    def has_started(self, now: datetime.datetime) -> bool:
        return self.starts_at <= now

    def has_ended(self, now: datetime.datetime) -> bool:
        return self.ends_at <= now


class SessionCancellation(models.Model):
    """A week when a session was called off; that session and the later ones moved on."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="session_cancellations"
    )
    session = models.ForeignKey(
        ProgrammeSession, on_delete=models.CASCADE, related_name="cancellations"
    )
    was_starts_at = models.DateTimeField(_("was due at"))
    reason = models.CharField(_("reason"), max_length=200)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancelled_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["was_starts_at"]

    def __str__(self) -> str:
        return f"{self.programme}: cancelled {self.was_starts_at:%Y-%m-%d}"


class Discipline(models.TextChoices):
    CLINICAL_PSYCHOLOGIST = "clinical_psychologist", _("Clinical psychologist")
    HEALTH_PSYCHOLOGIST = "health_psychologist", _("Health psychologist")
    PHYSIOTHERAPIST = "physiotherapist", _("Physiotherapist")
    OCCUPATIONAL_THERAPIST = "occupational_therapist", _("Occupational therapist")
    ASSISTANT_PSYCHOLOGIST = "assistant_psychologist", _("Assistant psychologist")
    PTV = "ptv", _("Patient tutor volunteer")


CLINICAL_DISCIPLINES = frozenset(Discipline.values) - {Discipline.PTV}


class Facilitator(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="facilitators")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="programme_facilitations"
    )
    discipline = models.CharField(_("discipline"), max_length=32, choices=Discipline.choices)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["programme", "added_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "user"], name="facilitator_unique"),
            models.CheckConstraint(
                condition=models.Q(discipline__in=Discipline.values),
                name="facilitator_discipline_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_discipline_display()}) on {self.programme}"

    @property
    def is_ptv(self) -> bool:
        return self.discipline == Discipline.PTV
