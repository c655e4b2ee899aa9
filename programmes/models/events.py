"""The programme audit trail."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from pmp_followon.audit import AppendOnlyModel

from .programmes import Programme


class ProgrammeEvent(AppendOnlyModel):
    """Audit: who did what to a programme, with the old and new values where they matter.
    Append-only (never changed or deleted; kept when its programme would be deleted)."""

    service = models.ForeignKey(
        "accounts.Service", on_delete=models.CASCADE, related_name="programme_events"
    )
    programme = models.ForeignKey(
        Programme, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(max_length=64)
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["programme", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.verb}"
