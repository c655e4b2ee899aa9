"""Every status and choice in the groups app, and the rules that go with them."""

from __future__ import annotations

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _


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
