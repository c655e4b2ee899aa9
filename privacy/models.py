"""What the privacy app stores: the audit of every privacy action, the bundles people
download, requests to leave the service, and legal holds.

The privacy app sits at the top of the dependency graph (docs/decisions/0010): it reads and
writes every other app's data so that a person can see, take and remove what the service
holds about them, and so that retention periods are applied in one place. Nothing imports it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from safeguarding.models import AppendOnlyModel


class PrivacyAction(models.TextChoices):
    DATA_VIEWED = "data_viewed", _("Viewed their information")
    EXPORT_REQUESTED = "export_requested", _("Asked for a download")
    EXPORT_READY = "export_ready", _("Download made")
    EXPORT_DOWNLOADED = "export_downloaded", _("Download taken")
    DETAILS_CORRECTED = "details_corrected", _("Corrected their details")
    LEAVE_REQUESTED = "leave_requested", _("Asked to leave the service")
    LEAVE_COMPLETED = "leave_completed", _("Left the service: data removed")
    LEAVE_HELD = "leave_held", _("Left the service: removal waiting for a legal hold")
    HOLD_SET = "hold_set", _("Legal hold set")
    HOLD_RELEASED = "hold_released", _("Legal hold released")
    RETENTION_APPLIED = "retention_applied", _("Retention periods applied")


class PrivacyEvent(AppendOnlyModel):
    """Audit: who did what to whose personal data, and when. Inserted once, in the same
    transaction as the action; never changed or deleted (the ORM refuses)."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty when the system acted (retention)."),
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Whose data it was."),
    )
    action = models.CharField(max_length=32, choices=PrivacyAction.choices)
    # Counts, ids and codes only: never the data itself.
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["person", "at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(action__in=PrivacyAction.values),
                name="privacy_event_action_valid",
            )
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action}"


class ExportStatus(models.TextChoices):
    PREPARING = "preparing", _("Being prepared")
    READY = "ready", _("Ready")
    EXPIRED = "expired", _("Expired")


class DataExport(models.Model):
    """One download of everything held about a person. The bundle (JSON) is kept only until
    the link expires; then retention empties it and the row stays as a record."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="data_exports"
    )
    status = models.CharField(
        max_length=10, choices=ExportStatus.choices, default=ExportStatus.PREPARING
    )
    requested_at = models.DateTimeField(default=timezone.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    rows = models.PositiveIntegerField(default=0)
    payload = models.TextField(blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=ExportStatus.values),
                name="data_export_status_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="ready") | models.Q(expires_at__isnull=False),
                name="data_export_ready_expires",
            ),
        ]

    def __str__(self) -> str:
        return f"Data export {self.pk} for {self.person_id} ({self.status})"

    def is_available(self, now) -> bool:
        return (
            self.status == ExportStatus.READY
            and self.expires_at is not None
            and self.expires_at > now
            and bool(self.payload)
        )


class LeaveStatus(models.TextChoices):
    DONE = "done", _("Done")
    HELD = "held", _("Account closed; removal waits for a legal hold")


class LeaveRequest(models.Model):
    """A person's request to leave the service (GDPR Article 17), made by them or passed on
    by a clinician, with who asked, when and how."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="leave_requests"
    )
    # The clinician who acted on the person's request; empty when the person did it.
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    asked_at = models.DateTimeField(_("when they asked"))
    asked_how = models.CharField(_("how they asked"), max_length=200, blank=True)
    remove_posts = models.BooleanField(_("remove their messages too"), default=False)
    status = models.CharField(max_length=8, choices=LeaveStatus.choices)
    recorded_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)
    # What was removed, as counts.
    summary = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-recorded_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=LeaveStatus.values),
                name="leave_request_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"Leave request {self.pk} for {self.person_id} ({self.status})"


class LegalHold(models.Model):
    """A clinical lead keeps everything about a person (a complaint, a claim, an inquiry):
    retention and removal on leaving skip their data until the hold is released."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="legal_holds"
    )
    service = models.ForeignKey(
        "accounts.Service", on_delete=models.PROTECT, related_name="legal_holds"
    )
    reason = models.TextField(_("reason"), max_length=1000)
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    set_at = models.DateTimeField(default=timezone.now)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    released_at = models.DateTimeField(null=True, blank=True)
    release_reason = models.TextField(_("why it is released"), max_length=1000, blank=True)

    class Meta:
        ordering = ["-set_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=models.Q(released_at__isnull=True),
                name="legal_hold_one_active",
            ),
        ]

    def __str__(self) -> str:
        return f"Legal hold {self.pk} on {self.person_id}"

    @property
    def is_active(self) -> bool:
        return self.released_at is None
