"""The screener review list (issue 12) and the screener's monthly figures.

Who may see what: the review list is for the service's clinical safety lead (a clinical
lead of the service: `User.is_clinical_lead`); other staff of the service get 403, anyone
else 404. The monthly figures are on the reports page (reviewers, leads, service admins),
counts only, with small numbers (1 to 4) shown as "<5".
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from pmp_followon.accounts.models import Service
from pmp_followon.accounts.permissions import is_service_staff

from ..models import (
    CLOSED_STATES,
    Alert,
    AlertOutcome,
    AlertSource,
    ReviewReason,
    ReviewState,
    ScreenerReviewItem,
)
from .access import require_service_staff

SMALL_NUMBER = 5


def can_lead_screener_review(user, service_id: int) -> bool:
    return is_service_staff(user, service_id) and bool(user.is_clinical_lead)


def require_clinical_lead(user) -> Service:
    """The review list's pages: 404 for non-staff, 403 for staff who are not a lead."""
    if not is_service_staff(user):
        raise Http404
    if not user.is_clinical_lead:
        raise PermissionDenied
    return user.service


def review_items_for_user(*, user, state: str = ReviewState.PENDING) -> QuerySet:
    service = require_clinical_lead(user)
    items = ScreenerReviewItem.objects.filter(service=service)
    if state:
        items = items.filter(state=state)
    return items.select_related("decided_by").order_by("created_at", "pk")


def get_review_item_for_user(user, pk: int) -> ScreenerReviewItem:
    item = ScreenerReviewItem.objects.filter(pk=pk).first()
    if item is None or not is_service_staff(user, item.service_id):
        raise Http404
    if not can_lead_screener_review(user, item.service_id):
        raise PermissionDenied
    return item


def small_count(n: int) -> str:
    """A count for a report: "<5" for 1 to 4, so that a few people cannot be picked out."""
    return "<5" if 0 < n < SMALL_NUMBER else str(n)


@dataclass(frozen=True)
class ScreenerMonth:
    month: datetime.date  # the first day
    closed: int  # screener alerts closed this month
    false_positives: int
    missed: int  # posts scored none that a member flagged

    @property
    def closed_words(self) -> str:
        return small_count(self.closed)

    @property
    def false_positive_words(self) -> str:
        return small_count(self.false_positives)

    @property
    def missed_words(self) -> str:
        return small_count(self.missed)

    @property
    def precision(self) -> int | None:
        """Share of closed screener alerts that were real concerns, in per cent; None
        with fewer than 5 closed (too few to say, and the count would show)."""
        if self.closed < SMALL_NUMBER:
            return None
        return round(100 * (self.closed - self.false_positives) / self.closed)


def _month_starts(until: datetime.datetime, months: int, zone) -> list[datetime.datetime]:
    local = until.astimezone(zone)
    year, month = local.year, local.month
    starts = []
    for _n in range(months):
        starts.append(datetime.datetime(year, month, 1, tzinfo=zone))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return starts


def screener_months_for_user(
    *, user, until: datetime.datetime, months: int = 3
) -> list[ScreenerMonth]:
    """This month so far and the months before it: the screener's precision on real
    closures (alerts it raised, closed that month, and how many were false positives) and
    the posts it scored none that members flagged."""
    service = require_service_staff(user)
    zone = service.zone
    result = []
    for start in _month_starts(until, months, zone):
        nxt = (start + datetime.timedelta(days=32)).replace(day=1)
        end = min(nxt, until)
        closed = Alert.objects.filter(
            service=service,
            state__in=CLOSED_STATES,
            closed_at__gte=start,
            closed_at__lt=end,
            source__in=[AlertSource.SCREENING, AlertSource.REPEATED_MEDIUM],
        ).exclude(screening_level__in=["", "none"])
        result.append(
            ScreenerMonth(
                month=start.date(),
                closed=closed.count(),
                false_positives=closed.filter(outcome=AlertOutcome.FALSE_POSITIVE).count(),
                missed=ScreenerReviewItem.objects.filter(
                    service=service,
                    reason=ReviewReason.MISSED,
                    created_at__gte=start,
                    created_at__lt=end,
                ).count(),
            )
        )
    return result
