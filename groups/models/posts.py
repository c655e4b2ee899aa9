"""The conversation."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .groups import Group


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
    created_at = models.DateTimeField(default=timezone.now)  # indexed with group, below
    # Latest activity in the thread (itself or a reply), for "newest activity first".
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Replies to this thread (hidden ones too), kept by post_create in the reply's
    # transaction so the board and group page need not count them (0 on a reply).
    reply_count = models.PositiveIntegerField(default=0)
    # Staff may hide a post that describes methods (safeguarding.md rule 13); the author
    # still sees it with a note.
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-last_activity_at"]
        indexes = [
            models.Index(fields=["group", "-last_activity_at"]),
            # "Latest threads of a group": the board's pages and count, the group page.
            models.Index(
                fields=["group", "-last_activity_at", "-id"],
                condition=models.Q(parent__isnull=True),
                name="post_group_threads",
            ),
            # Posts in a time range, with their group: the safeguarding report's "alerts
            # per 100 posts" counts a service's posts from the index alone (issue 17), and
            # the screening sweep reads recent posts. Replaces the index on created_at.
            models.Index(fields=["created_at", "group"], name="post_created_group"),
        ]

    def __str__(self) -> str:
        return f"Post {self.pk} in {self.group_id}"

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None
