"""Screening posts: the one narrow call groups makes (`post_screen`, inside its own
transaction) and the sweeper that screens posts that were missed."""

from __future__ import annotations

import datetime
import hashlib

from django.db import transaction
from django.db.models import Exists, OuterRef

from groups.models import Post
from pmp_followon.accounts.models import Service, User
from pmp_followon.clock import now_or_current

from ..models import Alert, AlertLevel, AlertOutcome, AlertSource, AuditAction, PostScreening
from ..responses import alert_level_for, screening_kind
from ..screening import Level, Screening, screen_text
from ._common import logger
from .audit import audit_record
from .policy import _policy_for
from .raising import (
    _alert_add_later_post,
    _alert_open,
    _alert_raise_level,
    _evidence_json,
    _waiting_alert_of,
)

# How far back the sweeper looks for posts never screened, and how long it leaves a new
# post to the request that saved it.
SCREENING_BACKLOG_LOOKBACK = datetime.timedelta(days=3)
SCREENING_BACKLOG_GRACE = datetime.timedelta(minutes=2)


def _body_sha256(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@transaction.atomic
def post_screen(*, post: Post, now: datetime.datetime | None = None) -> Screening:
    """Screen a saved post; a medium or high result raises an alert in this transaction.

    The one narrow call groups.services.post_create makes (inside its transaction, after
    the post is saved); it returns the Screening so the view can show the crisis panel in
    the same response (safeguarding.md rule 6). Call it again when a post's text changes.

    It never fails the post: if recording the result or raising the alert fails, the error
    is logged and audited, the post keeps no screening row, and `posts_screen_missed` (beat,
    every few minutes) screens it again. The caller still gets the level, so the person
    still sees the crisis panel.
    """
    now = now_or_current(now)
    # Thread context (issue 12): a reply is screened with the post it answers in view, so a
    # supportive reply is not its writer's risk while a risky reply still is.
    parent = post.parent if post.parent_id else None
    context_text = parent.body if parent is not None else None
    screening = screen_text(post.body, context_text=context_text)
    try:
        with transaction.atomic():
            _post_screening_record(post=post, screening=screening, now=now)
    except Exception as exc:  # noqa: BLE001 - never lose the post; the sweeper retries
        logger.exception("safeguarding: screening post %s could not be recorded", post.pk)
        audit_record(
            action=AuditAction.SCREENING_FAILED,
            service=post.group.service,
            post=post,
            detail={"level": str(screening.level), "error": exc.__class__.__name__},
            now=now,
        )
    return screening


def _post_screening_record(*, post: Post, screening: Screening, now: datetime.datetime) -> None:
    digest = _body_sha256(post.body)
    if PostScreening.objects.filter(post=post, body_sha256=digest).exists():
        return
    kind = screening_kind(screening)
    PostScreening.objects.create(
        post=post,
        body_sha256=digest,
        level=str(screening.level),
        kind=kind,
        evidence=_evidence_json(screening),
        library_version=screening.library_version,
        screened_at=now,
    )
    level = alert_level_for(str(screening.level), kind)
    if level is None:
        return
    key = f"post:{post.pk}:screening"
    existing = Alert.objects.select_for_update().filter(dedupe_key=key).first()
    if existing is not None:
        # The text changed (an edit) and reads worse than before.
        _alert_raise_level(existing, level=level, now=now, actor=None, reason="post edited")
        return
    # The member's next worrying post while an alert of theirs waits joins it (decisions
    # 0012 and 0013): a medium alert is raised to high, a high one keeps its clock.
    waiting = _waiting_alert_of(subject=post.author, group=post.group)
    if waiting is not None:
        _alert_add_later_post(waiting, post=post, screening=screening, kind=kind, now=now)
        return
    source = AlertSource.SCREENING
    detail: dict = {}
    if level == AlertLevel.MEDIUM:
        earlier = _repeated_medium_earlier(subject=post.author, service=post.group.service, now=now)
        if earlier is not None:
            level, source = AlertLevel.HIGH, AlertSource.REPEATED_MEDIUM
            detail["earlier_alert_ids"] = earlier
    _alert_open(
        service=post.group.service,
        subject=post.author,
        group=post.group,
        post=post,
        level=level,
        source=source,
        dedupe_key=key,
        screening=screening,
        now=now,
        detail=detail,
        kind=kind,
    )


def _repeated_medium_earlier(
    *, subject: User, service: Service, now: datetime.datetime
) -> list[int] | None:
    """The earlier medium alerts that make this one the Nth in the window, or None.

    Fires once per window: not again while a repeated-medium alert for the same person
    is younger than the window. Alerts closed as false positives do not count.
    """
    policy = _policy_for(service)
    since = now - datetime.timedelta(days=policy.repeated_medium_days)
    recent = Alert.objects.filter(subject=subject, raised_at__gt=since, raised_at__lte=now)
    if recent.filter(source=AlertSource.REPEATED_MEDIUM).exists():
        return None
    earlier = list(
        recent.filter(
            screening_level=Level.MEDIUM,
            source__in=[AlertSource.SCREENING, AlertSource.REPEATED_MEDIUM],
        )
        .exclude(outcome=AlertOutcome.FALSE_POSITIVE)
        .order_by("raised_at")
        .values_list("pk", flat=True)
    )
    if len(earlier) + 1 >= policy.repeated_medium_count:
        return earlier
    return None


def posts_screen_missed(*, now: datetime.datetime | None = None, limit: int = 200) -> int:
    """Screen recent posts that have no screening row (post_screen failed, or a path that
    never called it). Returns how many were screened. Beat runs it every few minutes."""
    now = now_or_current(now)
    missed = list(
        Post.objects.filter(
            created_at__gte=now - SCREENING_BACKLOG_LOOKBACK,
            created_at__lte=now - SCREENING_BACKLOG_GRACE,
        )
        .exclude(Exists(PostScreening.objects.filter(post=OuterRef("pk"))))
        .select_related("group__service", "author")
        .order_by("created_at")[:limit]
    )
    screened = 0
    for post in missed:
        logger.warning("safeguarding: post %s had not been screened; screening it now", post.pk)
        try:
            post_screen(post=post, now=now)
        except Exception:  # noqa: BLE001 - one bad post must not stop the others; logged
            logger.exception("safeguarding: screening post %s failed again", post.pk)
            continue
        screened += 1
    return screened
