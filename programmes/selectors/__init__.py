"""Every read for programmes that depends on who is looking, one concern a module.

``access`` holds the access rules (who may see and do what) and the ``get_*_for_user``
helpers views call; the other modules build the pages. Callers use
``from programmes import selectors`` and ``selectors.<name>``: every public name of the
modules below is re-exported here.
"""

from .access import (
    NO_ACCESS,
    READ_ONLY_ACCESS,
    Need,
    ProgrammeAccess,
    can_create_programme,
    can_manage_resources,
    can_manage_service_settings,
    can_record_for_enrolment,
    get_enrolment_for_contacts,
    get_enrolment_for_user,
    get_facilitator_for_user,
    get_handover_step_for_user,
    get_own_enrolment,
    get_programme_for_user,
    get_session_for_user,
    is_lead_clinician,
    programme_access,
    reads_service_programmes,
    settings_for_reading,
)
from .closures import (
    ClosureCalendar,
    ClosureWeek,
    calendar_feed_sessions,
    calendar_feed_user,
    closure_calendar_for_user,
)
from .lists import (
    participant_programmes,
    programme_list_for_user,
    programme_ptvs,
    staff_choices_for_facilitators,
)
from .outcomes import (
    HandoverSummary,
    ProgrammeOutcomes,
    handover_summary_for_group_creation,
    programme_outcomes,
)
from .programme_page import (
    ProgrammePage,
    StepRow,
    choice_of,
    enrolment_attendance,
    enrolment_contacts,
    first_meeting_plan_of,
    handover_step_rows,
    mark_verified,
    programme_page,
    session_register,
    step_checklist_initial,
    step_page,
)
from .resources import (
    get_resource_for_user,
    resource_list_for_staff,
    resources_for_participants,
    resources_for_step,
)

__all__ = [
    "NO_ACCESS",
    "READ_ONLY_ACCESS",
    "ClosureCalendar",
    "ClosureWeek",
    "HandoverSummary",
    "Need",
    "ProgrammeAccess",
    "ProgrammeOutcomes",
    "ProgrammePage",
    "StepRow",
    "calendar_feed_sessions",
    "calendar_feed_user",
    "can_create_programme",
    "can_manage_resources",
    "can_manage_service_settings",
    "can_record_for_enrolment",
    "choice_of",
    "closure_calendar_for_user",
    "enrolment_attendance",
    "enrolment_contacts",
    "first_meeting_plan_of",
    "get_enrolment_for_user",
    "get_facilitator_for_user",
    "get_handover_step_for_user",
    "get_enrolment_for_contacts",
    "get_own_enrolment",
    "get_programme_for_user",
    "get_resource_for_user",
    "get_session_for_user",
    "handover_summary_for_group_creation",
    "is_lead_clinician",
    "mark_verified",
    "participant_programmes",
    "programme_access",
    "programme_list_for_user",
    "programme_outcomes",
    "programme_page",
    "programme_ptvs",
    "reads_service_programmes",
    "resource_list_for_staff",
    "resources_for_participants",
    "resources_for_step",
    "session_register",
    "settings_for_reading",
    "staff_choices_for_facilitators",
    "step_checklist_initial",
    "step_page",
    "handover_step_rows",
]
