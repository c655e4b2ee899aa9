"""Retention: data past its period (privacy/conf.py, sources in docs/privacy.md) is removed
by a periodic task, in batches, and the counts are recorded.

Idempotent: what is removed no longer matches, so a second run at the same `now` removes
nothing. Never touched: open safeguarding alerts (and the posts they point at), and anything
about a person under a legal hold. Alerts themselves are never deleted (safeguarding keeps
them); past their period their text is removed and the row stays.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable

from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Q, QuerySet

from groups.models import Post
from pmp_followon.clock import now_or_current
from pmp_followon.notifications.models import Notification, SMSMessage, Status
from programmes.models import (
    ContactCheck,
    ContactConsent,
    Enrolment,
    ParticipantChoice,
    Programme,
    ProgrammeStatus,
)
from reports.models import ParticipantProfile
from safeguarding.models import (
    ACTIVE_STATES,
    CLOSED_STATES,
    Alert,
    AlertState,
    AuditEvent,
    Concern,
    PostScreening,
)

from .. import conf
from ..models import DataExport, ExportStatus, PrivacyAction
from ._common import audit, held_person_ids

logger = logging.getLogger(__name__)

RETAINED_POST_TEXT = "This message was removed under the service's retention schedule."
RETAINED_ALERT_TEXT = "Removed under the service's retention schedule."
FINISHED_PROGRAMMES = (ProgrammeStatus.FINISHED, ProgrammeStatus.CANCELLED)
FINAL_NOTIFICATION_STATUSES = (Status.SENT, Status.FAILED, Status.CANCELLED)


def _in_batches(queryset: QuerySet, batch: int, apply: Callable[[list[int]], int]) -> int:
    """Apply to the rows still matching, `batch` at a time, each batch its own transaction.
    `apply` must make the rows stop matching (delete or change them)."""
    total = 0
    while True:
        ids = list(queryset.order_by("pk").values_list("pk", flat=True)[:batch])
        if not ids:
            return total
        with transaction.atomic():
            changed = apply(ids)
        total += changed
        if changed == 0:
            return total


def _delete(model) -> Callable[[list[int]], int]:
    """Delete by id; counts the model's own rows (replies too), not cascaded others."""
    return lambda ids: model.objects.filter(pk__in=ids).delete()[1].get(model._meta.label, 0)


def _cutoff(kind: str, now: datetime.datetime) -> datetime.datetime:
    return now - conf.retention_period(kind)


# --- posts -------------------------------------------------------------------------------
def _referenced_posts() -> QuerySet[Post]:
    """Posts a safeguarding record points at: they cannot be deleted, only emptied."""
    return Post.objects.filter(
        Exists(Alert.objects.filter(post=OuterRef("pk")))
        | Exists(Concern.objects.filter(post=OuterRef("pk")))
        | Exists(AuditEvent.objects.filter(post=OuterRef("pk")))
    )


def _old_threads(now: datetime.datetime, held: set[int]) -> QuerySet[Post]:
    protected = Post.objects.filter(
        Q(author_id__in=held)
        | Exists(Alert.objects.filter(post=OuterRef("pk"), state__in=ACTIVE_STATES))
        | Exists(Alert.objects.filter(post=OuterRef("pk"), subject_id__in=held))
    )
    return (
        Post.objects.filter(parent__isnull=True, last_activity_at__lt=_cutoff("posts", now))
        .exclude(pk__in=protected.values("pk"))
        .exclude(pk__in=protected.filter(parent__isnull=False).values("parent_id"))
    )


def _posts(now: datetime.datetime, held: set[int], batch: int) -> dict[str, int]:
    threads = _old_threads(now, held)
    referenced = _referenced_posts()
    with_records = Q(pk__in=referenced.values("pk")) | Q(
        pk__in=referenced.filter(parent__isnull=False).values("parent_id")
    )
    deleted = _in_batches(threads.exclude(with_records), batch, _delete(Post))
    record_threads = threads.filter(with_records).values("pk")
    to_empty = Post.objects.filter(
        Q(pk__in=record_threads) | Q(parent_id__in=record_threads)
    ).exclude(body=RETAINED_POST_TEXT)

    def empty(ids: list[int]) -> int:
        PostScreening.objects.filter(post_id__in=ids).update(evidence=[])
        return Post.objects.filter(pk__in=ids).update(body=RETAINED_POST_TEXT)

    return {"posts_deleted": deleted, "posts_emptied": _in_batches(to_empty, batch, empty)}


# --- messages and sign-in ----------------------------------------------------------------
def _notifications(now: datetime.datetime, held: set[int], batch: int) -> dict[str, int]:
    cutoff = _cutoff("notifications", now)
    old = Notification.objects.filter(
        status__in=FINAL_NOTIFICATION_STATUSES, created_at__lt=cutoff
    ).exclude(recipient_id__in=held)
    return {
        "notifications_deleted": _in_batches(old, batch, _delete(Notification)),
        "text_messages_deleted": _in_batches(
            SMSMessage.objects.filter(created_at__lt=cutoff), batch, _delete(SMSMessage)
        ),
    }


def _sign_in(now: datetime.datetime, held: set[int], batch: int) -> dict[str, int]:
    cutoff = _cutoff("sign_in", now)
    checks = ContactCheck.objects.filter(sent_at__lt=cutoff).exclude(user_id__in=held)
    sessions = Session.objects.filter(expire_date__lt=cutoff)
    return {
        "contact_checks_deleted": _in_batches(checks, batch, _delete(ContactCheck)),
        "sessions_deleted": _in_batches(sessions, batch, _delete(Session)),
    }


def _downloads(now: datetime.datetime, batch: int) -> dict[str, int]:
    old = DataExport.objects.filter(
        status=ExportStatus.READY, expires_at__lt=_cutoff("downloads", now)
    )
    emptied = _in_batches(
        old,
        batch,
        lambda ids: DataExport.objects.filter(pk__in=ids).update(
            status=ExportStatus.EXPIRED, payload=""
        ),
    )
    return {"downloads_emptied": emptied}


# --- safeguarding ------------------------------------------------------------------------
def _closed_alerts(now: datetime.datetime, held: set[int], batch: int) -> dict[str, int]:
    old = (
        Alert.objects.filter(state__in=CLOSED_STATES, closed_at__lt=_cutoff("closed_alerts", now))
        .exclude(subject_id__in=held)
        .exclude(snapshot__has_key="retention_redacted_at")
        .exclude(Exists(Alert.objects.filter(origin=OuterRef("pk"), state__in=ACTIVE_STATES)))
    )
    marker = {"retention_redacted_at": now.isoformat()}

    def redact(ids: list[int]) -> int:
        Alert.objects.filter(pk__in=ids, state=AlertState.DISMISSED).update(
            dismiss_reason=RETAINED_ALERT_TEXT
        )
        return Alert.objects.filter(pk__in=ids).update(
            snapshot=marker,
            evidence=[],
            outcome_note="",
            callback_phone="",
            callback_preferred_time="",
        )

    return {"alerts_emptied": _in_batches(old, batch, redact)}


# --- programmes and evaluation -----------------------------------------------------------
def _finished_before(cutoff: datetime.datetime) -> list[int]:
    return list(
        Programme.objects.filter(status__in=FINISHED_PROGRAMMES)
        .annotate(last=Max("sessions__ends_at"))
        .filter(last__lt=cutoff)
        .values_list("pk", flat=True)
    )


def _programme_data(now: datetime.datetime, held: set[int], batch: int) -> dict[str, int]:
    programmes = _finished_before(_cutoff("programme_data", now))
    consents = ContactConsent.objects.filter(enrolment__programme_id__in=programmes).exclude(
        enrolment__participant_id__in=held
    )
    choices = (
        ParticipantChoice.objects.filter(enrolment__programme_id__in=programmes)
        .exclude(enrolment__participant_id__in=held)
        .exclude(reasons_other="", unsuitable_note="")
    )
    reasons = (
        Enrolment.objects.filter(programme_id__in=programmes)
        .exclude(participant_id__in=held)
        .exclude(withdrawn_reason="")
    )
    return {
        "consents_removed": _in_batches(consents, batch, _delete(ContactConsent)),
        "choice_texts_cleared": _in_batches(
            choices,
            batch,
            lambda ids: ParticipantChoice.objects.filter(pk__in=ids).update(
                reasons_other="", unsuitable_note=""
            ),
        ),
        "withdrawal_reasons_cleared": _in_batches(
            reasons,
            batch,
            lambda ids: Enrolment.objects.filter(pk__in=ids).update(withdrawn_reason=""),
        ),
    }


def _evaluation(now: datetime.datetime, held: set[int], batch: int) -> dict[str, int]:
    old = _finished_before(_cutoff("evaluation_export", now))
    profiles = (
        ParticipantProfile.objects.filter(
            Exists(
                Enrolment.objects.filter(participant=OuterRef("participant"), programme_id__in=old)
            )
        )
        .exclude(
            Exists(
                Enrolment.objects.filter(participant=OuterRef("participant")).exclude(
                    programme_id__in=old
                )
            )
        )
        .exclude(participant_id__in=held)
    )
    return {
        "evaluation_profiles_removed": _in_batches(profiles, batch, _delete(ParticipantProfile))
    }


def retention_apply(
    *, now: datetime.datetime | None = None, batch_size: int | None = None
) -> dict[str, int]:
    """Remove everything past its retention period at `now`. Returns counts by kind and
    records them in the privacy audit when anything was removed."""
    now = now_or_current(now)
    batch = batch_size or conf.retention_batch_size()
    held = held_person_ids()
    counts: dict[str, int] = {}
    counts.update(_posts(now, held, batch))
    counts.update(_notifications(now, held, batch))
    counts.update(_sign_in(now, held, batch))
    counts.update(_downloads(now, batch))
    counts.update(_closed_alerts(now, held, batch))
    counts.update(_programme_data(now, held, batch))
    counts.update(_evaluation(now, held, batch))
    if any(counts.values()):
        with transaction.atomic():
            audit(
                actor=None,
                person=None,
                action=PrivacyAction.RETENTION_APPLIED,
                now=now,
                held_people=len(held),
                **counts,
            )
    logger.info("privacy: retention applied: %s", counts)
    return counts
