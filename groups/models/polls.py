"""Finding a time: polls, their options and answers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import (
    MeetingMode,
    PollAnswerChoice,
    PollStatus,
)
from .groups import Group
from .meetings import Meeting, Venue


class Poll(models.Model):
    """An availability poll: a few options, answered yes / if need be / no, by a deadline."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="polls")
    title = models.CharField(_("what is it for?"), max_length=120)
    deadline = models.DateTimeField(_("answer by"))
    status = models.CharField(
        _("status"), max_length=10, choices=PollStatus.choices, default=PollStatus.OPEN
    )
    duration_minutes = models.PositiveSmallIntegerField(_("how long"), default=120)
    chosen_option = models.ForeignKey(
        "PollOption", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "deadline"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=PollStatus.values), name="poll_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == PollStatus.OPEN


class PollOption(models.Model):
    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="options")
    starts_at = models.DateTimeField(_("date and time"))
    mode = models.CharField(
        max_length=10, choices=MeetingMode.choices, default=MeetingMode.IN_PERSON
    )
    venue = models.ForeignKey(
        Venue, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    place_note = models.CharField(_("where, in your own words"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]

    def __str__(self) -> str:
        return f"Option {self.pk} of poll {self.poll_id}"

    def place_label(self) -> str:
        if self.mode == MeetingMode.ONLINE:
            return str(_("Online"))
        if self.venue_id is not None:
            return self.venue.name
        return self.place_note


class PollAnswer(models.Model):
    option = models.ForeignKey(PollOption, on_delete=models.CASCADE, related_name="answers")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_poll_answers"
    )
    answer = models.CharField(max_length=12, choices=PollAnswerChoice.choices)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["option", "person"], name="poll_answer_once"),
            models.CheckConstraint(
                condition=models.Q(answer__in=PollAnswerChoice.values),
                name="poll_answer_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id}: {self.answer}"
