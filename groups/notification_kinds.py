"""The notification kinds the groups app sends, registered from GroupsConfig.ready().

Templates: templates/notifications/<name>/subject.txt, email.txt and sms.txt. Context holds
ids and short strings only (a group's name, a date already written the UK way, a link);
never the text of a post.
"""

from __future__ import annotations

from pmp_followon.notifications.kinds import Kind, register_kind

MEETING_SCHEDULED = "groups.meeting_scheduled"
MEETING_REMINDER_DAY_BEFORE = "groups.meeting_reminder_day_before"
MEETING_REMINDER_MORNING = "groups.meeting_reminder_morning"
MEETING_MOVED = "groups.meeting_moved"
MEETING_CANCELLED = "groups.meeting_cancelled"
ATTENDANCE_PROMPT = "groups.attendance_prompt"
CONFIRM_PROMPT = "groups.confirm_next_meeting"
PROPOSAL_LAPSED = "groups.suggested_meeting_lapsed"
POLL_OPENED = "groups.poll_opened"
POLL_REMINDER = "groups.poll_reminder"
POLL_CLOSED = "groups.poll_closed"
DORMANT_NUDGE = "groups.dormant_nudge"
NO_COORDINATOR = "groups.no_coordinator"
NO_COORDINATOR_STAFF = "groups.no_coordinator_staff"
COORDINATOR_ROLE = "groups.coordinator_role"
JOIN_REQUEST = "groups.join_request"
JOIN_DECIDED = "groups.join_decided"
WELCOME = "groups.welcome"
PTV_THANKS = "groups.ptv_thanks"
GATHERING_INVITATION = "groups.gathering_invitation"
GATHERING_CHANGED = "groups.gathering_changed"
GATHERING_CANCELLED = "groups.gathering_cancelled"
GATHERING_DUE = "groups.gathering_due"

KINDS = (
    # To members when a coordinator plans a meeting (or a poll picks one).
    Kind(name=MEETING_SCHEDULED),
    # The day before at 10am local, with a one-tap "can't make it" link.
    Kind(name=MEETING_REMINDER_DAY_BEFORE),
    # The morning of the meeting.
    Kind(name=MEETING_REMINDER_MORNING),
    Kind(name=MEETING_MOVED),
    Kind(name=MEETING_CANCELLED),
    # To coordinators the day after a meeting: who came, and the next date.
    Kind(name=ATTENDANCE_PROMPT),
    # To coordinators: a meeting suggested from the group's rhythm needs confirming.
    Kind(name=CONFIRM_PROMPT),
    Kind(name=PROPOSAL_LAPSED),
    Kind(name=POLL_OPENED),
    # Only to members who have not answered yet.
    Kind(name=POLL_REMINDER),
    # To coordinators: the poll's deadline passed, pick a date.
    Kind(name=POLL_CLOSED),
    # To coordinators when the usual gap has passed with nothing planned.
    Kind(name=DORMANT_NUDGE),
    # To members, and to the group's clinician, when no coordinator is left.
    Kind(name=NO_COORDINATOR),
    Kind(name=NO_COORDINATOR_STAFF, unsubscribable=False),
    Kind(name=COORDINATOR_ROLE),
    # To coordinators: someone asks to join or move; and the answer to the person.
    Kind(name=JOIN_REQUEST),
    Kind(name=JOIN_DECIDED),
    # To people put into a new group from their programme.
    Kind(name=WELCOME),
    # To a PTV when their three supporting meetings are done.
    Kind(name=PTV_THANKS, unsubscribable=False),
    # The service's gatherings: the invitation, a change of time or place, a cancellation.
    Kind(name=GATHERING_INVITATION),
    Kind(name=GATHERING_CHANGED),
    Kind(name=GATHERING_CANCELLED),
    # To clinicians and service admins: six months since the last gathering.
    Kind(name=GATHERING_DUE, unsubscribable=False),
)


def register() -> None:
    for kind in KINDS:
        register_kind(kind)
