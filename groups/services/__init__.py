"""Every write for follow-on groups, one concern a module.

Each service takes the acting person and ``now`` (time is a parameter), runs in a
transaction, validates with ``full_clean()`` and writes a GroupEvent audit row (never the
text of a post). Messages are notification outbox rows made in the same transaction,
delivered after commit; reminders days ahead are rows with a future ``due_at`` that the
outbox sweeper sends when due.

- ``lifecycle``: set up a group (by hand or from a programme), change its details, close it
- ``membership``: breaks, leaving, sharing contact details, the coordinator role, the notice
- ``meetings``: plan, confirm, move and cancel meetings; answers; who came
- ``polls``: find a time with a poll
- ``posts``: the conversation (the one narrow call into safeguarding)
- ``joining``: asking to join, moving between groups, introductions
- ``venues``: the venue library
- ``gatherings``: the service's gatherings: plan and invite, change, cancel with notice,
  answers, the six-month reminder
- ``reminders``: reminder rows and their repair sweep
- ``housekeeping``: the beat's sweeps, in order
- ``status``: a group's derived status (formed, active, dormant)
- ``_common``: private helpers the modules share

Call sites use ``from groups import services; services.meeting_schedule(...)``: every
public name is re-exported here. A person's secret calendar address is programmes'
``calendar_feed_for`` / ``calendar_feed_reset`` with ``CalendarFeedKind.GROUPS``.
"""

from __future__ import annotations

from .gatherings import (
    gathering_cancel,
    gathering_create,
    gathering_reminders_send,
    gathering_rsvp,
    gathering_update,
)
from .housekeeping import (
    ATTENDANCE_PROMPT_WINDOW,
    PROPOSAL_WITHDRAW_BEFORE,
    attendance_prompts_ensure,
    groups_dormant_review,
    groups_housekeeping,
    proposals_review,
    ptv_support_review,
)
from .joining import (
    MEMBER_LEFT_MOVED,
    join_request_create,
    join_request_decide,
    join_request_introduce,
    join_request_withdraw,
)
from .lifecycle import (
    CreatedFromProgramme,
    FirstMeeting,
    group_close,
    group_create,
    group_create_from_programme,
    group_update,
)
from .meetings import (
    PAST_MEETING_LIMIT,
    attendance_record,
    meeting_cancel,
    meeting_confirm,
    meeting_move,
    meeting_schedule,
    rsvp_cant_make_it_by_link,
    rsvp_set,
)
from .membership import (
    LEAVE_REASONS,
    _members_add,
    coordinator_handover,
    coordinator_step_up,
    membership_leave,
    membership_pause,
    membership_pauses_end_due,
    membership_resume,
    membership_sharing_update,
    screening_notice_agree,
)
from .polls import (
    POLL_DEADLINE_AT,
    POLL_MAX_OPTIONS,
    POLL_MIN_OPTIONS,
    PollOptionSpec,
    poll_answer,
    poll_create,
    poll_decide,
    polls_close_due,
)
from .posts import (
    PostResult,
    post_create,
    post_flag,
)
from .reminders import (
    REMINDER_HORIZON,
    meeting_reminders_ensure,
)
from .status import derive_status
from .venues import (
    VENUE_FIELDS,
    venue_create,
    venue_update,
)

# _members_add: the demo data and tests put people in a group without the join flow.
__all__ = [
    "ATTENDANCE_PROMPT_WINDOW",
    "CreatedFromProgramme",
    "FirstMeeting",
    "LEAVE_REASONS",
    "MEMBER_LEFT_MOVED",
    "PAST_MEETING_LIMIT",
    "POLL_DEADLINE_AT",
    "POLL_MAX_OPTIONS",
    "POLL_MIN_OPTIONS",
    "PROPOSAL_WITHDRAW_BEFORE",
    "PollOptionSpec",
    "PostResult",
    "REMINDER_HORIZON",
    "VENUE_FIELDS",
    "_members_add",
    "attendance_prompts_ensure",
    "attendance_record",
    "coordinator_handover",
    "coordinator_step_up",
    "derive_status",
    "gathering_cancel",
    "gathering_create",
    "gathering_reminders_send",
    "gathering_update",
    "gathering_rsvp",
    "group_close",
    "group_create",
    "group_create_from_programme",
    "group_update",
    "groups_dormant_review",
    "groups_housekeeping",
    "join_request_create",
    "join_request_decide",
    "join_request_introduce",
    "join_request_withdraw",
    "meeting_cancel",
    "meeting_confirm",
    "meeting_move",
    "meeting_reminders_ensure",
    "meeting_schedule",
    "membership_leave",
    "membership_pause",
    "membership_pauses_end_due",
    "membership_resume",
    "membership_sharing_update",
    "poll_answer",
    "poll_create",
    "poll_decide",
    "polls_close_due",
    "post_create",
    "post_flag",
    "proposals_review",
    "ptv_support_review",
    "rsvp_cant_make_it_by_link",
    "rsvp_set",
    "screening_notice_agree",
    "venue_create",
    "venue_update",
]
