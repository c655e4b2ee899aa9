"""Follow-on groups: the core that programmes hand over to and safeguarding watches.

The groups issue fills in the rest (meetings, venues, polls, directory); this file starts
with what other apps must be able to point at: a group, its members and its posts.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.models import Service


class GroupStatus(models.TextChoices):
    FORMING = "forming", _("Forming")
    ACTIVE = "active", _("Active")
    DORMANT = "dormant", _("Dormant")
    CLOSED = "closed", _("Closed")


class Group(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="peer_groups")
    name = models.CharField(_("group name"), max_length=120)
    area = models.CharField(_("area"), max_length=120, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=GroupStatus.choices, default=GroupStatus.FORMING
    )
    open_to_new_members = models.BooleanField(_("open to new members"), default=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["service", "status"])]

    def __str__(self) -> str:
        return self.name


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("Member")
    COORDINATOR = "coordinator", _("Coordinator")
    CO_COORDINATOR = "co_coordinator", _("Co-coordinator")
    PTV_SUPPORTER = "ptv_supporter", _("Patient tutor volunteer supporter")


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    LEFT = "left", _("Left")
    ENDED = "ended", _("Support period ended")


class Membership(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="group_memberships"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    status = models.CharField(
        _("status"), max_length=10, choices=MembershipStatus.choices,
        default=MembershipStatus.ACTIVE,
    )
    joined_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    # The version of the "what is checked and who sees what" notice this member agreed to
    # (safeguarding.md rule 7). Blank until they have read it.
    screening_notice_version = models.CharField(max_length=20, blank=True)
    screening_notice_agreed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "person"], name="membership_once_per_group"),
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


class Post(models.Model):
    """A message on a group's board, or a reply to one (parent). Screened on save by
    safeguarding (groups.services.post_create calls safeguarding.services.post_screen)."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="group_posts"
    )
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    body = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Latest activity in the thread (itself or a reply), for "newest activity first".
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Staff may hide a post that describes methods (safeguarding.md rule 13); the author
    # still sees it with a note.
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-last_activity_at"]
        indexes = [models.Index(fields=["group", "-last_activity_at"])]

    def __str__(self) -> str:
        return f"Post {self.pk} in {self.group_id}"
