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
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)

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
            models.UniqueConstraint(
                fields=["gathering", "person"], name="gathering_rsvp_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.answer} for gathering {self.gathering_id}"
