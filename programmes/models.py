"""PMP cohorts, their sessions and facilitators, enrolments, and the three-week handover.

Times are stored in UTC. A session's local wall-clock time is computed from its date and the
programme's start time in the service's zone (see schedule.local_to_utc), so a clock change
between two sessions keeps both at, say, 10:00 local.
"""

from __future__ import annotations

import datetime
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.phonenumber import to_python

from . import schedule

MIN_SESSIONS = 8
MAX_SESSIONS = 12
DEFAULT_SESSIONS = 10
DEFAULT_SESSION_MINUTES = 180


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class BankHolidayDivision(models.TextChoices):
    ENGLAND_AND_WALES = schedule.ENGLAND_AND_WALES, _("England and Wales")
    SCOTLAND = schedule.SCOTLAND, _("Scotland")
    NORTHERN_IRELAND = schedule.NORTHERN_IRELAND, _("Northern Ireland")


class ProgrammeSettings(models.Model):
    """Per-service rules for programmes. Made on demand by services.programme_settings_for."""

    service = models.OneToOneField(
        "accounts.Service", on_delete=models.CASCADE, related_name="programme_settings"
    )
    introduce_sessions_before_end = models.PositiveSmallIntegerField(
        _("introduce: sessions before the last"),
        default=2,
        help_text=_("2 means the introduce step is on session N-2."),
    )
    agree_sessions_before_end = models.PositiveSmallIntegerField(
        _("agree: sessions before the last"), default=1
    )
    confirm_sessions_before_end = models.PositiveSmallIntegerField(
        _("confirm: sessions before the last"), default=0
    )
    first_meeting_min_weeks = models.PositiveSmallIntegerField(
        _("first meeting: earliest, in weeks after the last session"), default=4
    )
    first_meeting_max_weeks = models.PositiveSmallIntegerField(
        _("first meeting: latest, in weeks after the last session"), default=6
    )
    reminder_working_days = models.PositiveSmallIntegerField(
        _("facilitator reminders: working days before each step"), default=2
    )
    reminder_time = models.TimeField(
        _("facilitator reminders: time of day"), default=datetime.time(9, 0)
    )
    bank_holiday_division = models.CharField(
        _("bank holidays of"),
        max_length=32,
        choices=BankHolidayDivision.choices,
        default=BankHolidayDivision.ENGLAND_AND_WALES,
    )
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("programme settings")
        verbose_name_plural = _("programme settings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    introduce_sessions_before_end__gt=models.F("agree_sessions_before_end"),
                    agree_sessions_before_end__gt=models.F("confirm_sessions_before_end"),
                    introduce_sessions_before_end__lte=MIN_SESSIONS - 1,
                ),
                name="programme_settings_steps_in_order",
                violation_error_message=_(
                    "The steps must come in order: introduce, then agree, then confirm, all "
                    "within the last 8 sessions."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(
                    first_meeting_min_weeks__gte=1,
                    first_meeting_max_weeks__gte=models.F("first_meeting_min_weeks"),
                    first_meeting_max_weeks__lte=26,
                ),
                name="programme_settings_first_meeting_window",
                violation_error_message=_(
                    "The latest week for the first meeting must be on or after the earliest."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(reminder_working_days__lte=10),
                name="programme_settings_reminder_lead",
                violation_error_message=_("Send reminders at most 10 working days ahead."),
            ),
        ]

    def __str__(self) -> str:
        return f"Programme settings for {self.service_id}"

    def offset_for(self, kind: str) -> int:
        return {
            StepKind.INTRODUCE: self.introduce_sessions_before_end,
            StepKind.AGREE: self.agree_sessions_before_end,
            StepKind.CONFIRM: self.confirm_sessions_before_end,
        }[kind]


class ProgrammeStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")
    CANCELLED = "cancelled", _("Cancelled")


class Programme(models.Model):
    """A PMP cohort: 8 to 12 weekly face-to-face sessions, usually 3 hours each."""

    service = models.ForeignKey(
        "accounts.Service", on_delete=models.PROTECT, related_name="programmes"
    )
    name = models.CharField(
        _("name or code"),
        max_length=120,
        help_text=_("How your team refers to it, for example “Tuesday PMP, spring 2027”."),
    )
    venue = models.CharField(_("venue"), max_length=200)
    weekday = models.PositiveSmallIntegerField(_("day of the week"), choices=Weekday.choices)
    start_time = models.TimeField(_("start time"))
    session_minutes = models.PositiveSmallIntegerField(
        _("session length in minutes"), default=DEFAULT_SESSION_MINUTES
    )
    first_session_date = models.DateField(_("date of the first session"))
    session_count = models.PositiveSmallIntegerField(
        _("number of sessions"), default=DEFAULT_SESSIONS
    )
    status = models.CharField(
        _("status"), max_length=16, choices=ProgrammeStatus.choices, default=ProgrammeStatus.PLANNED
    )
    cancelled_reason = models.TextField(_("why it was cancelled"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="programmes_created",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["first_session_date", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    session_count__gte=MIN_SESSIONS, session_count__lte=MAX_SESSIONS
                ),
                name="programme_session_count_range",
                violation_error_message=_("A programme has between 8 and 12 sessions."),
            ),
            models.CheckConstraint(
                condition=models.Q(weekday__lte=6), name="programme_weekday_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(session_minutes__gte=30, session_minutes__lte=480),
                name="programme_session_minutes_range",
                violation_error_message=_("A session lasts between 30 minutes and 8 hours."),
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ProgrammeStatus.values), name="programme_status_valid"
            ),
            models.UniqueConstraint(
                "service",
                Lower("name"),
                name="programme_name_unique_in_service",
                violation_error_message=_(
                    "Your service already has a programme with this name. Add a date or a "
                    "code to tell them apart."
                ),
            ),
        ]
        indexes = [models.Index(fields=["service", "status"])]

    def __str__(self) -> str:
        return self.name

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.service.zone

    @property
    def is_cancelled(self) -> bool:
        return self.status == ProgrammeStatus.CANCELLED

    @property
    def session_length(self) -> datetime.timedelta:
        return datetime.timedelta(minutes=self.session_minutes)

    @property
    def session_length_label(self) -> str:
        """'3 hours', '2 and a half hours', '1 hour', '45 minutes'."""
        hours, minutes = divmod(self.session_minutes, 60)
        if hours and minutes == 0:
            return str(_("1 hour")) if hours == 1 else str(_("%(n)s hours") % {"n": hours})
        if hours and minutes == 30:
            return str(_("%(n)s and a half hours") % {"n": hours})
        return str(_("%(n)s minutes") % {"n": self.session_minutes})


class ProgrammeSession(models.Model):
    """One of the weekly sessions, numbered 1..N. Moving or cancelling keeps the number:
    the row moves to its new date, so attendance and handover steps stay attached."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="sessions")
    number = models.PositiveSmallIntegerField(_("session number"))
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue = models.CharField(
        _("venue for this session"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the programme's usual venue."),
    )
    change_note = models.CharField(_("why it moved"), max_length=200, blank=True)

    class Meta:
        ordering = ["programme", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"], name="programme_session_number_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="programme_session_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="programme_session_number_positive"
            ),
        ]
        indexes = [models.Index(fields=["starts_at"])]

    def __str__(self) -> str:
        return f"{self.programme} session {self.number}"

    def local_date(self, zone: zoneinfo.ZoneInfo) -> datetime.date:
        return schedule.local_date(self.starts_at, zone)

    def venue_or_default(self) -> str:
        return self.venue or self.programme.venue

    def has_started(self, now: datetime.datetime) -> bool:
        return self.starts_at <= now

    def has_ended(self, now: datetime.datetime) -> bool:
        return self.ends_at <= now


class SessionCancellation(models.Model):
    """A week when a session was called off; that session and the later ones moved on."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="session_cancellations"
    )
    session = models.ForeignKey(
        ProgrammeSession, on_delete=models.CASCADE, related_name="cancellations"
    )
    was_starts_at = models.DateTimeField(_("was due at"))
    reason = models.CharField(_("reason"), max_length=200)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancelled_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["was_starts_at"]

    def __str__(self) -> str:
        return f"{self.programme}: cancelled {self.was_starts_at:%Y-%m-%d}"


class Discipline(models.TextChoices):
    CLINICAL_PSYCHOLOGIST = "clinical_psychologist", _("Clinical psychologist")
    HEALTH_PSYCHOLOGIST = "health_psychologist", _("Health psychologist")
    PHYSIOTHERAPIST = "physiotherapist", _("Physiotherapist")
    OCCUPATIONAL_THERAPIST = "occupational_therapist", _("Occupational therapist")
    ASSISTANT_PSYCHOLOGIST = "assistant_psychologist", _("Assistant psychologist")
    PTV = "ptv", _("Patient tutor volunteer")


CLINICAL_DISCIPLINES = frozenset(Discipline.values) - {Discipline.PTV}


class Facilitator(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="facilitators")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="programme_facilitations"
    )
    discipline = models.CharField(_("discipline"), max_length=32, choices=Discipline.choices)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["programme", "added_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "user"], name="facilitator_unique"),
            models.CheckConstraint(
                condition=models.Q(discipline__in=Discipline.values),
                name="facilitator_discipline_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_discipline_display()}) on {self.programme}"

    @property
    def is_ptv(self) -> bool:
        return self.discipline == Discipline.PTV


class StepKind(models.TextChoices):
    INTRODUCE = "introduce", _("Introduce")
    AGREE = "agree", _("Agree")
    CONFIRM = "confirm", _("Confirm")


STEP_ORDER = (StepKind.INTRODUCE, StepKind.AGREE, StepKind.CONFIRM)

STEP_PURPOSE = {
    StepKind.INTRODUCE: _("A PTV introduces the idea of a follow-on group with their own story."),
    StepKind.AGREE: _("The idea is revisited: dates, venue and sharing contact details agreed."),
    StepKind.CONFIRM: _(
        "Check the shared contact details work and confirm the first meeting, 4 to 6 weeks "
        "after the last session."
    ),
}


class StepState(models.TextChoices):
    DUE = "due", _("Due")
    DONE = "done", _("Done")
    OVERDUE = "overdue", _("Overdue")


class HandoverStep(models.Model):
    """One of the three handover steps, sitting on a session (N-2, N-1, N by default)."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="handover_steps"
    )
    kind = models.CharField(_("step"), max_length=16, choices=StepKind.choices)
    session = models.ForeignKey(
        ProgrammeSession, on_delete=models.PROTECT, related_name="handover_steps"
    )
    ptv = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("PTV for this step"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handover_steps_assigned",
    )
    notes = models.TextField(_("notes"), blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Bumped whenever the step's reminders are re-planned, so the new reminders get new
    # idempotency keys even when a session moves back to a date it had before.
    reminder_version = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["programme", "session__number"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "kind"], name="handover_step_unique"),
            models.CheckConstraint(
                condition=models.Q(kind__in=StepKind.values), name="handover_step_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.programme}: {self.get_kind_display()}"

    @property
    def is_done(self) -> bool:
        return self.completed_at is not None

    def state(self, now: datetime.datetime) -> str:
        """Due until its session has ended, then overdue until someone marks it done."""
        if self.completed_at is not None:
            return StepState.DONE
        if self.session.ends_at <= now:
            return StepState.OVERDUE
        return StepState.DUE


class ChecklistTick(models.Model):
    step = models.ForeignKey(HandoverStep, on_delete=models.CASCADE, related_name="ticks")
    item = models.CharField(max_length=40)
    ticked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    ticked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["step", "ticked_at"]
        constraints = [
            models.UniqueConstraint(fields=["step", "item"], name="checklist_tick_unique")
        ]

    def __str__(self) -> str:
        return f"{self.step}: {self.item}"


class ReferralSource(models.TextChoices):
    GP = "gp", _("GP")
    SPECIALIST = "specialist", _("Specialist service")


class EnrolmentStatus(models.TextChoices):
    ENROLLED = "enrolled", _("Taking part")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Enrolment(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="enrolments")
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="enrolments"
    )
    referral_source = models.CharField(
        _("referred by"), max_length=16, choices=ReferralSource.choices
    )
    referral_date = models.DateField(_("referral date"))
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=EnrolmentStatus.choices,
        default=EnrolmentStatus.ENROLLED,
    )
    withdrawn_reason = models.TextField(_("why they left"), blank=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    enrolled_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["programme", "participant__display_name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "participant"], name="enrolment_unique"),
            models.CheckConstraint(
                condition=models.Q(status__in=EnrolmentStatus.values),
                name="enrolment_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(referral_source__in=ReferralSource.values),
                name="enrolment_referral_source_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant} on {self.programme}"

    @property
    def is_withdrawn(self) -> bool:
        return self.status == EnrolmentStatus.WITHDRAWN


class Attendance(models.Model):
    session = models.ForeignKey(
        ProgrammeSession, on_delete=models.CASCADE, related_name="attendance"
    )
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendance")
    attended = models.BooleanField(_("attended"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "enrolment"], name="attendance_unique")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment}: session {self.session_id} {'yes' if self.attended else 'no'}"


class ContinueChoice(models.TextChoices):
    """The three outcomes of Figure 1."""

    KEEN = "keen", _("Yes, I want to keep meeting and I will come to the first meeting")
    KEEN_UNSUITABLE = "keen_unsuitable", _(
        "Yes, I want to keep meeting, but the date, time or place does not suit me"
    )
    PREFER_NOT = "prefer_not", _("No, I would prefer not to keep meeting")


class NotContinuingReason(models.TextChoices):
    """The reasons people gave in the paper for not joining a group (domain.md)."""

    NO_CONNECTION = "no_connection", _("I did not feel a connection with the others")
    GROUP_DYNAMICS = "group_dynamics", _("Negativity, or one person taking over")
    OTHERS_PAIN = "others_pain", _("Worry that other people's pain would set back my recovery")
    COMMITMENTS = "commitments", _("Work or family commitments")
    LOGISTICS = "logistics", _("The time, date, travel or venue")
    ILL_HEALTH = "ill_health", _("My health")
    LOST_CONTACT = "lost_contact", _("Lost contact with the others")
    BARRIERS = "barriers", _("Language, culture or gender, for example being the only man")


class ParticipantChoice(models.Model):
    """What a participant wants after the PMP. Recorded by them or by a clinician for them."""

    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="choice")
    continue_choice = models.CharField(
        _("do you want to keep meeting?"), max_length=20, choices=ContinueChoice.choices
    )
    unsuitable_date = models.BooleanField(_("the date"), default=False)
    unsuitable_time = models.BooleanField(_("the time"), default=False)
    unsuitable_venue = models.BooleanField(_("the place"), default=False)
    unsuitable_note = models.CharField(_("what would suit you"), max_length=300, blank=True)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    reasons_other = models.TextField(_("anything else"), blank=True)
    volunteers_to_organise = models.BooleanField(
        _("I could help organise the group"), default=False
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(continue_choice__in=ContinueChoice.values),
                name="participant_choice_valid",
            )
        ]
        indexes = [models.Index(fields=["continue_choice"])]

    def __str__(self) -> str:
        return f"{self.enrolment}: {self.continue_choice}"

    @property
    def is_keen(self) -> bool:
        return self.continue_choice in (ContinueChoice.KEEN, ContinueChoice.KEEN_UNSUITABLE)

    def unsuitable_labels(self) -> list[str]:
        labels = []
        if self.unsuitable_date:
            labels.append(str(_("date")))
        if self.unsuitable_time:
            labels.append(str(_("time")))
        if self.unsuitable_venue:
            labels.append(str(_("place")))
        return labels

    def reason_labels(self) -> list[str]:
        known = dict(NotContinuingReason.choices)
        return [str(known[r]) for r in self.reasons if r in known]


class ShareKind(models.TextChoices):
    EMAIL = "email", _("Email")
    MOBILE_CALLS = "mobile_calls", _("Phone calls to my mobile")
    SMS = "sms", _("Text messages")
    WHATSAPP = "whatsapp", _("WhatsApp")


class CheckChannel(models.TextChoices):
    EMAIL = "email", _("Email")
    SMS = "sms", _("Text message")


def mobile_e164(user) -> str:
    """A person's mobile number as +44..., or "" (the field may still hold what was typed)."""
    if not user.mobile:
        return ""
    number = to_python(user.mobile, region="GB")
    try:
        return number.as_e164
    except Exception:  # noqa: BLE001 - anything unparseable is kept as it was typed
        return str(user.mobile)


def check_channel_for(kind: str) -> str:
    """Sharing an email is checked by email; every mobile use is checked by a text message."""
    return CheckChannel.EMAIL if kind == ShareKind.EMAIL else CheckChannel.SMS


class ContactConsent(models.Model):
    """Consent to share one contact detail with the cohort. Withdrawing keeps the row."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="contact_consents"
    )
    kind = models.CharField(max_length=16, choices=ShareKind.choices)
    # What was shared, as it was when consent was given: an email address or an E.164 number.
    value = models.CharField(max_length=254)
    given_at = models.DateTimeField(default=timezone.now)
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["enrolment", "kind", "given_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "kind"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="contact_consent_one_current",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=ShareKind.values), name="contact_consent_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment}: share {self.kind}"

    @property
    def is_current(self) -> bool:
        return self.withdrawn_at is None

    @property
    def check_channel(self) -> str:
        return check_channel_for(self.kind)


class ContactCheck(models.Model):
    """A 6-digit code sent to an email address or mobile number to prove it works.

    Only a keyed hash of the code is stored. A check is for one value: when the person's
    number changes, the new number needs its own check.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contact_checks"
    )
    channel = models.CharField(max_length=8, choices=CheckChannel.choices)
    value = models.CharField(max_length=254)
    code_hash = models.CharField(max_length=64)
    sent_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    verified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["user", "channel", "value"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(channel__in=CheckChannel.values),
                name="contact_check_channel_valid",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.channel} check"

    def is_usable(self, now: datetime.datetime, max_attempts: int) -> bool:
        return self.verified_at is None and self.expires_at > now and self.attempts < max_attempts


class FirstMeetingPlan(models.Model):
    """What the cohort agreed for the first follow-on meeting; read by the groups app."""

    programme = models.OneToOneField(
        Programme, on_delete=models.CASCADE, related_name="first_meeting_plan"
    )
    options_note = models.TextField(
        _("possible dates and venues"),
        blank=True,
        help_text=_("What the group suggested at the agree step."),
    )
    starts_at = models.DateTimeField(_("first meeting"), null=True, blank=True)
    venue = models.CharField(_("venue of the first meeting"), max_length=200, blank=True)
    poll_instead = models.BooleanField(
        _("the group will choose the date with a poll"), default=False
    )
    ptv = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("PTV for the first three meetings"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(poll_instead=True, starts_at__isnull=False),
                name="first_meeting_date_or_poll",
                violation_error_message=_(
                    "Choose a date for the first meeting or a poll, not both."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"First meeting plan for {self.programme}"

    @property
    def is_settled(self) -> bool:
        return self.poll_instead or self.starts_at is not None


class ResourceAudience(models.TextChoices):
    PATIENTS = "patients", _("Patients")
    CLINICIANS = "clinicians", _("Clinicians")


class Resource(models.Model):
    """An information sheet, film or link about follow-on groups, owned by a service."""

    service = models.ForeignKey(
        "accounts.Service", on_delete=models.CASCADE, related_name="programme_resources"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.CharField(_("short description"), max_length=300, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    file = models.FileField(_("file"), upload_to="programmes/resources/%Y/", blank=True)
    audience = models.CharField(
        _("for"), max_length=16, choices=ResourceAudience.choices, default=ResourceAudience.PATIENTS
    )
    step = models.CharField(
        _("used at"),
        max_length=16,
        choices=StepKind.choices,
        blank=True,
        help_text=_("The handover step where it is used. Leave empty for any time."),
    )
    archived_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["step", "title"]
        indexes = [models.Index(fields=["service", "audience"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(audience__in=ResourceAudience.values),
                name="resource_audience_valid",
            ),
            models.CheckConstraint(
                condition=(models.Q(url="") & ~models.Q(file=""))
                | (~models.Q(url="") & models.Q(file="")),
                name="resource_link_or_file",
                violation_error_message=_("Add a link or upload a file, not both."),
            ),
        ]

    def __str__(self) -> str:
        return self.title


class CalendarFeed(models.Model):
    """The secret token in a person's calendar (iCalendar) address. Resetting it makes a new one.

    The feed holds programme names, venues and times, never participants' details.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="programme_calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Calendar feed for {self.user_id}"


class ProgrammeEvent(models.Model):
    """Audit: who did what to a programme, with the old and new values where they matter."""

    service = models.ForeignKey(
        "accounts.Service", on_delete=models.CASCADE, related_name="programme_events"
    )
    programme = models.ForeignKey(
        Programme, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(max_length=64)
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["programme", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.verb}"
