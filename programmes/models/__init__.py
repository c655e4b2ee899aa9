"""The programmes app's models, one concern a module; import them from here.

- `choices`: The handover steps: which, in what order, what each is for, and their states.
- `programmes`: Programmes: the service's settings, a programme, its sessions and facilitators.
- `enrolments`: Enrolments, attendance and each participant's choice whether to continue.
- `consent`: Sharing contact details with the group, and checking a contact detail with a code.
- `handover`: The three-week handover: its steps, checklist ticks and the agreed first meeting.
- `resources`: Leaflets and links the service shares.
- `calendar`: The secret calendar (iCalendar) addresses: one a person for each kind of feed.
- `events`: The programme audit trail.
"""

from __future__ import annotations

from .calendar import (
    CalendarFeed,
    CalendarFeedKind,
)
from .choices import (
    STEP_ORDER,
    STEP_PURPOSE,
    StepKind,
    StepState,
)
from .consent import (
    CheckChannel,
    ContactCheck,
    ContactConsent,
    ShareKind,
    check_channel_for,
    mobile_e164,
)
from .enrolments import (
    Attendance,
    ContinueChoice,
    Enrolment,
    EnrolmentStatus,
    NotContinuingReason,
    ParticipantChoice,
    ReferralSource,
)
from .events import (
    ProgrammeEvent,
)
from .handover import (
    ChecklistTick,
    FirstMeetingPlan,
    HandoverStep,
)
from .programmes import (
    CLINICAL_DISCIPLINES,
    DEFAULT_SESSION_MINUTES,
    DEFAULT_SESSIONS,
    MAX_SESSIONS,
    MIN_SESSIONS,
    BankHolidayDivision,
    Discipline,
    Facilitator,
    Programme,
    ProgrammeSession,
    ProgrammeSettings,
    ProgrammeStatus,
    SessionCancellation,
    Weekday,
)
from .resources import (
    Resource,
    ResourceAudience,
)

__all__ = [
    "Attendance",
    "BankHolidayDivision",
    "CLINICAL_DISCIPLINES",
    "CalendarFeed",
    "CalendarFeedKind",
    "CheckChannel",
    "ChecklistTick",
    "ContactCheck",
    "ContactConsent",
    "ContinueChoice",
    "DEFAULT_SESSIONS",
    "DEFAULT_SESSION_MINUTES",
    "Discipline",
    "Enrolment",
    "EnrolmentStatus",
    "Facilitator",
    "FirstMeetingPlan",
    "HandoverStep",
    "MAX_SESSIONS",
    "MIN_SESSIONS",
    "NotContinuingReason",
    "ParticipantChoice",
    "Programme",
    "ProgrammeEvent",
    "ProgrammeSession",
    "ProgrammeSettings",
    "ProgrammeStatus",
    "ReferralSource",
    "Resource",
    "ResourceAudience",
    "STEP_ORDER",
    "STEP_PURPOSE",
    "SessionCancellation",
    "ShareKind",
    "StepKind",
    "StepState",
    "Weekday",
    "check_channel_for",
    "mobile_e164",
]
