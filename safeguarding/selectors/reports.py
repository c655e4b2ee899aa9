"""The staff report (rule 12): time to acknowledge and resolve, alerts per 100 posts,
false-positive rate. Numbers only, no names."""

from __future__ import annotations

import datetime
import statistics
from dataclasses import dataclass, field

from django.db.models import Count

from groups.models import Post

from .. import hours
from ..models import ACTIVE_STATES, CLOSED_STATES, Alert, AlertLevel, AlertOutcome, AlertSource
from .access import require_service_staff


def duration_words(value: datetime.timedelta | None) -> str:
    """'45 seconds', '22 minutes', '3 hours 5 minutes', '2 days 4 hours'."""
    if value is None:
        return ""
    seconds = int(value.total_seconds())
    days, rest = divmod(seconds, 86400)
    hours_, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)

    def unit(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    if days:
        return unit(days, "day") + (f" {unit(hours_, 'hour')}" if hours_ else "")
    if hours_:
        return unit(hours_, "hour") + (f" {unit(minutes, 'minute')}" if minutes else "")
    if minutes:
        return unit(minutes, "minute")
    return unit(secs, "second")


@dataclass
class LevelFigures:
    level: str
    label: str
    raised: int = 0
    acknowledged: int = 0
    median_to_acknowledge: datetime.timedelta | None = None
    p90_to_acknowledge: datetime.timedelta | None = None
    median_to_resolve: datetime.timedelta | None = None
    acknowledged_in_time: int = 0
    still_open: int = 0

    @property
    def to_acknowledge_words(self) -> str:
        if self.median_to_acknowledge is None:
            return ""
        return (
            f"{duration_words(self.median_to_acknowledge)} "
            f"(90%: {duration_words(self.p90_to_acknowledge)})"
        )

    @property
    def to_resolve_words(self) -> str:
        return duration_words(self.median_to_resolve)


@dataclass
class SafeguardingReport:
    since: datetime.datetime
    until: datetime.datetime
    alerts: int = 0
    posts: int = 0
    alerts_per_100_posts: float | None = None
    closed: int = 0
    false_positives: int = 0
    false_positive_rate: float | None = None
    by_level: list[LevelFigures] = field(default_factory=list)
    by_source: list[tuple[str, int]] = field(default_factory=list)
    by_outcome: list[tuple[str, int]] = field(default_factory=list)


def _percentile(values: list[datetime.timedelta], fraction: float) -> datetime.timedelta | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def _median(values: list[datetime.timedelta]) -> datetime.timedelta | None:
    if not values:
        return None
    return datetime.timedelta(seconds=statistics.median(v.total_seconds() for v in values))


def _ack_in_time(alert: Alert) -> bool:
    """Acknowledged within the frozen policy: high in minutes from when someone could first
    have been told (raised, or the next opening), medium and call backs in service hours."""
    acknowledged = alert.acknowledged_at
    if acknowledged is None:
        return False
    policy = alert.policy
    if alert.level == AlertLevel.HIGH:
        start = hours.next_opening(alert.service, alert.raised_at)
        if policy.get("on_call_id"):
            start = alert.raised_at
        allowed = datetime.timedelta(minutes=policy.get("high_ack_minutes", 15))
        return acknowledged - min(start, acknowledged) <= allowed
    key = (
        "medium_ack_service_hours" if alert.level == AlertLevel.MEDIUM else "callback_service_hours"
    )
    allowed_hours = policy.get(key, 4)
    taken = hours.service_hours_between(alert.service, alert.raised_at, acknowledged)
    return taken <= datetime.timedelta(hours=allowed_hours)


def safeguarding_report_for_user(
    *, user, since: datetime.datetime, until: datetime.datetime
) -> SafeguardingReport:
    """Time to acknowledge and resolve, alerts per 100 posts, false-positive rate, for
    alerts raised in [since, until) in the user's service. Numbers only: no names."""
    service = require_service_staff(user)
    alerts = list(
        Alert.objects.filter(service=service, raised_at__gte=since, raised_at__lt=until)
        .select_related("service")
        .only(
            "level",
            "source",
            "state",
            "outcome",
            "raised_at",
            "acknowledged_at",
            "closed_at",
            "policy",
            "service",
        )
    )
    report = SafeguardingReport(since=since, until=until, alerts=len(alerts))
    report.posts = Post.objects.filter(
        group__service=service, created_at__gte=since, created_at__lt=until
    ).count()
    screening_alerts = sum(
        1 for a in alerts if a.source in (AlertSource.SCREENING, AlertSource.REPEATED_MEDIUM)
    )
    if report.posts:
        report.alerts_per_100_posts = round(100 * screening_alerts / report.posts, 1)
    closed = [a for a in alerts if a.state in CLOSED_STATES]
    report.closed = len(closed)
    report.false_positives = sum(1 for a in closed if a.outcome == AlertOutcome.FALSE_POSITIVE)
    if closed:
        report.false_positive_rate = round(100 * report.false_positives / len(closed), 1)
    for level in AlertLevel:
        mine = [a for a in alerts if a.level == level]
        acked = [a for a in mine if a.acknowledged_at is not None]
        to_ack = [a.acknowledged_at - a.raised_at for a in acked]
        to_resolve = [a.closed_at - a.raised_at for a in mine if a.closed_at is not None]
        report.by_level.append(
            LevelFigures(
                level=level.value,
                label=str(level.label),
                raised=len(mine),
                acknowledged=len(acked),
                median_to_acknowledge=_median(to_ack),
                p90_to_acknowledge=_percentile(to_ack, 0.9),
                median_to_resolve=_median(to_resolve),
                acknowledged_in_time=sum(1 for a in acked if _ack_in_time(a)),
                still_open=sum(1 for a in mine if a.state in ACTIVE_STATES),
            )
        )
    counts = Alert.objects.filter(service=service, raised_at__gte=since, raised_at__lt=until)
    sources = dict(counts.values_list("source").annotate(n=Count("pk")))
    report.by_source = [(str(s.label), sources.get(s.value, 0)) for s in AlertSource]
    outcomes = dict(counts.exclude(outcome="").values_list("outcome").annotate(n=Count("pk")))
    report.by_outcome = [(str(o.label), outcomes.get(o.value, 0)) for o in AlertOutcome]
    return report
