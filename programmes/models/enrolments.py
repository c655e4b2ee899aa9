"""Enrolments, attendance and each participant's choice whether to continue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .programmes import Programme, ProgrammeSession

if TYPE_CHECKING:
    from .consent import ContactConsent


class ReferralSource(models.TextChoices):
    GP = "gp", _("GP")
    SPECIALIST = "specialist", _("Specialist service")


class EnrolmentStatus(models.TextChoices):
    ENROLLED = "enrolled", _("Taking part")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Enrolment(models.Model):
    # Set on a page's rows by the selectors (never stored; absent until set):
    current_consents: list[ContactConsent]  # consents not withdrawn
    attended_first_meeting: bool | None  # None: no first meeting yet (outcomes)

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="enrolments")
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="enrolments"
    )
    referral_source = models.CharField(
        _("referred by"), max_length=16, choices=ReferralSource.choices
    )
    referral_date = models.DateField(_("referral date"))
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=EnrolmentStatus.choices,
        default=EnrolmentStatus.ENROLLED,
    )
    withdrawn_reason = models.TextField(_("why they left"), blank=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    enrolled_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["programme", "participant__display_name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "participant"], name="enrolment_unique"),
            models.CheckConstraint(
                condition=models.Q(status__in=EnrolmentStatus.values),
                name="enrolment_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(referral_source__in=ReferralSource.values),
                name="enrolment_referral_source_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant} on {self.programme}"

    @property
    def is_withdrawn(self) -> bool:
        return self.status == EnrolmentStatus.WITHDRAWN


class Attendance(models.Model):
    session = models.ForeignKey(
        ProgrammeSession, on_delete=models.CASCADE, related_name="attendance"
    )
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendance")
    attended = models.BooleanField(_("attended"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "enrolment"], name="attendance_unique")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment}: session {self.session_id} {'yes' if self.attended else 'no'}"


class ContinueChoice(models.TextChoices):
    """The three outcomes of Figure 1."""

    KEEN = "keen", _("Yes, I want to keep meeting and I will come to the first meeting")
    KEEN_UNSUITABLE = (
        "keen_unsuitable",
        _("Yes, I want to keep meeting, but the date, time or place does not suit me"),
    )
    PREFER_NOT = "prefer_not", _("No, I would prefer not to keep meeting")


class NotContinuingReason(models.TextChoices):
    """The reasons people gave in the paper for not joining a group (domain.md)."""

    NO_CONNECTION = "no_connection", _("I did not feel a connection with the others")
    GROUP_DYNAMICS = "group_dynamics", _("Negativity, or one person taking over")
    OTHERS_PAIN = "others_pain", _("Worry that other people's pain would set back my recovery")
    COMMITMENTS = "commitments", _("Work or family commitments")
    LOGISTICS = "logistics", _("The time, date, travel or venue")
    ILL_HEALTH = "ill_health", _("My health")
    LOST_CONTACT = "lost_contact", _("Lost contact with the others")
    BARRIERS = "barriers", _("Language, culture or gender, for example being the only man")


class ParticipantChoice(models.Model):
    """What a participant wants after the PMP. Recorded by them or by a clinician for them."""

    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="choice")
    continue_choice = models.CharField(
        _("do you want to keep meeting?"), max_length=20, choices=ContinueChoice.choices
    )
    unsuitable_date = models.BooleanField(_("the date"), default=False)
    unsuitable_time = models.BooleanField(_("the time"), default=False)
    unsuitable_venue = models.BooleanField(_("the place"), default=False)
    unsuitable_note = models.CharField(_("what would suit you"), max_length=300, blank=True)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    reasons_other = models.TextField(_("anything else"), blank=True)
    volunteers_to_organise = models.BooleanField(
        _("I could help organise the group"), default=False
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(continue_choice__in=ContinueChoice.values),
                name="participant_choice_valid",
            )
        ]
        indexes = [models.Index(fields=["continue_choice"])]

    def __str__(self) -> str:
        return f"{self.enrolment}: {self.continue_choice}"

    @property
    def is_keen(self) -> bool:
        return self.continue_choice in (ContinueChoice.KEEN, ContinueChoice.KEEN_UNSUITABLE)

    def unsuitable_labels(self) -> list[str]:
        labels = []
        if self.unsuitable_date:
            labels.append(str(_("date")))
        if self.unsuitable_time:
            labels.append(str(_("time")))
        if self.unsuitable_venue:
            labels.append(str(_("place")))
        return labels

    def reason_labels(self) -> list[str]:
        known = dict(NotContinuingReason.choices)
        return [str(known[r]) for r in self.reasons if r in known]
