"""The conversation: posts, replies and "I'm worried about this".

Safeguarding sits above groups. groups calls it in exactly two places, both imported where
they are used: ``post_create`` calls ``safeguarding.services.post_screen`` on every saved
post, and ``post_flag`` calls ``safeguarding.services.flag_raise``.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from ..models import (
    Group,
    Post,
)
from ..notice import SCREENING_NOTICE_VERSION
from ._common import (
    _audit,
    _require_member,
    _require_open,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PostResult:
    post: Post
    level: str  # "high", "medium" or "none" (or "unknown" if the screener failed)

    @property
    def show_crisis_panel(self) -> bool:
        # When the screener could not say, show where to get help (choose the higher level).
        return self.level != "none"


@transaction.atomic
def post_create(
    *,
    actor: User,
    group: Group,
    body: str,
    parent: Post | None = None,
    agree_notice_version: str | None = None,
    now: datetime.datetime | None = None,
) -> PostResult:
    """Save a post or a reply, then screen it (safeguarding.md).

    The one narrow call from groups into safeguarding: ``post_screen(post=..., now=...)``,
    in this transaction, after the post is saved. A medium or high screening raises an
    alert there; the caller shows the crisis panel in the same response. Before a member's
    first post they must agree to the notice of what is checked and who sees what.
    """
    now = now_or_current(now)
    membership = _require_member(actor, group)
    _require_open(group)
    if membership.screening_notice_version != SCREENING_NOTICE_VERSION:
        if agree_notice_version != SCREENING_NOTICE_VERSION:
            raise ValidationError(
                {"agree": _("Tick the box to say you have read how messages are checked.")}
            )
        membership.screening_notice_version = SCREENING_NOTICE_VERSION
        membership.screening_notice_agreed_at = now
        membership.save(update_fields=["screening_notice_version", "screening_notice_agreed_at"])
        _audit(
            group=group,
            actor=actor,
            verb="screening_notice_agreed",
            now=now,
            version=SCREENING_NOTICE_VERSION,
        )
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write your message.")})
    if parent is not None:
        if parent.group_id != group.pk:
            raise ValidationError(_("That message is not in this group."))
        parent = parent.parent or parent  # replies are one level deep
    post = Post(
        group=group, author=actor, parent=parent, body=body, created_at=now, last_activity_at=now
    )
    post.full_clean()
    post.save()
    if parent is not None:
        Post.objects.filter(pk=parent.pk).update(
            reply_count=F("reply_count") + 1,
            last_activity_at=Greatest("last_activity_at", Value(now)),
        )
    level = _post_screen(post, now)
    _audit(
        group=group,
        actor=actor,
        verb="post_created",
        now=now,
        post=post.pk,
        reply_to=parent.pk if parent else None,
    )
    return PostResult(post=post, level=level)


def _post_screen(post: Post, now: datetime.datetime) -> str:
    from safeguarding.services import post_screen

    try:
        with transaction.atomic():
            screening = post_screen(post=post, now=now)
    except Exception:  # noqa: BLE001 - never lose the post; safeguarding's sweeper rescreens
        logger.exception("groups: screening post %s failed", post.pk)
        return "unknown"
    return str(screening.level)


@transaction.atomic
def post_flag(*, actor: User, post: Post, note: str = "", now: datetime.datetime | None = None):
    """A member says "I'm worried about this post". It goes to pain service staff only
    (safeguarding.services.flag_raise), never to the person who wrote it."""
    from safeguarding.services import flag_raise

    now = now_or_current(now)
    _require_member(actor, post.group)
    return flag_raise(actor=actor, group=post.group, post=post, note=note, now=now)
