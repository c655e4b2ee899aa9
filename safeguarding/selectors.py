"""Every read in safeguarding that depends on who is looking, and the access helpers.

Who may see what:
- alerts: safeguarding reviewers and clinical leads IN THE SAME SERVICE as the alert. Other
  staff of that service get 403; anyone else (other services, members, outsiders) gets 404,
  so an alert's existence is not revealed. Anyone who may see an alert may act on it: in a
  crisis the first reviewer to look must be able to act.
- rota: reviewers, leads and service admins of the service read it; only service admins
  change it (others 403).
- reports: reviewers, leads and service admins of the service (numbers only).
- member pages (concerns, call back): current members of the group, or participants of a
  service.
Staff read a group's conversation only through an alert, and only the flagged post with at
most CONTEXT_BEFORE/CONTEXT_AFTER posts either side in the same thread (rule 8).
"""

from __future__ import annotations

import datetime
import statistics
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When
from django.http import Http404

from groups.models import RSVP, GatheringRSVP, Group, Membership, MembershipStatus, Post
from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.ui.dates import uk_datetime

from . import hours
from .models import (
    ACTIVE_STATES,
    CLOSED_STATES,
    ROTA_CHAIN,
    Alert,
    AlertLevel,
    AlertOutcome,
    AlertSource,
    AlertState,
    AuditEvent,
    EscalationPolicy,
    RotaEntry,
    RotaGapWarning,
)

CONTEXT_BEFORE = 2
CONTEXT_AFTER = 2
QUEUE_PAGE_SIZE = 50


# --- who is who ---------------------------------------------------------------------------
def _signed_in(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def is_alert_reviewer(user) -> bool:
    """A safeguarding reviewer or clinical lead who belongs to a service."""
    return (
        _signed_in(user)
        and user.service_id is not None
        and user.is_staff_member
        and (user.has_role(Role.SAFEGUARDING_REVIEWER) or user.is_clinical_lead)
    )


def can_review_service(user, service_id: int) -> bool:
    return is_alert_reviewer(user) and user.service_id == service_id


def is_service_staff(user, service_id: int | None = None) -> bool:
    return (
        _signed_in(user)
        and user.is_staff_member
        and user.service_id is not None
        and (service_id is None or user.service_id == service_id)
    )


def is_service_admin_of(user, service_id: int) -> bool:
    return is_service_staff(user, service_id) and user.has_role(Role.SERVICE_ADMIN)


def require_reviewer(user) -> Service:
    """For pages listing a service's alerts: 404 for non-staff, 403 for other staff."""
    if not is_service_staff(user):
        raise Http404
    if not is_alert_reviewer(user):
        raise PermissionDenied
    return user.service


def require_service_staff(user, *, admin: bool = False, reviewer_ok: bool = True) -> Service:
    """Rota and reports: service staff who are reviewers, leads or admins; `admin=True`
    for changes (403 for the others)."""
    if not is_service_staff(user):
        raise Http404
    allowed = user.has_role(Role.SERVICE_ADMIN) or (reviewer_ok and is_alert_reviewer(user))
    if not allowed or (admin and not user.has_role(Role.SERVICE_ADMIN)):
        raise PermissionDenied
    return user.service


def service_reviewers(*, service: Service, leads_only: bool = False) -> list[User]:
    people = User.objects.filter(service=service, is_active=True).order_by("pk")
    return [
        u
        for u in people
        if (u.is_clinical_lead if leads_only else is_alert_reviewer(u)) and u.is_staff_member
    ]


def service_admins(*, service: Service) -> list[User]:
    people = User.objects.filter(service=service, is_active=True).order_by("pk")
    return [u for u in people if u.has_role(Role.SERVICE_ADMIN)]


# --- alerts -------------------------------------------------------------------------------
def _level_rank():
    return Case(
        When(level=AlertLevel.HIGH, then=Value(0)),
        When(level=AlertLevel.MEDIUM, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )


def get_alert_for_user(user, pk: int, *, write: bool = False) -> Alert:
    """The alert, or 404 (another service, members, outsiders) or 403 (staff of the same
    service without the safeguarding role). `write` asks for the same right as reading:
    there is no read-only view of an alert."""
    alert = (
        Alert.objects.select_related(
            "service", "group", "subject", "post", "assigned_to", "closed_by", "raised_by"
        )
        .filter(pk=pk)
        .first()
    )
    if alert is None or not is_service_staff(user, alert.service_id):
        raise Http404
    if not can_review_service(user, alert.service_id):
        raise PermissionDenied
    return alert


def alert_queue_for_user(
    *,
    user,
    level: str = "",
    state: str = "",
    source: str = "",
) -> QuerySet[Alert]:
    """The staff queue: active alerts (or the chosen state) in the user's service, highest
    level first, then oldest first, so the morning queue opens with the oldest high alert.
    Call backs (routine) come after every alert."""
    service = require_reviewer(user)
    alerts = Alert.objects.filter(service=service)
    alerts = alerts.filter(state=state) if state else alerts.filter(state__in=ACTIVE_STATES)
    if level:
        alerts = alerts.filter(level=level)
    if source:
        alerts = alerts.filter(source=source)
    return (
        alerts.select_related("subject", "group", "assigned_to")
        .annotate(level_order=_level_rank())
        .order_by("level_order", "raised_at", "pk")
    )


def alerts_due_for_escalation(*, now: datetime.datetime) -> QuerySet[Alert]:
    return (
        Alert.objects.filter(escalate_after__lte=now, state__in=ACTIVE_STATES)
        .annotate(level_order=_level_rank())
        .order_by("level_order", "raised_at", "pk")
    )


def _thread_root_id(post: Post) -> int:
    return post.parent_id or post.pk


def alert_thread_post_ids(*, alert: Alert) -> set[int]:
    """The posts a reviewer may act on from this alert: the flagged post and its context."""
    before, after = alert_context_posts(alert=alert)
    ids = {p.pk for p in before + after}
    if alert.post_id:
        ids.add(alert.post_id)
    return ids


def alert_context_posts(*, alert: Alert) -> tuple[list[Post], list[Post]]:
    """At most CONTEXT_BEFORE posts before and CONTEXT_AFTER after the flagged post, in the
    same thread (the opening post and its replies), oldest first. Never the whole group."""
    if alert.post_id is None:
        return [], []
    post = alert.post
    root = _thread_root_id(post)
    thread = Post.objects.filter(Q(pk=root) | Q(parent_id=root)).exclude(pk=post.pk)
    thread = thread.select_related("author")
    before = list(
        thread.filter(
            Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk)
        ).order_by("-created_at", "-pk")[:CONTEXT_BEFORE]
    )
    after = list(
        thread.filter(
            Q(created_at__gt=post.created_at) | Q(created_at=post.created_at, pk__gt=post.pk)
        ).order_by("created_at", "pk")[:CONTEXT_AFTER]
    )
    return list(reversed(before)), after


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
class TimelineEntry:
    at: datetime.datetime
    action: str
    label: str
    actor: User | None
    detail: dict
    text: str = ""


def alert_timeline(*, alert: Alert) -> list[TimelineEntry]:
    """Everything that happened to the alert, oldest first, from the audit trail, with the
    words of notes and contact attempts."""
    events = list(
        AuditEvent.objects.filter(alert=alert).select_related("actor").order_by("created_at", "pk")
    )
    notes = {n.pk: n for n in alert.notes.all()}
    attempts = {a.pk: a for a in alert.contact_attempts.all()}
    paged_ids = {
        pk
        for event in events
        for pk in event.detail.get("recipient_ids", []) + [event.detail.get("recipient_id")]
        if pk
    }
    names = dict(User.objects.filter(pk__in=paged_ids).values_list("pk", "display_name"))
    entries = []
    for event in events:
        text = ""
        if event.action == "escalated":
            who = ", ".join(names.get(pk, "?") for pk in event.detail.get("recipient_ids", []))
            text = f"{event.detail.get('step', '')}: {who or 'nobody could be found'}"
        if event.action == "notification_queued":
            channels = ", ".join(event.detail.get("channels", []))
            text = f"{names.get(event.detail.get('recipient_id'), '?')} ({channels})"
        if event.action == "escalation_deferred":
            text = "Waiting until " + uk_datetime(
                datetime.datetime.fromisoformat(event.detail["until"]), tz=alert.service.zone
            )
        if "note_id" in event.detail and event.detail["note_id"] in notes:
            text = notes[event.detail["note_id"]].text
        attempt = attempts.get(event.detail.get("contact_attempt_id"))
        if attempt is not None:
            text = f"{attempt.get_method_display()}: {attempt.get_result_display()}."
            if attempt.note:
                text += f" {attempt.note}"
        if event.action == "alert_resolved":
            text = alert.outcome_note
        if event.action == "alert_dismissed":
            text = alert.dismiss_reason
        entries.append(
            TimelineEntry(
                at=event.created_at,
                action=event.action,
                label=event.get_action_display(),
                actor=event.actor,
                detail=event.detail,
                text=text,
            )
        )
    return entries


def alert_concerns(*, alert: Alert):
    return alert.concerns.select_related("raised_by").order_by("created_at")


# --- members, silence ---------------------------------------------------------------------
def meeting_rsvp_since(*, person: User, since: datetime.datetime) -> bool:
    """Whether the person answered a meeting (or service gathering) invitation after
    `since`. Any answer counts, "can't come" too: it is a sign of life. This is the one
    place the silence check reads RSVPs."""
    return (
        RSVP.objects.filter(person=person, answered_at__gt=since).exists()
        or GatheringRSVP.objects.filter(person=person, answered_at__gt=since).exists()
    )


def member_active_since(*, person: User, since: datetime.datetime) -> bool:
    """Any sign of life after `since`: a post, a meeting RSVP or a sign-in."""
    if person.last_login is not None and person.last_login > since:
        return True
    if Post.objects.filter(author=person, created_at__gt=since).exists():
        return True
    return meeting_rsvp_since(person=person, since=since)


def member_last_activity(*, person: User) -> datetime.datetime | None:
    """For the check-in alert: when the member was last seen (post or sign-in)."""
    last_post = (
        Post.objects.filter(author=person).order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    seen = [t for t in (last_post, person.last_login) if t is not None]
    return max(seen) if seen else None


def silence_candidates(*, now: datetime.datetime, scan_days: int) -> QuerySet[Alert]:
    """Alerts for worrying posts (screened medium or high) without a check-in yet, not
    judged false positives. The sweeper applies each alert's frozen silence times."""
    return (
        Alert.objects.filter(
            source__in=[AlertSource.SCREENING, AlertSource.REPEATED_MEDIUM],
            screening_level__in=[AlertLevel.HIGH, AlertLevel.MEDIUM],
            post__isnull=False,
            raised_at__gte=now - datetime.timedelta(days=scan_days),
        )
        .exclude(state=AlertState.DISMISSED)
        .exclude(outcome=AlertOutcome.FALSE_POSITIVE)
        .exclude(
            Exists(Alert.objects.filter(origin=OuterRef("pk"), source=AlertSource.SILENCE))
        )
        .select_related("post", "subject", "service", "group")
        .order_by("raised_at")
    )


def get_post_for_member(user, pk: int) -> Post:
    """A post the user may flag: they are a current member of its group (404 otherwise)."""
    post = Post.objects.select_related("group__service", "author").filter(pk=pk).first()
    if post is None or not _signed_in(user) or not _is_current_member(user, post.group):
        raise Http404
    return post


def get_group_for_member(user, pk: int) -> Group:
    group = Group.objects.select_related("service").filter(pk=pk).first()
    if group is None or not _signed_in(user) or not _is_current_member(user, group):
        raise Http404
    return group


def _is_current_member(user, group: Group) -> bool:
    return Membership.objects.filter(
        group=group, person=user, status__in=[MembershipStatus.ACTIVE, MembershipStatus.PAUSED]
    ).exists()


def group_members_for_concern(*, group: Group, user) -> QuerySet[User]:
    """Other people in the group someone may be worried about."""
    return (
        User.objects.filter(
            group_memberships__group=group,
            group_memberships__status__in=[MembershipStatus.ACTIVE, MembershipStatus.PAUSED],
        )
        .exclude(pk=user.pk)
        .order_by("display_name")
        .distinct()
    )


def member_groups(*, user) -> QuerySet[Group]:
    return Group.objects.filter(
        memberships__person=user,
        memberships__status__in=[MembershipStatus.ACTIVE, MembershipStatus.PAUSED],
    ).order_by("name")


def require_callback_member(user) -> Service:
    """Call back requests are for participants of a service (404 for anyone else)."""
    if not _signed_in(user) or user.service_id is None or user.is_staff_member:
        raise Http404
    return user.service


# --- rota and policy ------------------------------------------------------------------------
def rota_on_duty(*, service: Service, day: datetime.date) -> dict[str, RotaEntry | None]:
    """Who holds each position on a local date: date-range cover first, then the weekday."""
    entries = RotaEntry.objects.filter(service=service).filter(
        Q(weekday=day.weekday()) | Q(starts_on__lte=day, ends_on__gte=day)
    ).select_related("person")
    result: dict[str, RotaEntry | None] = dict.fromkeys(ROTA_CHAIN)
    for entry in sorted(entries, key=lambda e: (e.weekday is not None, -e.pk)):
        if result.get(entry.position) is None and entry.person.is_active:
            result[entry.position] = entry
    return result


def rota_gaps(
    *, service: Service, start: datetime.datetime, end: datetime.datetime
) -> list[tuple[datetime.date, str]]:
    """Empty positions on open days whose hours overlap [start, end]."""
    gaps = []
    day = start.astimezone(service.zone).date()
    last = end.astimezone(service.zone).date()
    while day <= last:
        interval = hours.open_interval(service, day)
        if interval is not None and interval[1] > start and interval[0] <= end:
            on_duty = rota_on_duty(service=service, day=day)
            gaps += [(day, position) for position in ROTA_CHAIN if on_duty[position] is None]
        day += datetime.timedelta(days=1)
    return gaps


def rota_schedule(*, service: Service, first: datetime.date, count: int) -> list[dict]:
    """Who is on duty each day for `count` days from `first` (for the rota page)."""
    days = []
    for offset in range(count):
        day = first + datetime.timedelta(days=offset)
        days.append(
            {
                "day": day,
                "open": hours.open_interval(service, day) is not None,
                "on_duty": rota_on_duty(service=service, day=day),
            }
        )
    return days


def rota_for_user(*, user) -> QuerySet[RotaEntry]:
    service = require_service_staff(user)
    return RotaEntry.objects.filter(service=service).select_related("person").order_by(
        "position", "weekday", "starts_on", "pk"
    )


def get_rota_entry_for_admin(user, pk: int) -> RotaEntry:
    entry = RotaEntry.objects.select_related("service").filter(pk=pk).first()
    if entry is None or not is_service_staff(user, entry.service_id):
        raise Http404
    require_service_staff(user, admin=True)
    return entry


def rota_gap_warnings(*, service: Service, since: datetime.date):
    return RotaGapWarning.objects.filter(service=service, day__gte=since).order_by("day")


def escalation_policy_for(*, service: Service) -> EscalationPolicy:
    """The service's policy, or the defaults (unsaved) when it has never been changed."""
    return EscalationPolicy.objects.filter(service=service).first() or EscalationPolicy(
        service=service
    )


def rota_candidates(*, service: Service) -> list[User]:
    return service_reviewers(service=service)


# --- reports --------------------------------------------------------------------------------
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
    policy = alert.policy
    if alert.level == AlertLevel.HIGH:
        start = hours.next_opening(alert.service, alert.raised_at)
        if policy.get("on_call_id"):
            start = alert.raised_at
        allowed = datetime.timedelta(minutes=policy.get("high_ack_minutes", 15))
        return alert.acknowledged_at - min(start, alert.acknowledged_at) <= allowed
    key = (
        "medium_ack_service_hours"
        if alert.level == AlertLevel.MEDIUM
        else "callback_service_hours"
    )
    allowed_hours = policy.get(key, 4)
    taken = hours.service_hours_between(alert.service, alert.raised_at, alert.acknowledged_at)
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
            "level", "source", "state", "outcome", "raised_at", "acknowledged_at", "closed_at",
            "policy", "service",
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
    outcomes = dict(
        counts.exclude(outcome="").values_list("outcome").annotate(n=Count("pk"))
    )
    report.by_outcome = [(str(o.label), outcomes.get(o.value, 0)) for o in AlertOutcome]
    return report
