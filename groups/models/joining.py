"""The directory and moving: requests to join a group."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import (
    JoinRequestKind,
    JoinRequestStatus,
)
from .groups import Group


class JoinRequest(models.Model):
    """Someone asks to join (or move to) a group open to new members, or a clinician
    introduces them; a coordinator accepts or declines."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="join_requests")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_join_requests"
    )
    kind = models.CharField(
        max_length=8, choices=JoinRequestKind.choices, default=JoinRequestKind.JOIN
    )
    from_group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(
        _("anything you would like the coordinator to know"), max_length=500, blank=True
    )
    introduced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=JoinRequestStatus.choices, default=JoinRequestStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "person"],
                condition=models.Q(status="pending"),
                name="join_request_one_pending",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=JoinRequestStatus.values),
                name="join_request_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} asks to {self.kind} {self.group_id}"

    @property
    def is_pending(self) -> bool:
        return self.status == JoinRequestStatus.PENDING
