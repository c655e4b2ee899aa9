"""Alerts as staff see them: one alert (with its access rule), the queue, the few posts around
a flagged post (never the whole group, rule 8), the timeline from the audit trail."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.http import Http404
from django.utils.timesince import TIME_STRINGS, timesince, timeuntil
from django.utils.translation import gettext, ngettext

from groups.models import Post
from pmp_followon.accounts.models import User
from pmp_followon.accounts.permissions import is_service_staff
from pmp_followon.ui.dates import uk_datetime

from ..models import (
    ACTIVE_STATES,
    Alert,
    AlertLevel,
    AlertSource,
    AlertState,
    AuditEvent,
    RiskKind,
)
from .access import can_review_service, require_reviewer

CONTEXT_BEFORE = 2
CONTEXT_AFTER = 2
QUEUE_PAGE_SIZE = 50
# Repeated looks at one alert by one person within this window are one look: recorded once
# (services.alert_view_record) and shown as one timeline line.
VIEW_WINDOW = datetime.timedelta(minutes=10)


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
    level first, then the most imminent (responses.imminence_rank: a time or an emergency
    now, then a means, method or plan, then other cues), then oldest first, so the morning
    queue opens with the oldest high alert. Call backs (routine) come after every alert."""
    service = require_reviewer(user)
    alerts = Alert.objects.filter(service=service)
    alerts = alerts.filter(state=state) if state else alerts.filter(state__in=ACTIVE_STATES)
    if level:
        alerts = alerts.filter(level=level)
    if source:
        alerts = alerts.filter(source=source)
    return (
        alerts.select_related("subject", "group", "assigned_to")
        # The queue shows names only: not parsing two phone numbers a row.
        .defer("subject__mobile", "assigned_to__mobile")
        .annotate(level_order=_level_rank())
        .order_by("level_order", "imminence", "raised_at", "pk")
    )


@dataclass
class QueueRow:
    """What one row of the queue shows, worked out once per row in Python: the same words
    the template's timesince/timeuntil filters and blocktranslate tags gave (tests compare
    them), without a template tag per word (issue 17: the queue's per-row cost)."""

    level_label: str
    kind_label: str
    source_label: str
    state_label: str
    raised_ago: str
    post_count: int
    posts_note: str
    escalation: str


class _Counted:
    """One of timesince's "%(num)d minute"/"%(num)d minutes" strings, translated once per
    count: a page of the queue asks for the same few dozen again and again, and each
    translation lookup walks Django's chain of catalogs (issue 17, run 6)."""

    def __init__(self, lazy) -> None:
        self.lazy = lazy
        self.done: dict[int, str] = {}

    def __mod__(self, params: dict) -> str:
        num = params["num"]
        found = self.done.get(num)
        if found is None:
            found = self.done[num] = self.lazy % params
        return found


def _ago(
    moment: datetime.datetime | None, now: datetime.datetime, strings: dict, *, until=False
) -> str:
    # As the `timesince` and `timeuntil` filters: nothing for no date, and nothing rather
    # than an error.
    if not moment:
        return ""
    try:
        if until:
            return timeuntil(moment, now, time_strings=strings)
        return timesince(moment, now, time_strings=strings)
    except (ValueError, TypeError):
        return ""


def alert_queue_rows(alerts, *, now: datetime.datetime) -> list[Alert]:
    """The alerts of one page of the queue, each with `.row` (QueueRow) set. Every label
    is translated once per page, not once per row."""
    levels = {k: str(v) for k, v in AlertLevel.choices}
    kinds = {k: str(v) for k, v in RiskKind.choices}
    sources = {k: str(v) for k, v in AlertSource.choices}
    states = {k: str(v) for k, v in AlertState.choices}
    strings = {name: _Counted(text) for name, text in TIME_STRINGS.items()}
    ago_template = gettext("%(ago)s ago")
    in_template = gettext("in %(left)s")
    overdue, no_escalation = gettext("Now (overdue)"), gettext("None")
    rows = list(alerts)
    for alert in rows:
        count = alert.post_count
        posts_note = ""
        if count > 1:
            posts_note = ngettext(
                "%(posts)s post, the latest %(latest)s ago",
                "%(posts)s posts, the latest %(latest)s ago",
                count,
            ) % {"posts": count, "latest": _ago(alert.latest_post_at, now, strings)}
        if not alert.escalate_after:
            escalation = no_escalation
        elif alert.escalate_after <= now:
            escalation = overdue
        else:
            escalation = in_template % {
                "left": _ago(alert.escalate_after, now, strings, until=True)
            }
        alert.row = QueueRow(
            level_label=levels.get(alert.level, alert.level),
            kind_label=kinds.get(alert.kind, alert.kind),
            source_label=sources.get(alert.source, alert.source),
            state_label=states.get(alert.state, alert.state),
            raised_ago=ago_template % {"ago": _ago(alert.raised_at, now, strings)},
            post_count=count,
            posts_note=posts_note,
            escalation=escalation,
        )
    return rows


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


def get_post_for_alert_action(*, pk: int) -> Post:
    """The post a reviewer acts on from an alert page (404 when there is none); the service
    checks that it is the alert's post or one around it."""
    post = Post.objects.filter(pk=pk).first()
    if post is None:
        raise Http404
    return post


def alert_post_to_hide(*, alert: Alert, pk) -> Post:
    """The post a "hide this post" page is for: the alert's flagged post or one of the posts
    shown around it, not yet hidden; 404 for anything else (a stale link, another thread)."""
    try:
        wanted = int(pk)
    except (TypeError, ValueError):
        raise Http404 from None
    before, after = alert_context_posts(alert=alert)
    shown = {p.pk: p for p in before + after}
    if alert.post is not None:
        shown[alert.post.pk] = alert.post
    post = shown.get(wanted)
    if post is None or post.hidden_at is not None:
        raise Http404
    return post


def alert_context_posts(*, alert: Alert) -> tuple[list[Post], list[Post]]:
    """At most CONTEXT_BEFORE posts before and CONTEXT_AFTER after the flagged post, in the
    same thread (the opening post and its replies), oldest first. Never the whole group."""
    post = alert.post
    if post is None:
        return [], []
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


@dataclass
class TimelineEntry:
    at: datetime.datetime
    action: str
    label: str
    actor: User | None
    detail: dict
    text: str = ""
    times: int = 1  # looks by the same person within VIEW_WINDOW, shown as one line
    last_at: datetime.datetime | None = None


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
    last_view: dict[int | None, TimelineEntry] = {}
    for event in events:
        if event.action == "alert_viewed":
            seen = last_view.get(event.actor_id)
            if seen is not None and event.created_at - seen.at <= VIEW_WINDOW:
                seen.times += 1
                seen.last_at = event.created_at
                continue
        text = ""
        if event.action == "escalated":
            who = ", ".join(names.get(pk, "?") for pk in event.detail.get("recipient_ids", []))
            text = f"{event.detail.get('step', '')}: {who or 'nobody could be found'}"
        if event.action == "notification_queued":
            channels = ", ".join(event.detail.get("channels", []))
            text = f"{names.get(event.detail.get('recipient_id'), '?')} ({channels})"
        if event.action == "escalated" and event.detail.get("reason") == "page_failed":
            text += " (the page before could not be delivered)"
        if event.action == "page_failed":
            who = ", ".join(names.get(pk, "?") for pk in event.detail.get("recipient_ids", []))
            channels = " and ".join(event.detail.get("channels", [])) or "every channel"
            text = f"{who or 'Nobody'} could not be reached ({channels} failed)."
            if event.detail.get("moved_on"):
                text += " Paging the next person at once; the service admins were told."
            else:
                text += " The service admins were told."
        if event.action == "alert_level_raised":
            text = (
                f"{event.detail.get('from', '')} to {event.detail.get('to', '')}: "
                f"{event.detail.get('reason', '')}"
            )
        if event.action == "alert_post_added":
            level = event.detail.get("screening_level", "")
            screened = f", screened {level}" if level else ""
            text = f"Another post flagged{screened}. It is shown under Later posts."
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
        if event.action == "alert_viewed":
            last_view[event.actor_id] = entries[-1]
    return entries


def alert_concerns(*, alert: Alert):
    return alert.concerns.select_related("raised_by").order_by("created_at")
