"""Follow-on groups' models, one concern a module; import them from here.

Group, Membership and Post are what other apps point at (safeguarding reads them): their
field names stay as they are. Workflows live in the services package; one-row facts live here.

- `choices`: Every status and choice in the groups app, and the rules that go with them.
- `groups`: A group, its members, and its audit trail.
- `meetings`: Venues and meetings, with the answers to "are you coming?" and who came.
- `polls`: Finding a time: polls, their options and answers.
- `posts`: The conversation.
- `joining`: The directory and moving: requests to join a group.
- `gatherings`: The service's get-togethers for every group, and who is coming.
"""

from __future__ import annotations

from .choices import (
    COORDINATOR_ROLES,
    CURRENT_STATUSES,
    PTV_SUPPORT_MEETINGS,
    RHYTHM_GAP,
    Access,
    GroupStatus,
    JoinRequestKind,
    JoinRequestStatus,
    KeepInTouch,
    MeetingMode,
    MeetingStatus,
    MembershipRole,
    MembershipStatus,
    Noise,
    PollAnswerChoice,
    PollStatus,
    Purpose,
    Rhythm,
    RSVPAnswer,
    VenueKind,
)
from .gatherings import (
    Gathering,
    GatheringEvent,
    GatheringInvitation,
    GatheringRSVP,
)
from .groups import (
    Group,
    GroupEvent,
    Membership,
)
from .joining import (
    JoinRequest,
)
from .meetings import (
    RSVP,
    Attendance,
    Meeting,
    Venue,
)
from .polls import (
    Poll,
    PollAnswer,
    PollOption,
)
from .posts import (
    Post,
)

__all__ = [
    "Access",
    "Attendance",
    "COORDINATOR_ROLES",
    "CURRENT_STATUSES",
    "Gathering",
    "GatheringEvent",
    "GatheringInvitation",
    "GatheringRSVP",
    "Group",
    "GroupEvent",
    "GroupStatus",
    "JoinRequest",
    "JoinRequestKind",
    "JoinRequestStatus",
    "KeepInTouch",
    "Meeting",
    "MeetingMode",
    "MeetingStatus",
    "Membership",
    "MembershipRole",
    "MembershipStatus",
    "Noise",
    "PTV_SUPPORT_MEETINGS",
    "Poll",
    "PollAnswer",
    "PollAnswerChoice",
    "PollOption",
    "PollStatus",
    "Post",
    "Purpose",
    "RHYTHM_GAP",
    "RSVP",
    "RSVPAnswer",
    "Rhythm",
    "Venue",
    "VenueKind",
]
