"""Leaflets and links the service shares."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import StepKind


class ResourceAudience(models.TextChoices):
    PATIENTS = "patients", _("Patients")
    CLINICIANS = "clinicians", _("Clinicians")


class Resource(models.Model):
    """An information sheet, film or link about follow-on groups, owned by a service."""

    service = models.ForeignKey(
        "accounts.Service", on_delete=models.CASCADE, related_name="programme_resources"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.CharField(_("short description"), max_length=300, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    file = models.FileField(_("file"), upload_to="programmes/resources/%Y/", blank=True)
    audience = models.CharField(
        _("for"), max_length=16, choices=ResourceAudience.choices, default=ResourceAudience.PATIENTS
    )
    step = models.CharField(
        _("used at"),
        max_length=16,
        choices=StepKind.choices,
        blank=True,
        help_text=_("The handover step where it is used. Leave empty for any time."),
    )
    archived_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["step", "title"]
        indexes = [models.Index(fields=["service", "audience"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(audience__in=ResourceAudience.values),
                name="resource_audience_valid",
            ),
            models.CheckConstraint(
                condition=(models.Q(url="") & ~models.Q(file=""))
                | (~models.Q(url="") & models.Q(file="")),
                name="resource_link_or_file",
                violation_error_message=_("Add a link or upload a file, not both."),
            ),
        ]

    def __str__(self) -> str:
        return self.title
