"""The service's get-togethers for every group, and who is coming."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.models import Service

from .choices import (
    RSVPAnswer,
)
from .meetings import Venue


class Gathering(models.Model):
    """A get-together the service runs (twice a year in the study) for past PMP
    participants and every group's members."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="gatherings")
    title = models.CharField(_("title"), max_length=120)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("how long"), default=120)
    venue = models.ForeignKey(
        Venue, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    place_note = models.CharField(_("where, in your own words"), max_length=200, blank=True)
    description = models.TextField(_("what to expect"), max_length=1500, blank=True)
    # The agenda of the study's gatherings: how the groups are doing, what was learned, and
    # groups meeting each other.
    agenda_groups = models.TextField(_("how the groups are doing"), max_length=1500, blank=True)
    agenda_learning = models.TextField(_("what we have learned"), max_length=1500, blank=True)
    agenda_linking = models.TextField(_("groups meeting each other"), max_length=1500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancel_reason = models.CharField(_("why it is cancelled"), max_length=300, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def ends_at(self) -> datetime.datetime:
        return self.starts_at + datetime.timedelta(minutes=self.duration_minutes)

    def place_label(self) -> str:
        return self.venue.name if self.venue_id is not None else self.place_note


class GatheringRSVP(models.Model):
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="rsvps")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="gathering_rsvps"
    )
    answer = models.CharField(max_length=8, choices=RSVPAnswer.choices)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["gathering", "person"], name="gathering_rsvp_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.answer} for gathering {self.gathering_id}"


class GatheringInvitation(models.Model):
    """One person invited to a gathering (a past participant or a group member of the
    service), so that a change or a cancellation reaches everyone who was told."""

    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="invitations")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="gathering_invitations"
    )
    invited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["gathering", "person"], name="gathering_invitation_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} invited to gathering {self.gathering_id}"


class GatheringEvent(models.Model):
    """What happened to a gathering, for the audit: planned, invited, changed, cancelled."""

    gathering = models.ForeignKey(Gathering, on_delete=models.PROTECT, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(max_length=32)
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"gathering {self.gathering_id} {self.verb}"
