"""The three-week handover: its steps, checklist ticks and the agreed first meeting."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import StepKind, StepState
from .programmes import Programme, ProgrammeSession


class HandoverStep(models.Model):
    """One of the three handover steps, sitting on a session (N-2, N-1, N by default)."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="handover_steps"
    )
    kind = models.CharField(_("step"), max_length=16, choices=StepKind.choices)
    session = models.ForeignKey(
        ProgrammeSession, on_delete=models.PROTECT, related_name="handover_steps"
    )
    ptv = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("PTV for this step"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handover_steps_assigned",
    )
    notes = models.TextField(_("notes"), blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Bumped whenever the step's reminders are re-planned, so the new reminders get new
    # idempotency keys even when a session moves back to a date it had before.
    reminder_version = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["programme", "session__number"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "kind"], name="handover_step_unique"),
            models.CheckConstraint(
                condition=models.Q(kind__in=StepKind.values), name="handover_step_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.programme}: {self.get_kind_display()}"

    @property
    def is_done(self) -> bool:
        return self.completed_at is not None

    def state(self, now: datetime.datetime) -> str:
        """Due until its session has ended, then overdue until someone marks it done."""
        if self.completed_at is not None:
            return StepState.DONE
        if self.session.ends_at <= now:
            return StepState.OVERDUE
        return StepState.DUE


class ChecklistTick(models.Model):
    step = models.ForeignKey(HandoverStep, on_delete=models.CASCADE, related_name="ticks")
    item = models.CharField(max_length=40)
    ticked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    ticked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["step", "ticked_at"]
        constraints = [
            models.UniqueConstraint(fields=["step", "item"], name="checklist_tick_unique")
        ]

    def __str__(self) -> str:
        return f"{self.step}: {self.item}"


class FirstMeetingPlan(models.Model):
    """What the cohort agreed for the first follow-on meeting; read by the groups app."""

    programme = models.OneToOneField(
        Programme, on_delete=models.CASCADE, related_name="first_meeting_plan"
    )
    options_note = models.TextField(
        _("possible dates and venues"),
        blank=True,
        help_text=_("What the group suggested at the agree step."),
    )
    starts_at = models.DateTimeField(_("first meeting"), null=True, blank=True)
    venue = models.CharField(_("venue of the first meeting"), max_length=200, blank=True)
    poll_instead = models.BooleanField(
        _("the group will choose the date with a poll"), default=False
    )
    ptv = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("PTV for the first three meetings"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(poll_instead=True, starts_at__isnull=False),
                name="first_meeting_date_or_poll",
                violation_error_message=_(
                    "Choose a date for the first meeting or a poll, not both."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"First meeting plan for {self.programme}"

    @property
    def is_settled(self) -> bool:
        return self.poll_instead or self.starts_at is not None
