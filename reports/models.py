"""What the reports app stores: a participant's evaluation profile and the audit of
changes to it and of evaluation exports.

The profile (gender, year of birth, ethnic category, condition category) is recorded by a
clinician with the participant's agreement and used only in aggregates and pseudonymised
exports, so it lives here with them and nowhere else reads it (docs/decisions/0009).
Everything else the reports show is read from the other apps; nothing here writes to them.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("In another way")
    NOT_STATED = "not_stated", _("Prefers not to say")


class EthnicCategory(models.TextChoices):
    """The NHS data dictionary's ethnic category codes (2001 census categories)."""

    A = "A", _("White: British")
    B = "B", _("White: Irish")
    C = "C", _("White: any other White background")
    D = "D", _("Mixed: White and Black Caribbean")
    E = "E", _("Mixed: White and Black African")
    F = "F", _("Mixed: White and Asian")
    G = "G", _("Mixed: any other mixed background")
    H = "H", _("Asian or Asian British: Indian")
    J = "J", _("Asian or Asian British: Pakistani")
    K = "K", _("Asian or Asian British: Bangladeshi")
    L = "L", _("Asian or Asian British: any other Asian background")
    M = "M", _("Black or Black British: Caribbean")
    N = "N", _("Black or Black British: African")
    P = "P", _("Black or Black British: any other Black background")
    R = "R", _("Other ethnic groups: Chinese")
    S = "S", _("Other ethnic groups: any other ethnic group")
    Z = "Z", _("Not stated")


class ConditionCategory(models.TextChoices):
    """Broad groups of the conditions people on PMPs live with (Table 1 of the study)."""

    FIBROMYALGIA = "fibromyalgia", _("Fibromyalgia or chronic widespread pain")
    BACK_SPINE = "back_spine", _("Back, neck or spinal pain")
    ARTHRITIS = "arthritis", _("Arthritis (inflammatory or osteoarthritis)")
    CRPS = "crps", _("Complex regional pain syndrome")
    NERVE = "nerve", _("Nerve pain or nerve damage")
    HEADACHE = "headache", _("Headache or facial pain")
    POST_SURGICAL = "post_surgical", _("Pain after surgery")
    INJURY = "injury", _("Pain after an injury or accident")
    FATIGUE = "fatigue", _("Chronic fatigue or ME")
    OTHER = "other", _("Another condition")
    NOT_STATED = "not_stated", _("Not stated")


# Fields a clinician fills in; the audit names which of them changed, never their values.
PROFILE_FIELDS = ("gender", "year_of_birth", "ethnic_category", "condition_category")


class ParticipantProfile(models.Model):
    """Optional facts about a participant for service evaluation, kept only while they
    agree. Read only in aggregates (small numbers suppressed) and pseudonymised exports."""

    participant = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="evaluation_profile"
    )
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices, blank=True)
    year_of_birth = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    ethnic_category = models.CharField(
        _("ethnic category"), max_length=1, choices=EthnicCategory.choices, blank=True
    )
    condition_category = models.CharField(
        _("main condition"), max_length=20, choices=ConditionCategory.choices, blank=True
    )
    agreed = models.BooleanField(_("the participant agreed"), default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(gender__in=[*Gender.values, ""]),
                name="profile_gender_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(ethnic_category__in=[*EthnicCategory.values, ""]),
                name="profile_ethnic_category_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(condition_category__in=[*ConditionCategory.values, ""]),
                name="profile_condition_category_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(year_of_birth__isnull=True)
                | models.Q(year_of_birth__gte=1900, year_of_birth__lte=2100),
                name="profile_year_of_birth_range",
            ),
            # Nothing is kept without the participant's agreement.
            models.CheckConstraint(
                condition=models.Q(agreed=True)
                | models.Q(
                    gender="",
                    year_of_birth__isnull=True,
                    ethnic_category="",
                    condition_category="",
                ),
                name="profile_only_with_agreement",
            ),
        ]

    def __str__(self) -> str:
        return f"Evaluation profile of {self.participant_id}"

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f) for f in PROFILE_FIELDS)

    def clean(self) -> None:
        if not self.agreed and not self.is_empty:
            raise ValidationError(
                {"agreed": _("Tick the box to say the participant agreed, or clear the answers.")}
            )


class AppendOnlyError(Exception):
    """Raised when code tries to change or delete an audit row."""


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError(f"{self.model.__name__} rows cannot be changed.")

    def delete(self):
        raise AppendOnlyError(f"{self.model.__name__} rows cannot be deleted.")


class ReportEventVerb(models.TextChoices):
    PROFILE_SAVED = "profile_saved", _("Evaluation profile saved")
    PROFILE_CLEARED = "profile_cleared", _("Evaluation profile cleared")
    EXPORT_DOWNLOADED = "export_downloaded", _("Evaluation export downloaded")


class ReportEvent(models.Model):
    """Audit: who changed a profile (which fields, never the values) or downloaded an
    export (with its filters and row counts). Inserted once; never changed or deleted."""

    service = models.ForeignKey(
        "accounts.Service", on_delete=models.PROTECT, related_name="report_events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(max_length=32, choices=ReportEventVerb.choices)
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["service", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.verb}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Report events cannot be changed.")
        kwargs["force_insert"] = True
        kwargs.pop("force_update", None)
        kwargs.pop("update_fields", None)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Report events cannot be deleted.")
