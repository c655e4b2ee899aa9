"""Every write for programmes, one concern a module: cohorts, sessions, enrolments, the
handover and its reminders.

Each function takes the acting user and ``now`` (time is a parameter), runs in a transaction,
validates with ``full_clean()`` and writes a ProgrammeEvent audit row. Messages go through the
notifications outbox (rows created in the same transaction, delivered after commit).

Callers use ``from programmes import services`` and ``services.<name>``: every public name of
the modules below is re-exported here.
"""

from .calendar import calendar_feed_for, calendar_feed_reset
from .consent import (
    CONTACT_CHECK_LIFETIME,
    CONTACT_CHECK_MAX_ATTEMPTS,
    CONTACT_CHECK_MAX_PER_DAY,
    CheckOutcome,
    SentCheck,
    contact_check_confirm,
    contact_check_send,
    contact_consents_set,
    participant_choice_record,
)
from .enrolments import enrolment_reinstate, enrolment_withdraw, participant_enrol
from .facilitators import facilitator_add, facilitator_remove
from .handover import (
    FirstMeetingResult,
    first_meeting_plan_update,
    handover_checklist_save,
    handover_step_assign_ptv,
    handover_step_ptv_unavailable,
    participant_point_to_other_group,
)
from .programmes import (
    programme_cancel,
    programme_create,
    programme_statuses_refresh,
    programme_update,
)
from .reads import CONTACTS_VIEWED, OUTCOMES_VIEWED, record_read
from .reminders import handover_reminders_ensure
from .resources import resource_archive, resource_create
from .sessions import attendance_record, session_cancel, session_move
from .settings import programme_settings_for, programme_settings_update

__all__ = [
    "CONTACTS_VIEWED",
    "OUTCOMES_VIEWED",
    "record_read",
    "CONTACT_CHECK_LIFETIME",
    "CONTACT_CHECK_MAX_ATTEMPTS",
    "CONTACT_CHECK_MAX_PER_DAY",
    "CheckOutcome",
    "FirstMeetingResult",
    "SentCheck",
    "attendance_record",
    "calendar_feed_for",
    "calendar_feed_reset",
    "contact_check_confirm",
    "contact_check_send",
    "contact_consents_set",
    "enrolment_reinstate",
    "enrolment_withdraw",
    "facilitator_add",
    "facilitator_remove",
    "first_meeting_plan_update",
    "handover_checklist_save",
    "handover_reminders_ensure",
    "handover_step_assign_ptv",
    "handover_step_ptv_unavailable",
    "participant_choice_record",
    "participant_enrol",
    "participant_point_to_other_group",
    "programme_cancel",
    "programme_create",
    "programme_settings_for",
    "programme_settings_update",
    "programme_statuses_refresh",
    "programme_update",
    "resource_archive",
    "resource_create",
    "session_cancel",
    "session_move",
]
