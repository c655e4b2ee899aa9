"""A group, its members, and its audit trail.

A group belongs to its members ("it's not our group"): coordinators organise, members come
when they can, and staff see only what a service needs (whether groups formed, whether they
are fading), never the conversation or members' contact details.

Group, Membership and Post are what other apps point at (safeguarding reads them): their
field names stay as they are.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.models import Service
from pmp_followon.audit import AppendOnlyModel

from .choices import (
    RHYTHM_GAP,
    GroupStatus,
    KeepInTouch,
    MembershipRole,
    MembershipStatus,
    Purpose,
    Rhythm,
)

if TYPE_CHECKING:
    from ..selectors.access import GroupAccess


class Group(models.Model):
    # Set on a page's rows by the selectors (never stored; absent until set):
    access: GroupAccess  # what the viewer may do (selectors.get_group_for_user)

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="peer_groups")
    name = models.CharField(_("group name"), max_length=120)
    area = models.CharField(
        _("area"),
        max_length=120,
        blank=True,
        help_text=_("The town or part of town where you meet, for the directory of groups."),
    )
    # Derived (services/status.py): closed by its coordinators; otherwise active
    # once formed, forming before, dormant when it has gone quiet for twice its usual gap.
    status = models.CharField(
        _("status"), max_length=16, choices=GroupStatus.choices, default=GroupStatus.FORMING
    )
    open_to_new_members = models.BooleanField(_("open to new members"), default=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    description = models.TextField(
        _("about the group"),
        max_length=600,
        blank=True,
        help_text=_("A few words for people looking for a group. Do not name members."),
    )
    origin_programmes = models.ManyToManyField(
        "programmes.Programme",
        verbose_name=_("from the programme"),
        blank=True,
        related_name="follow_on_groups",
    )
    keeps_in_touch = models.JSONField(_("how we keep in touch"), default=list, blank=True)
    purposes = models.JSONField(_("what the group is for"), default=list, blank=True)
    rhythm = models.CharField(
        _("how often you meet"), max_length=16, choices=Rhythm.choices, default=Rhythm.MONTHLY
    )
    # The clinician to tell when the group has no coordinator (the one who set it up).
    contact_clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("clinician to tell"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The start of the first meeting at which three or more PMP participants met face to
    # face after their programme ended (domain.md). Recomputed from attendance by
    # services whenever attendance is recorded; never set by hand.
    formed_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["service", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=GroupStatus.values), name="group_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(rhythm__in=Rhythm.values), name="group_rhythm_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        for field, choices in (("keeps_in_touch", KeepInTouch), ("purposes", Purpose)):
            values = getattr(self, field)
            if not isinstance(values, list) or any(v not in choices.values for v in values):
                raise ValidationError({field: _("Choose from the list.")})

    @property
    def is_closed(self) -> bool:
        return self.status == GroupStatus.CLOSED

    @property
    def is_formed(self) -> bool:
        return self.formed_at is not None

    @property
    def usual_gap(self) -> datetime.timedelta:
        return RHYTHM_GAP[self.rhythm]

    def keeps_in_touch_labels(self) -> list[str]:
        labels = dict(KeepInTouch.choices)
        return [str(labels[v]) for v in self.keeps_in_touch if v in labels]

    def purpose_labels(self) -> list[str]:
        labels = dict(Purpose.choices)
        return [str(labels[v]) for v in self.purposes if v in labels]


class Membership(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="group_memberships"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=MembershipStatus.choices,
        default=MembershipStatus.ACTIVE,
    )
    joined_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    # The version of the "what is checked and who sees what" notice this member agreed to
    # (safeguarding.md rule 7). Blank until they have read it.
    screening_notice_version = models.CharField(max_length=20, blank=True)
    screening_notice_agreed_at = models.DateTimeField(null=True, blank=True)

    # Pausing (ill-health): no reminders until this date (None: until they resume).
    paused_at = models.DateTimeField(null=True, blank=True)
    paused_until = models.DateField(_("pause until"), null=True, blank=True)
    # Why they left: the same list programmes uses for not continuing, plus free text.
    left_reason = models.CharField(_("reason"), max_length=32, blank=True)
    left_reason_other = models.TextField(_("anything else"), max_length=500, blank=True)
    # What the member lets the rest of the group see (never staff).
    share_email = models.BooleanField(_("my email address"), default=False)
    share_mobile = models.BooleanField(_("my mobile number"), default=False)
    # Bumped when this member's reminders are cancelled wholesale (pausing, changing an
    # answer back to "going"): part of each reminder's idempotency key, so the reminders
    # made afterwards are new rows rather than the cancelled ones found again.
    reminder_epoch = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "person"], name="membership_once_per_group"),
            models.CheckConstraint(
                condition=models.Q(role__in=MembershipRole.values), name="membership_role_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=MembershipStatus.values),
                name="membership_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["person", "status"])]

    def __str__(self) -> str:
        return f"{self.person} in {self.group} ({self.role})"

    @property
    def is_current(self) -> bool:
        return self.status in (MembershipStatus.ACTIVE, MembershipStatus.PAUSED)

    @property
    def is_coordinator(self) -> bool:
        return self.is_current and self.role in (
            MembershipRole.COORDINATOR,
            MembershipRole.CO_COORDINATOR,
        )

    @property
    def is_paused(self) -> bool:
        return self.status == MembershipStatus.PAUSED

    @property
    def gets_reminders(self) -> bool:
        return self.status == MembershipStatus.ACTIVE

    @property
    def is_ptv_supporter(self) -> bool:
        return self.role == MembershipRole.PTV_SUPPORTER


class GroupEvent(AppendOnlyModel):
    """Audit: who did what in a group, with old and new values where they matter. Never the
    text of a post. Append-only (never changed or deleted; kept: PROTECT)."""

    group = models.ForeignKey(Group, on_delete=models.PROTECT, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(max_length=64)
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["group", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.verb}"
