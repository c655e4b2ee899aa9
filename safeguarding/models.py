"""Safeguarding records: alerts and their state machine, member concerns, contact attempts,
notes, the duty rota, each service's escalation policy, post screenings and the audit trail.

Alerts, concerns, contact attempts, notes and audit events are clinical records: they are
never deleted (PROTECT everywhere, guards below and, on PostgreSQL, triggers in the
migrations). Every write goes through safeguarding.services.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from groups.models import Group, Post
from pmp_followon.accounts.models import Service
from pmp_followon.audit import (  # noqa: F401  (re-exported: other apps import them here)
    AppendOnlyError,
    AppendOnlyManager,
    AppendOnlyModel,
    AppendOnlyQuerySet,
)


class NeverDeletedQuerySet(models.QuerySet):
    def delete(self):
        raise AppendOnlyError(f"{self.model.__name__} rows are never deleted.")

    def _raw_delete(self, using):
        raise AppendOnlyError(f"{self.model.__name__} rows are never deleted.")


# --- alerts -----------------------------------------------------------------------------
class AlertLevel(models.TextChoices):
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    # A member's request for a call back: non-urgent, below every alert in the queue.
    ROUTINE = "routine", _("Call back")


class RiskKind(models.TextChoices):
    """The kind of risk beyond the level (issue 12); what follows is in responses.py."""

    SELF = "", _("Risk to the member")
    MEDICAL_EMERGENCY = "medical_emergency", _("Medical emergency now")
    OTHER_AT_RISK = "other_at_risk", _("Someone else at risk")


LEVEL_RANK: dict[str, int] = {AlertLevel.HIGH: 0, AlertLevel.MEDIUM: 1, AlertLevel.ROUTINE: 2}


class AlertSource(models.TextChoices):
    SCREENING = "screening", _("Automatic check of a post")
    MEMBER_FLAG = "member_flag", _("A member's concern")
    SILENCE = "silence", _("Silence after a worrying post")
    REPEATED_MEDIUM = "repeated_medium", _("Repeated worrying posts")
    STAFF = "staff", _("Raised by staff")
    CALLBACK = "callback", _("Call back request")


class AlertState(models.TextChoices):
    OPEN = "open", _("Open")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    CONTACTING = "contacting", _("Contacting")
    RESOLVED = "resolved", _("Resolved")
    DISMISSED = "dismissed", _("Dismissed")


ACTIVE_STATES = (AlertState.OPEN, AlertState.ACKNOWLEDGED, AlertState.CONTACTING)
CLOSED_STATES = (AlertState.RESOLVED, AlertState.DISMISSED)

# safeguarding.md rule 9. Resolving or dismissing straight from "open" is allowed (a reviewer
# may see at once that a post is a false positive); the service records the acknowledgement
# on the way so that reports stay honest.
ALERT_TRANSITIONS: dict[str, frozenset[str]] = {
    AlertState.OPEN: frozenset(
        {AlertState.ACKNOWLEDGED, AlertState.CONTACTING, AlertState.RESOLVED, AlertState.DISMISSED}
    ),
    AlertState.ACKNOWLEDGED: frozenset(
        {AlertState.CONTACTING, AlertState.RESOLVED, AlertState.DISMISSED}
    ),
    AlertState.CONTACTING: frozenset({AlertState.RESOLVED, AlertState.DISMISSED}),
    AlertState.RESOLVED: frozenset(),
    AlertState.DISMISSED: frozenset(),
}


class AlertOutcome(models.TextChoices):
    CONTACTED_SAFE = "contacted_safe", _("Contacted and safe")
    CRISIS_TEAM = "crisis_team", _("Referred to crisis team")
    EMERGENCY_SERVICES = "emergency_services", _("Emergency services called")
    SAFEGUARDING_REFERRAL = "safeguarding_referral", _("Safeguarding referral made")
    FALSE_POSITIVE = "false_positive", _("False positive")
    OTHER = "other", _("Other")


class EscalationPhase(models.TextChoices):
    NONE = "", _("Not escalating")
    ACKNOWLEDGE = "ack", _("Waiting to be acknowledged")
    ACTION = "action", _("Acknowledged, waiting for action")


class Alert(models.Model):
    """A worry about a member that a person must look at: a row with a state machine.

    `escalate_after` is when the escalation sweeper next looks at it (never a long Celery
    countdown); `policy` is the service's escalation policy frozen when the alert opened;
    `snapshot` and `evidence` are what the post said and why it was flagged, kept even if
    the post is later hidden or edited.
    """

    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="safeguarding_alerts"
    )
    group = models.ForeignKey(
        Group, on_delete=models.PROTECT, null=True, blank=True, related_name="safeguarding_alerts"
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="safeguarding_alerts_about",
        verbose_name=_("member"),
    )
    post = models.ForeignKey(
        Post, on_delete=models.PROTECT, null=True, blank=True, related_name="safeguarding_alerts"
    )
    # The alert that led to this one (a silence check-in follows a worrying post's alert).
    origin = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="follow_ups"
    )
    level = models.CharField(_("level"), max_length=10, choices=AlertLevel.choices)
    source = models.CharField(_("source"), max_length=20, choices=AlertSource.choices)
    state = models.CharField(
        _("state"), max_length=16, choices=AlertState.choices, default=AlertState.OPEN
    )
    outcome = models.CharField(
        _("outcome"), max_length=24, choices=AlertOutcome.choices, blank=True
    )
    outcome_note = models.TextField(_("outcome notes"), blank=True, max_length=2000)
    dismiss_reason = models.TextField(_("reason for dismissing"), blank=True, max_length=2000)

    # What the screener said about the post when it was saved ("" when not screened).
    screening_level = models.CharField(max_length=10, blank=True)
    # A medical emergency now, someone else at risk, or (empty) risk to the member.
    kind = models.CharField(
        _("kind of concern"), max_length=20, choices=RiskKind.choices, blank=True, default=""
    )
    # How soon the evidence suggests (responses.imminence_rank): 0 a time or an emergency
    # now, 1 a means or a method, 2 other cues, 3 none. Orders the queue within a level.
    imminence = models.PositiveSmallIntegerField(default=3)
    library_version = models.CharField(max_length=40, blank=True)
    snapshot = models.JSONField(default=dict, blank=True)
    evidence = models.JSONField(default=list, blank=True)
    policy = models.JSONField(default=dict, blank=True)
    # One alert per trigger: "post:12:screening", "silence:34", "flag:56", ...
    dedupe_key = models.CharField(max_length=120, unique=True)

    raised_at = models.DateTimeField(default=timezone.now, db_index=True)
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="safeguarding_alerts_assigned",
        verbose_name=_("reviewer"),
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    contacting_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    escalate_after = models.DateTimeField(null=True, blank=True)
    escalation_phase = models.CharField(
        max_length=8, choices=EscalationPhase.choices, blank=True, default=EscalationPhase.NONE
    )
    # Index into the chain (duty, backup, lead) for the next step; grows by one per step,
    # so step // 3 is the round (escalations repeat).
    escalation_step = models.PositiveIntegerField(default=0)
    # How many times the sweeper has sent for this alert; part of every idempotency key.
    escalation_seq = models.PositiveIntegerField(default=0)
    last_escalated_at = models.DateTimeField(null=True, blank=True)

    # Call back requests (source=callback).
    callback_phone = models.CharField(_("number to call"), max_length=32, blank=True)
    callback_preferred_time = models.CharField(_("best time to call"), max_length=20, blank=True)

    objects = NeverDeletedQuerySet.as_manager()

    class Meta:
        ordering = ["-raised_at"]
        indexes = [
            models.Index(fields=["service", "state", "level", "raised_at"]),
            models.Index(fields=["subject", "state"], name="alert_subject_state_idx"),
            models.Index(fields=["subject", "source", "raised_at"]),
            models.Index(
                fields=["escalate_after"],
                name="alert_escalate_due",
                condition=models.Q(escalate_after__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(level__in=AlertLevel.values), name="alert_level_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(source__in=AlertSource.values), name="alert_source_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(state__in=AlertState.values), name="alert_state_valid"
            ),
            models.CheckConstraint(
                condition=~models.Q(state=AlertState.RESOLVED) | ~models.Q(outcome=""),
                name="alert_resolved_has_outcome",
            ),
            models.CheckConstraint(
                condition=~models.Q(state=AlertState.DISMISSED) | ~models.Q(dismiss_reason=""),
                name="alert_dismissed_has_reason",
            ),
            models.CheckConstraint(
                condition=models.Q(state__in=ACTIVE_STATES) | models.Q(escalate_after__isnull=True),
                name="alert_closed_does_not_escalate",
            ),
        ]

    def __str__(self) -> str:
        return f"Alert {self.pk} ({self.get_level_display()}, {self.get_state_display()})"

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Alerts are never deleted.")

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def level_rank(self) -> int:
        return LEVEL_RANK[self.level]

    @property
    def is_callback(self) -> bool:
        return self.source == AlertSource.CALLBACK

    def can_transition(self, to: str) -> bool:
        return to in ALERT_TRANSITIONS[self.state]

    @property
    def post_count(self) -> int:
        """The member's posts in this alert: its own and the later ones that joined it
        (decisions 0012 and 0013), each once (an edited post may join twice)."""
        later = (self.snapshot or {}).get("later_posts", [])
        return len({self.post_id, *(p.get("post_id") for p in later)} - {None})

    @property
    def latest_post_at(self) -> datetime.datetime | None:
        """When the newest post in the alert was written (from the snapshot: no query)."""
        snapshot = self.snapshot or {}
        posts = ([snapshot] if self.post_id else []) + list(snapshot.get("later_posts", []))
        times = [
            datetime.datetime.fromisoformat(p["created_at"]) for p in posts if "created_at" in p
        ]
        return max(times, default=None)

    def is_overdue(self, now: datetime.datetime) -> bool:
        """Past its next escalation point (the sweeper will act on it within a minute)."""
        return self.escalate_after is not None and self.escalate_after <= now

    def time_to_escalation(self, now: datetime.datetime) -> datetime.timedelta | None:
        if self.escalate_after is None:
            return None
        return max(self.escalate_after - now, datetime.timedelta(0))

    def evidence_highlighted(self) -> list[tuple[str, bool]]:
        """The snapshot text cut into (text, is_evidence) pieces, for <mark> in the page."""
        body = (self.snapshot or {}).get("body", "")
        spans = sorted(
            {
                (int(cue["start"]), int(cue["end"]))
                for cue in self.evidence or []
                if isinstance(cue, dict)
                and "start" in cue
                and "end" in cue
                and 0 <= int(cue["start"]) < int(cue["end"]) <= len(body)
            }
        )
        pieces: list[tuple[str, bool]] = []
        position = 0
        for start, end in spans:
            start = max(start, position)
            if start >= end:
                continue
            if start > position:
                pieces.append((body[position:start], False))
            pieces.append((body[start:end], True))
            position = end
        if position < len(body):
            pieces.append((body[position:], False))
        return pieces


class Concern(models.Model):
    """A member's "I'm worried about this" on a post, or a concern about another member.

    Seen by staff only; never sent to the person it is about.
    """

    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="safeguarding_concerns"
    )
    group = models.ForeignKey(Group, on_delete=models.PROTECT, related_name="+")
    post = models.ForeignKey(
        Post, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    note = models.TextField(_("anything you want to add"), blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    alert = models.ForeignKey(Alert, on_delete=models.PROTECT, related_name="concerns")

    objects = NeverDeletedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["raised_by", "created_at"])]

    def __str__(self) -> str:
        return f"Concern {self.pk} by {self.raised_by_id}"

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Concerns are never deleted.")


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone call")
    SMS = "sms", _("Text message")
    EMAIL = "email", _("Email")
    IN_PERSON = "in_person", _("In person")
    OTHER = "other", _("Other")


class ContactResult(models.TextChoices):
    SPOKE = "spoke", _("Spoke to them")
    NO_ANSWER = "no_answer", _("No answer")
    VOICEMAIL = "voicemail", _("Left a voicemail")
    MESSAGE_SENT = "message_sent", _("Message sent")
    WRONG_NUMBER = "wrong_number", _("Wrong or unavailable number")
    OTHER = "other", _("Other")


class ContactAttempt(AppendOnlyModel):
    alert = models.ForeignKey(Alert, on_delete=models.PROTECT, related_name="contact_attempts")
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    method = models.CharField(_("how"), max_length=12, choices=ContactMethod.choices)
    result = models.CharField(_("result"), max_length=16, choices=ContactResult.choices)
    note = models.TextField(_("notes"), blank=True, max_length=2000)
    made_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["made_at"]
        base_manager_name = "objects"

    def __str__(self) -> str:
        return f"Contact attempt {self.pk} on alert {self.alert_id}"


class AlertNote(AppendOnlyModel):
    alert = models.ForeignKey(Alert, on_delete=models.PROTECT, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("note"), max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        base_manager_name = "objects"

    def __str__(self) -> str:
        return f"Note {self.pk} on alert {self.alert_id}"


class PostScreening(models.Model):
    """That a post (with this exact text) was screened, and the result.

    A post with no screening row was never screened (post_screen failed, or a path that
    bypassed it): the screening sweeper screens it within minutes.
    """

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="screenings")
    body_sha256 = models.CharField(max_length=64)
    level = models.CharField(max_length=10)
    kind = models.CharField(max_length=20, choices=RiskKind.choices, blank=True, default="")
    evidence = models.JSONField(default=list, blank=True)
    library_version = models.CharField(max_length=40, blank=True)
    screened_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "body_sha256"], name="screening_once_per_text")
        ]

    def __str__(self) -> str:
        return f"Screening of post {self.post_id}: {self.level}"


# --- duty rota and escalation policy ----------------------------------------------------
class RotaPosition(models.TextChoices):
    DUTY = "duty", _("Duty clinician")
    BACKUP = "backup", _("Backup")
    LEAD = "lead", _("Clinical lead")


ROTA_CHAIN = (RotaPosition.DUTY, RotaPosition.BACKUP, RotaPosition.LEAD)


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class RotaEntry(models.Model):
    """Who holds a rota position: every week on a weekday, or for a range of dates.

    A date-range entry wins over the weekday pattern for the days it covers (cover for
    leave, swaps).
    """

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="rota_entries")
    position = models.CharField(_("position"), max_length=10, choices=RotaPosition.choices)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="rota_entries"
    )
    weekday = models.PositiveSmallIntegerField(
        _("every"), choices=Weekday.choices, null=True, blank=True
    )
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("to"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["position", "weekday", "starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(weekday__isnull=False, starts_on__isnull=True, ends_on__isnull=True)
                    | models.Q(
                        weekday__isnull=True,
                        starts_on__isnull=False,
                        ends_on__isnull=False,
                        ends_on__gte=models.F("starts_on"),
                    )
                ),
                name="rota_weekday_or_date_range",
            ),
            models.UniqueConstraint(
                fields=["service", "position", "weekday"],
                condition=models.Q(weekday__isnull=False),
                name="rota_one_person_per_weekday_position",
            ),
        ]

    def __str__(self) -> str:
        when = (
            self.get_weekday_display()
            if self.weekday is not None
            else f"{self.starts_on} to {self.ends_on}"
        )
        return f"{self.get_position_display()}: {self.person} ({when})"

    def clean(self) -> None:
        if self.weekday is None and (self.starts_on is None or self.ends_on is None):
            raise ValidationError(_("Choose a weekday, or both a start and an end date."))
        if self.weekday is not None and (self.starts_on or self.ends_on):
            raise ValidationError(_("Choose a weekday or a date range, not both."))
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date must be on or after the start.")})

    def covers(self, day: datetime.date) -> bool:
        if self.weekday is not None:
            return day.weekday() == self.weekday
        return self.starts_on <= day <= self.ends_on


class RotaGapWarning(models.Model):
    """That the service admins were told about a gap in the rota (once per gap)."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    position = models.CharField(max_length=10, choices=RotaPosition.choices)
    warned_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["service", "day", "position"], name="rota_gap_warned_once"
            )
        ]

    def __str__(self) -> str:
        return f"Rota gap: {self.position} on {self.day}"


def _minutes(default: int, maximum: int = 24 * 60):
    return models.PositiveIntegerField(
        default=default, validators=[MinValueValidator(1), MaxValueValidator(maximum)]
    )


class EscalationPolicy(models.Model):
    """Every time in the escalation rules, per service (safeguarding.md rule 10).

    Copied onto each alert (`Alert.policy`) when it opens, so a later change never alters
    how an alert already raised is escalated.
    """

    service = models.OneToOneField(
        Service, on_delete=models.CASCADE, related_name="escalation_policy"
    )
    high_ack_minutes = _minutes(15, 240)
    high_action_minutes = _minutes(60, 24 * 60)
    # A medium alert waits this long in the duty clinician's queue (service hours), then
    # escalates like a high one (issue 12: default 2).
    medium_ack_service_hours = models.PositiveSmallIntegerField(
        default=2, validators=[MinValueValidator(1), MaxValueValidator(40)]
    )
    medium_step_minutes = _minutes(60, 24 * 60)
    medium_action_service_hours = models.PositiveSmallIntegerField(
        default=8, validators=[MinValueValidator(1), MaxValueValidator(80)]
    )
    callback_service_hours = models.PositiveSmallIntegerField(
        default=16, validators=[MinValueValidator(1), MaxValueValidator(80)]
    )
    # Out of hours nobody is paged unless the service names an on-call person.
    on_call = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("out-of-hours on-call person"),
    )
    service_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("service manager"),
    )
    silence_hours = models.PositiveSmallIntegerField(
        default=72, validators=[MinValueValidator(12), MaxValueValidator(24 * 14)]
    )
    silence_lookback_days = models.PositiveSmallIntegerField(
        default=14, validators=[MinValueValidator(1), MaxValueValidator(60)]
    )
    repeated_medium_count = models.PositiveSmallIntegerField(
        default=3, validators=[MinValueValidator(2), MaxValueValidator(20)]
    )
    repeated_medium_days = models.PositiveSmallIntegerField(
        default=7, validators=[MinValueValidator(1), MaxValueValidator(60)]
    )
    member_flag_level = models.CharField(
        max_length=10,
        choices=[
            (AlertLevel.HIGH, AlertLevel.HIGH.label),
            (AlertLevel.MEDIUM, AlertLevel.MEDIUM.label),
        ],
        default=AlertLevel.HIGH,
    )
    flag_daily_limit = models.PositiveSmallIntegerField(
        default=10, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    rota_gap_warning_hours = models.PositiveSmallIntegerField(
        default=24, validators=[MinValueValidator(1), MaxValueValidator(24 * 14)]
    )
    # Shown to a member who writes that someone else is at risk (responses.py): where to
    # get help for a child or an adult now. Empty: a safe default (999, or the council).
    children_safeguarding_phone = models.CharField(
        _("children's safeguarding line"), max_length=32, blank=True
    )
    adults_safeguarding_phone = models.CharField(
        _("adults' safeguarding line"), max_length=32, blank=True
    )
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    TIMING_FIELDS = (
        "high_ack_minutes",
        "high_action_minutes",
        "medium_ack_service_hours",
        "medium_step_minutes",
        "medium_action_service_hours",
        "callback_service_hours",
        "silence_hours",
        "silence_lookback_days",
        "repeated_medium_count",
        "repeated_medium_days",
        "member_flag_level",
        "flag_daily_limit",
        "rota_gap_warning_hours",
        "children_safeguarding_phone",
        "adults_safeguarding_phone",
    )

    class Meta:
        verbose_name_plural = "escalation policies"

    def __str__(self) -> str:
        return f"Escalation policy for {self.service} (version {self.version})"

    def as_snapshot(self) -> dict:
        """What is frozen onto an alert when it opens."""
        data = {name: getattr(self, name) for name in self.TIMING_FIELDS}
        data.update(
            version=self.version,
            service_id=self.service_id,
            on_call_id=self.on_call_id,
            service_manager_id=self.service_manager_id,
        )
        return data


# --- audit ------------------------------------------------------------------------------
class AuditAction(models.TextChoices):
    ALERT_RAISED = "alert_raised", _("Alert raised")
    ALERT_VIEWED = "alert_viewed", _("Alert viewed")
    ALERT_ACKNOWLEDGED = "alert_acknowledged", _("Acknowledged")
    ALERT_LEVEL_RAISED = "alert_level_raised", _("Level raised")
    CONTACT_ATTEMPTED = "contact_attempted", _("Contact attempt recorded")
    NOTE_ADDED = "note_added", _("Note added")
    ALERT_RESOLVED = "alert_resolved", _("Resolved")
    ALERT_DISMISSED = "alert_dismissed", _("Dismissed")
    POST_HIDDEN = "post_hidden", _("Post hidden")
    CONCERN_RAISED = "concern_raised", _("Concern raised by a member")
    CALLBACK_REQUESTED = "callback_requested", _("Call back requested")
    ESCALATED = "escalated", _("Escalated")
    ESCALATION_DEFERRED = "escalation_deferred", _("Waiting for the service to open")
    NOTIFICATION_QUEUED = "notification_queued", _("Notification queued")
    QUEUE_VIEWED = "queue_viewed", _("Alert queue viewed")
    REVIEW_LIST_VIEWED = "review_list_viewed", _("Screener review list viewed")
    REPORT_VIEWED = "report_viewed", _("Report viewed")
    ROTA_CHANGED = "rota_changed", _("Rota changed")
    POLICY_CHANGED = "policy_changed", _("Escalation policy changed")
    SERVICE_HOURS_CHANGED = "service_hours_changed", _("Service hours changed")
    ROTA_GAP_WARNED = "rota_gap_warned", _("Rota gap warning sent")
    SCREENING_FAILED = "screening_failed", _("Alert could not be raised at once")
    PAGE_FAILED = "page_failed", _("Page could not be delivered")
    ALERT_POST_ADDED = "alert_post_added", _("Later post added")
    REVIEW_ITEM_OFFERED = "review_item_offered", _("Offered to the screener review list")
    REVIEW_ITEM_APPROVED = "review_item_approved", _("Screener review item approved")
    REVIEW_ITEM_REJECTED = "review_item_rejected", _("Screener review item rejected")
    REVIEW_ITEMS_EXPORTED = "review_items_exported", _("Screener review items exported")


class AuditEvent(AppendOnlyModel):
    """Who did or saw what, and when. Append-only: written in the same transaction as the
    action it records; never changed or deleted (guards here, read-only admin, and a
    PostgreSQL trigger in migration 0002)."""

    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty when the system acted (screening, escalation)."),
    )
    action = models.CharField(max_length=32, choices=AuditAction.choices)
    alert = models.ForeignKey(
        Alert, on_delete=models.PROTECT, null=True, blank=True, related_name="audit_events"
    )
    post = models.ForeignKey(
        Post, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        base_manager_name = "objects"
        indexes = [
            models.Index(fields=["alert", "created_at"]),
            models.Index(fields=["service", "action", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} at {self.created_at:%Y-%m-%d %H:%M}"


# --- learning from real use (issue 12) ----------------------------------------------------
class ReviewReason(models.TextChoices):
    FALSE_POSITIVE = "false_positive", _("Staff judged the alert a false positive")
    MISSED = "missed", _("A member flagged a post the screener let through")


class ReviewState(models.TextChoices):
    PENDING = "pending", _("Waiting for the clinical safety lead")
    APPROVED = "approved", _("Approved for the labelled data")
    REJECTED = "rejected", _("Rejected")


class ReviewLabel(models.TextChoices):
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    NONE = "none", _("None")


class ScreenerReviewItem(models.Model):
    """A real post offered to the clinical safety lead's screener review list: its text with
    names, emails, phone numbers and addresses removed (safeguarding.anonymise), what the
    screener said, and why it is here. Only approved items are exported to the labelled data
    (`manage.py export_screener_reviews`). Never deleted; every decision is audited."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    alert = models.ForeignKey(
        Alert, on_delete=models.PROTECT, null=True, blank=True, related_name="review_items"
    )
    post = models.ForeignKey(
        Post, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reason = models.CharField(max_length=20, choices=ReviewReason.choices)
    text = models.TextField(_("text with personal details removed"))
    screening_level = models.CharField(max_length=10, blank=True)
    screening_kind = models.CharField(max_length=20, blank=True)
    # Rules, categories and levels only: no spans of the original text.
    evidence = models.JSONField(default=list, blank=True)
    library_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    state = models.CharField(
        max_length=10, choices=ReviewState.choices, default=ReviewState.PENDING
    )
    label = models.CharField(_("label"), max_length=10, choices=ReviewLabel.choices, blank=True)
    category = models.CharField(_("category"), max_length=40, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(_("note"), blank=True, max_length=1000)
    exported_at = models.DateTimeField(null=True, blank=True)

    objects = NeverDeletedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reason"],
                condition=models.Q(post__isnull=False),
                name="review_item_once_per_post_and_reason",
            ),
            models.CheckConstraint(
                condition=models.Q(state=ReviewState.PENDING) | ~models.Q(decided_at=None),
                name="review_item_decided_has_time",
            ),
            models.CheckConstraint(
                condition=~models.Q(state=ReviewState.APPROVED) | ~models.Q(label=""),
                name="review_item_approved_has_label",
            ),
        ]

    def __str__(self) -> str:
        return f"Screener review item {self.pk} ({self.get_state_display()})"

    @property
    def suggested_label(self) -> str:
        """A false positive is expected to be labelled none; a missed post needs a choice."""
        return ReviewLabel.NONE if self.reason == ReviewReason.FALSE_POSITIVE else ""

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Screener review items are never deleted.")
