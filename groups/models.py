"""Follow-on groups: groups, members, meetings, venues, polls, posts, the directory.

A group belongs to its members ("it's not our group"): coordinators organise, members come
when they can, and staff see only what a service needs (whether groups formed, whether they
are fading), never the conversation or members' contact details.

Group, Membership and Post are what other apps point at (safeguarding reads them): their
field names stay as they are. Workflows live in the services package; one-row facts live here.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.models import Service


# --- choices ----------------------------------------------------------------------------
class GroupStatus(models.TextChoices):
    FORMING = "forming", _("Forming")
    ACTIVE = "active", _("Active")
    DORMANT = "dormant", _("Dormant")
    CLOSED = "closed", _("Closed")


class KeepInTouch(models.TextChoices):
    """How a group keeps in touch between meetings (Table 2 of the seed paper). Recorded so
    staff can report it; the app never copies a WhatsApp or Facebook group."""

    APP = "app", _("Messages in this app")
    SMS = "sms", _("Text messages")
    WHATSAPP = "whatsapp", _("WhatsApp")
    FACEBOOK = "facebook", _("Facebook")
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone calls")


class Purpose(models.TextChoices):
    SOCIAL = "social", _("Social: friendship and a chat")
    GOALS = "goals", _("Goal setting")
    TECHNIQUES = "techniques", _("Pain management techniques (pacing, relaxation)")
    HOBBIES = "hobbies", _("Hobbies and crafts")
    EXERCISE = "exercise", _("Exercise")
    OUTINGS = "outings", _("Outings")


class Rhythm(models.TextChoices):
    FORTNIGHTLY = "fortnightly", _("Every fortnight")
    MONTHLY = "monthly", _("Every month")
    SIX_TO_EIGHT_WEEKS = "6_8_weeks", _("Every 6 to 8 weeks")
    TWO_TO_THREE_MONTHS = "2_3_months", _("Every 2 to 3 months")
    AD_HOC = "ad_hoc", _("When we arrange it")


# The usual gap between meetings for each rhythm: a dormant nudge goes when this much time
# has passed since the last meeting with nothing planned. The longer end of each range, so
# a group meeting "every 6 to 8 weeks" is not nudged at 6.
RHYTHM_GAP = {
    Rhythm.FORTNIGHTLY: datetime.timedelta(days=14),
    Rhythm.MONTHLY: datetime.timedelta(days=35),
    Rhythm.SIX_TO_EIGHT_WEEKS: datetime.timedelta(weeks=8),
    Rhythm.TWO_TO_THREE_MONTHS: datetime.timedelta(days=92),
    Rhythm.AD_HOC: datetime.timedelta(weeks=8),
}


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("Member")
    COORDINATOR = "coordinator", _("Coordinator")
    CO_COORDINATOR = "co_coordinator", _("Co-coordinator")
    PTV_SUPPORTER = "ptv_supporter", _("Patient tutor volunteer supporter")


COORDINATOR_ROLES = (MembershipRole.COORDINATOR, MembershipRole.CO_COORDINATOR)


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    LEFT = "left", _("Left")
    ENDED = "ended", _("Support period ended")


CURRENT_STATUSES = (MembershipStatus.ACTIVE, MembershipStatus.PAUSED)

# A PTV supports a new group for its first three meetings, then steps back with thanks.
PTV_SUPPORT_MEETINGS = 3


class Access(models.TextChoices):
    """A venue accessibility fact: people with chronic pain ask before they go."""

    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("Not known")


class Noise(models.TextChoices):
    QUIET = "quiet", _("Quiet: easy to talk")
    MODERATE = "moderate", _("Some background noise")
    NOISY = "noisy", _("Noisy at busy times")
    UNKNOWN = "unknown", _("Not known")


class VenueKind(models.TextChoices):
    CAFE = "cafe", _("Cafe")
    COMMUNITY = "community", _("Community space")
    PUB = "pub", _("Pub or bar")
    RESTAURANT = "restaurant", _("Restaurant")
    OUTDOORS = "outdoors", _("Outdoors")
    OTHER = "other", _("Somewhere else")


class MeetingMode(models.TextChoices):
    IN_PERSON = "in_person", _("Face to face")
    ONLINE = "online", _("Online")


class MeetingStatus(models.TextChoices):
    # Suggested from the group's rhythm: not announced, no reminders, until a coordinator
    # confirms it. If its date passes unconfirmed it is withdrawn, and the coordinator told.
    PROPOSED = "proposed", _("Suggested, not confirmed")
    SCHEDULED = "scheduled", _("Planned")
    CANCELLED = "cancelled", _("Cancelled")


class RSVPAnswer(models.TextChoices):
    GOING = "going", _("I'm going")
    MAYBE = "maybe", _("Maybe")
    CANT = "cant", _("I can't make it")


class PollStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed: waiting for a choice")
    DECIDED = "decided", _("Decided")
    CANCELLED = "cancelled", _("Cancelled")


class PollAnswerChoice(models.TextChoices):
    YES = "yes", _("Yes")
    IF_NEED_BE = "if_need_be", _("If need be")
    NO = "no", _("No")


class JoinRequestKind(models.TextChoices):
    JOIN = "join", _("Join")
    MOVE = "move", _("Move from another group")


class JoinRequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the coordinator")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# --- groups and members ---------------------------------------------------------------
class Group(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="peer_groups")
    name = models.CharField(_("group name"), max_length=120)
    area = models.CharField(
        _("area"),
        max_length=120,
        blank=True,
        help_text=_("The town or part of town where you meet, for the directory of groups."),
    )
    # Derived (services/status.py): closed by its coordinators; otherwise active
    # once formed, forming before, dormant when it has gone quiet for twice its usual gap.
    status = models.CharField(
        _("status"), max_length=16, choices=GroupStatus.choices, default=GroupStatus.FORMING
    )
    open_to_new_members = models.BooleanField(_("open to new members"), default=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    description = models.TextField(
        _("about the group"),
        max_length=600,
        blank=True,
        help_text=_("A few words for people looking for a group. Do not name members."),
    )
    origin_programmes = models.ManyToManyField(
        "programmes.Programme",
        verbose_name=_("from the programme"),
        blank=True,
        related_name="follow_on_groups",
    )
    keeps_in_touch = models.JSONField(_("how we keep in touch"), default=list, blank=True)
    purposes = models.JSONField(_("what the group is for"), default=list, blank=True)
    rhythm = models.CharField(
        _("how often you meet"), max_length=16, choices=Rhythm.choices, default=Rhythm.MONTHLY
    )
    # The clinician to tell when the group has no coordinator (the one who set it up).
    contact_clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("clinician to tell"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The start of the first meeting at which three or more PMP participants met face to
    # face after their programme ended (domain.md). Recomputed from attendance by
    # services whenever attendance is recorded; never set by hand.
    formed_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["service", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=GroupStatus.values), name="group_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(rhythm__in=Rhythm.values), name="group_rhythm_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        for field, choices in (("keeps_in_touch", KeepInTouch), ("purposes", Purpose)):
            values = getattr(self, field)
            if not isinstance(values, list) or any(v not in choices.values for v in values):
                raise ValidationError({field: _("Choose from the list.")})

    @property
    def is_closed(self) -> bool:
        return self.status == GroupStatus.CLOSED

    @property
    def is_formed(self) -> bool:
        return self.formed_at is not None

    @property
    def usual_gap(self) -> datetime.timedelta:
        return RHYTHM_GAP[self.rhythm]

    def keeps_in_touch_labels(self) -> list[str]:
        labels = dict(KeepInTouch.choices)
        return [str(labels[v]) for v in self.keeps_in_touch if v in labels]

    def purpose_labels(self) -> list[str]:
        labels = dict(Purpose.choices)
        return [str(labels[v]) for v in self.purposes if v in labels]


class Membership(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="group_memberships"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    status = models.CharField(
        _("status"), max_length=10, choices=MembershipStatus.choices,
        default=MembershipStatus.ACTIVE,
    )
    joined_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    # The version of the "what is checked and who sees what" notice this member agreed to
    # (safeguarding.md rule 7). Blank until they have read it.
    screening_notice_version = models.CharField(max_length=20, blank=True)
    screening_notice_agreed_at = models.DateTimeField(null=True, blank=True)

    # Pausing (ill-health): no reminders until this date (None: until they resume).
    paused_at = models.DateTimeField(null=True, blank=True)
    paused_until = models.DateField(_("pause until"), null=True, blank=True)
    # Why they left: the same list programmes uses for not continuing, plus free text.
    left_reason = models.CharField(_("reason"), max_length=32, blank=True)
    left_reason_other = models.TextField(_("anything else"), max_length=500, blank=True)
    # What the member lets the rest of the group see (never staff).
    share_email = models.BooleanField(_("my email address"), default=False)
    share_mobile = models.BooleanField(_("my mobile number"), default=False)
    # Bumped when this member's reminders are cancelled wholesale (pausing, changing an
    # answer back to "going"): part of each reminder's idempotency key, so the reminders
    # made afterwards are new rows rather than the cancelled ones found again.
    reminder_epoch = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "person"], name="membership_once_per_group"),
            models.CheckConstraint(
                condition=models.Q(role__in=MembershipRole.values), name="membership_role_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=MembershipStatus.values),
                name="membership_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["person", "status"])]

    def __str__(self) -> str:
        return f"{self.person} in {self.group} ({self.role})"

    @property
    def is_current(self) -> bool:
        return self.status in (MembershipStatus.ACTIVE, MembershipStatus.PAUSED)

    @property
    def is_coordinator(self) -> bool:
        return self.is_current and self.role in (
            MembershipRole.COORDINATOR,
            MembershipRole.CO_COORDINATOR,
        )

    @property
    def is_paused(self) -> bool:
        return self.status == MembershipStatus.PAUSED

    @property
    def gets_reminders(self) -> bool:
        return self.status == MembershipStatus.ACTIVE

    @property
    def is_ptv_supporter(self) -> bool:
        return self.role == MembershipRole.PTV_SUPPORTER


class GroupEvent(models.Model):
    """Audit: who did what in a group, with old and new values where they matter. Never the
    text of a post."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(max_length=64)
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["group", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.verb}"


# --- venues and meetings ----------------------------------------------------------------
class Venue(models.Model):
    """A place groups meet, shared across the service, with the accessibility details
    people with chronic pain ask about. No one's home: those go in a meeting's note."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="group_venues")
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(
        _("type of place"), max_length=16, choices=VenueKind.choices, default=VenueKind.CAFE
    )
    address = models.TextField(_("address"), max_length=300, blank=True)
    area = models.CharField(_("area"), max_length=120, blank=True)
    step_free = models.CharField(
        _("step-free access"), max_length=8, choices=Access.choices, default=Access.UNKNOWN
    )
    back_support_seating = models.CharField(
        _("chairs with back support"), max_length=8, choices=Access.choices, default=Access.UNKNOWN
    )
    accessible_toilet = models.CharField(
        _("accessible toilet"), max_length=8, choices=Access.choices, default=Access.UNKNOWN
    )
    parking_distance_m = models.PositiveIntegerField(
        _("walk from the nearest parking, in metres"),
        null=True,
        blank=True,
        help_text=_("Roughly. 100 metres is about a minute and a half at an easy pace."),
    )
    bus_stop_distance_m = models.PositiveIntegerField(
        _("walk from the nearest bus stop, in metres"), null=True, blank=True
    )
    noise = models.CharField(
        _("noise"), max_length=10, choices=Noise.choices, default=Noise.UNKNOWN
    )
    accessibility_notes = models.TextField(
        _("anything else people should know"),
        max_length=600,
        blank=True,
        help_text=_("For example: the quiet room is upstairs, there is a lift."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["service", "archived_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=VenueKind.values), name="venue_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Meeting(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("how long"), default=120)
    mode = models.CharField(
        _("face to face or online"),
        max_length=10,
        choices=MeetingMode.choices,
        default=MeetingMode.IN_PERSON,
    )
    venue = models.ForeignKey(
        Venue, null=True, blank=True, on_delete=models.PROTECT, related_name="meetings"
    )
    place_note = models.CharField(
        _("where, in your own words"),
        max_length=200,
        blank=True,
        help_text=_("For example: the back room, or at Sue's house (members only see this)."),
    )
    online_link = models.URLField(_("online meeting link"), max_length=500, blank=True)
    notes = models.TextField(_("notes"), max_length=1000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    # Bumped each time the meeting moves: part of every reminder's idempotency key and of
    # the "can't make it" link, so a moved meeting gets fresh reminders and old links lapse.
    slot = models.PositiveIntegerField(default=0)
    # Suggest the next meeting from the group's rhythm once this one is planned.
    repeats = models.BooleanField(
        _("suggest the next meeting from our usual rhythm"), default=False
    )
    follows = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_reason = models.CharField(_("reason"), max_length=200, blank=True)
    attendance_recorded_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["group", "status", "starts_at"]),
            models.Index(fields=["status", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=MeetingStatus.values), name="meeting_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(mode__in=MeetingMode.values), name="meeting_mode_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(duration_minutes__gte=15, duration_minutes__lte=12 * 60),
                name="meeting_duration_range",
                violation_error_message=_("A meeting lasts between 15 minutes and 12 hours."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.group} meeting {self.starts_at:%Y-%m-%d %H:%M}"

    def clean(self) -> None:
        if self.mode == MeetingMode.ONLINE and not self.online_link:
            raise ValidationError({"online_link": _("Add the link people use to join online.")})
        if self.mode == MeetingMode.IN_PERSON and self.venue_id is None and not self.place_note:
            raise ValidationError(
                {"venue": _("Choose a venue, or say where in your own words.")}
            )

    @property
    def ends_at(self) -> datetime.datetime:
        return self.starts_at + datetime.timedelta(minutes=self.duration_minutes)

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def is_proposed(self) -> bool:
        return self.status == MeetingStatus.PROPOSED

    @property
    def is_face_to_face(self) -> bool:
        return self.mode == MeetingMode.IN_PERSON

    def has_ended(self, now: datetime.datetime) -> bool:
        return self.ends_at <= now

    def has_started(self, now: datetime.datetime) -> bool:
        return self.starts_at <= now

    def place_label(self) -> str:
        if self.mode == MeetingMode.ONLINE:
            return str(_("Online"))
        if self.venue_id is not None:
            return self.venue.name
        return self.place_note


class RSVP(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="rsvps")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_rsvps"
    )
    answer = models.CharField(_("can you come?"), max_length=8, choices=RSVPAnswer.choices)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="rsvp_once_per_meeting"),
            models.CheckConstraint(
                condition=models.Q(answer__in=RSVPAnswer.values), name="rsvp_answer_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.answer} for meeting {self.meeting_id}"


class Attendance(models.Model):
    """Who came, recorded by a coordinator after the meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="group_attendance"
    )
    attended = models.BooleanField(_("came"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person"], name="group_attendance_once_per_meeting"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {'came' if self.attended else 'did not come'}"


# --- finding a time ---------------------------------------------------------------------
class Poll(models.Model):
    """An availability poll: a few options, answered yes / if need be / no, by a deadline."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="polls")
    title = models.CharField(_("what is it for?"), max_length=120)
    deadline = models.DateTimeField(_("answer by"))
    status = models.CharField(
        _("status"), max_length=10, choices=PollStatus.choices, default=PollStatus.OPEN
    )
    duration_minutes = models.PositiveSmallIntegerField(_("how long"), default=120)
    chosen_option = models.ForeignKey(
        "PollOption", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "deadline"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=PollStatus.values), name="poll_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == PollStatus.OPEN


class PollOption(models.Model):
    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="options")
    starts_at = models.DateTimeField(_("date and time"))
    mode = models.CharField(
        max_length=10, choices=MeetingMode.choices, default=MeetingMode.IN_PERSON
    )
    venue = models.ForeignKey(
        Venue, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    place_note = models.CharField(_("where, in your own words"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]

    def __str__(self) -> str:
        return f"Option {self.pk} of poll {self.poll_id}"

    def place_label(self) -> str:
        if self.mode == MeetingMode.ONLINE:
            return str(_("Online"))
        if self.venue_id is not None:
            return self.venue.name
        return self.place_note


class PollAnswer(models.Model):
    option = models.ForeignKey(PollOption, on_delete=models.CASCADE, related_name="answers")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_poll_answers"
    )
    answer = models.CharField(max_length=12, choices=PollAnswerChoice.choices)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["option", "person"], name="poll_answer_once"),
            models.CheckConstraint(
                condition=models.Q(answer__in=PollAnswerChoice.values),
                name="poll_answer_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id}: {self.answer}"


# --- the conversation -------------------------------------------------------------------
class Post(models.Model):
    """A message on a group's board, or a reply to one (parent). Screened on save by
    safeguarding (groups.services.post_create calls safeguarding.services.post_screen)."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="group_posts"
    )
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    body = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Latest activity in the thread (itself or a reply), for "newest activity first".
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Replies to this thread (hidden ones too), kept by post_create in the reply's
    # transaction so the board and group page need not count them (0 on a reply).
    reply_count = models.PositiveIntegerField(default=0)
    # Staff may hide a post that describes methods (safeguarding.md rule 13); the author
    # still sees it with a note.
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-last_activity_at"]
        indexes = [
            models.Index(fields=["group", "-last_activity_at"]),
            # "Latest threads of a group": the board's pages and count, the group page.
            models.Index(
                fields=["group", "-last_activity_at", "-id"],
                condition=models.Q(parent__isnull=True),
                name="post_group_threads",
            ),
        ]

    def __str__(self) -> str:
        return f"Post {self.pk} in {self.group_id}"

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None


# --- directory and moving -------------------------------------------------------------
class JoinRequest(models.Model):
    """Someone asks to join (or move to) a group open to new members, or a clinician
    introduces them; a coordinator accepts or declines."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="join_requests")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_join_requests"
    )
    kind = models.CharField(
        max_length=8, choices=JoinRequestKind.choices, default=JoinRequestKind.JOIN
    )
    from_group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(_("anything you would like the coordinator to know"),
                               max_length=500, blank=True)
    introduced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=JoinRequestStatus.choices, default=JoinRequestStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "person"],
                condition=models.Q(status="pending"),
                name="join_request_one_pending",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=JoinRequestStatus.values),
                name="join_request_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} asks to {self.kind} {self.group_id}"

    @property
    def is_pending(self) -> bool:
        return self.status == JoinRequestStatus.PENDING


# --- service-wide gatherings ------------------------------------------------------------
class Gathering(models.Model):
    """A get-together the service runs (twice a year in the study) for past PMP
    participants and every group's members."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="gatherings")
    title = models.CharField(_("title"), max_length=120)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("how long"), default=120)
    venue = models.ForeignKey(
        Venue, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    place_note = models.CharField(_("where, in your own words"), max_length=200, blank=True)
    description = models.TextField(_("what to expect"), max_length=1500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def ends_at(self) -> datetime.datetime:
        return self.starts_at + datetime.timedelta(minutes=self.duration_minutes)

    def place_label(self) -> str:
        return self.venue.name if self.venue_id is not None else self.place_note


class GatheringRSVP(models.Model):
    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="rsvps")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="gathering_rsvps"
    )
    answer = models.CharField(max_length=8, choices=RSVPAnswer.choices)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["gathering", "person"], name="gathering_rsvp_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.answer} for gathering {self.gathering_id}"


class CalendarFeed(models.Model):
    """The secret in a person's group calendar (iCalendar) address. Resetting makes a new one.
    The feed holds group names, times and places, never other members' details."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Group calendar feed for {self.user_id}"
