"""Learning from real use, safely (issue 12): the clinical safety lead's screener review list.

A post is offered to the list when staff close its alert as a false positive, or when a
member flags a post the screener scored none. The list keeps the text with names, emails,
phone numbers and addresses removed (safeguarding.anonymise), the screening (level, kind,
the rules and categories that matched, no spans of the original) and the reason. The
clinical safety lead approves each item with a label (or rejects it); only approved items
are exported, as JSON Lines in the labelled-data format, by `export_screener_reviews`.
Every offer, decision and export is audited.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from groups.models import Membership, Post
from pmp_followon.accounts.models import Service, User
from pmp_followon.clock import now_or_current

from .. import selectors
from ..anonymise import anonymise
from ..models import (
    Alert,
    AuditAction,
    PostScreening,
    ReviewLabel,
    ReviewReason,
    ReviewState,
    ScreenerReviewItem,
)
from .audit import audit_record

# The label an item is expected to get, shown as the choice already made on the form.
SUGGESTED_LABEL = {ReviewReason.FALSE_POSITIVE: ReviewLabel.NONE, ReviewReason.MISSED: ""}
REAL_USE_SOURCE = "real-use"


def _known_names(post: Post) -> list[str]:
    """Everyone the post might name: its author, the group's members and the service's
    staff (display names and full names)."""
    people = (
        User.objects.filter(
            pk__in=Membership.objects.filter(group_id=post.group_id).values("person_id")
        )
        | User.objects.filter(service_id=post.group.service_id)
        | User.objects.filter(pk=post.author_id)
    )
    names: list[str] = []
    for person in people.distinct():
        names += [person.display_name or "", person.get_full_name() or ""]
    return names


def _screening_summary(post: Post) -> tuple[str, str, list[dict], str]:
    screening = PostScreening.objects.filter(post=post).order_by("-screened_at", "-pk").first()
    if screening is None:
        return "", "", [], ""
    evidence = [
        {"rule": c.get("rule", ""), "category": c.get("category", ""), "level": c.get("level", "")}
        for c in screening.evidence or []
        if isinstance(c, dict)
    ]
    return screening.level, screening.kind, evidence, screening.library_version


def _review_offer(
    *,
    post: Post,
    reason: str,
    now: datetime.datetime,
    alert: Alert | None = None,
    text: str | None = None,
) -> ScreenerReviewItem | None:
    """Offer a post to the review list once per (post, reason); None when already offered.
    Called inside the transaction of the action that prompted it."""
    if ScreenerReviewItem.objects.filter(post=post, reason=reason).exists():
        return None
    level, kind, evidence, version = _screening_summary(post)
    item = ScreenerReviewItem(
        service_id=post.group.service_id,
        alert=alert,
        post=post,
        reason=reason,
        text=anonymise(text if text is not None else post.body, names=_known_names(post)),
        screening_level=level,
        screening_kind=kind,
        evidence=evidence,
        library_version=version,
        created_at=now,
    )
    item.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            item.save(force_insert=True)
    except IntegrityError:
        return None  # offered by a concurrent action first
    audit_record(
        action=AuditAction.REVIEW_ITEM_OFFERED,
        service=post.group.service,
        alert=alert,
        post=post,
        detail={"review_item_id": item.pk, "reason": reason, "screening_level": level},
        now=now,
    )
    return item


def _offer_false_positive(alert: Alert, now: datetime.datetime) -> None:
    """Staff closed the alert as a false positive: offer the post(s) the screener raised it
    for (member flags and silence alerts are not the screener's doing)."""
    if alert.screening_level in ("", "none") or (post := alert.post) is None:
        return
    _review_offer(post=post, reason=ReviewReason.FALSE_POSITIVE, alert=alert, now=now)


def _check_lead(actor: User, item: ScreenerReviewItem) -> None:
    if not selectors.can_lead_screener_review(actor, item.service_id):
        raise PermissionDenied


def _lock(item: ScreenerReviewItem) -> ScreenerReviewItem:
    return ScreenerReviewItem.objects.select_for_update().get(pk=item.pk)


@transaction.atomic
def review_item_approve(
    *,
    actor: User,
    item: ScreenerReviewItem,
    label: str,
    category: str = "",
    note: str = "",
    now: datetime.datetime | None = None,
) -> ScreenerReviewItem:
    """The clinical safety lead approves an item for the labelled data, with its label."""
    now = now_or_current(now)
    _check_lead(actor, item)
    item = _lock(item)
    if item.state != ReviewState.PENDING:
        raise ValidationError(_("This item has already been decided."))
    if label not in ReviewLabel.values:
        raise ValidationError({"label": _("Choose high, medium or none.")})
    category = (category or "").strip()
    if not category:
        category = str(item.reason)
    item.state = ReviewState.APPROVED
    item.label = label
    item.category = category[:40]
    item.decision_note = (note or "").strip()
    item.decided_by = actor
    item.decided_at = now
    item.full_clean()
    item.save()
    audit_record(
        action=AuditAction.REVIEW_ITEM_APPROVED,
        actor=actor,
        service=actor.service,
        alert=item.alert,
        detail={"review_item_id": item.pk, "label": label, "category": item.category},
        now=now,
    )
    return item


@transaction.atomic
def review_item_reject(
    *,
    actor: User,
    item: ScreenerReviewItem,
    note: str = "",
    now: datetime.datetime | None = None,
) -> ScreenerReviewItem:
    """The clinical safety lead rejects an item: it never joins the labelled data."""
    now = now_or_current(now)
    _check_lead(actor, item)
    item = _lock(item)
    if item.state != ReviewState.PENDING:
        raise ValidationError(_("This item has already been decided."))
    item.state = ReviewState.REJECTED
    item.decision_note = (note or "").strip()
    item.decided_by = actor
    item.decided_at = now
    item.full_clean()
    item.save()
    audit_record(
        action=AuditAction.REVIEW_ITEM_REJECTED,
        actor=actor,
        service=actor.service,
        alert=item.alert,
        detail={"review_item_id": item.pk},
        now=now,
    )
    return item


def review_item_record(item: ScreenerReviewItem, *, round_name: str) -> dict:
    """One approved item in the labelled-data format of the screener's data folder."""
    return {
        "id": f"real-use-{item.pk}",
        "text": item.text,
        "label": item.label,
        "category": item.category,
        "source": REAL_USE_SOURCE,
        "round": round_name,
    }


@transaction.atomic
def review_items_export(
    *,
    round_name: str,
    include_exported: bool = False,
    now: datetime.datetime | None = None,
) -> list[dict]:
    """The approved items (not yet exported, unless asked) as labelled-data records, marked
    exported and audited per service. Only approved items are ever returned."""
    now = now_or_current(now)
    approved = ScreenerReviewItem.objects.select_for_update().filter(state=ReviewState.APPROVED)
    if not include_exported:
        approved = approved.filter(exported_at__isnull=True)
    items = list(approved.order_by("pk"))
    records = [review_item_record(item, round_name=round_name) for item in items]
    by_service: dict[int, list[int]] = {}
    for item in items:
        by_service.setdefault(item.service_id, []).append(item.pk)
        if item.exported_at is None:
            item.exported_at = now
            item.save(update_fields=["exported_at"])
    for service_id, ids in by_service.items():
        audit_record(
            action=AuditAction.REVIEW_ITEMS_EXPORTED,
            service=Service.objects.get(pk=service_id),
            detail={"review_item_ids": ids, "round": round_name},
            now=now,
        )
    return records
