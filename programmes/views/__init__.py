"""Pages for programmes, one concern a module. Each view: the access helper (a selector), a
form, one service call, a message, a redirect (post/redirect/get). Business rules live in
services; reads in selectors. ``urls.py`` uses ``views.<name>``: every view is re-exported
here."""

from .contacts import (
    my_contacts,
    my_contacts_check,
    my_contacts_send,
    my_contacts_share,
    participant_contacts,
    participant_contacts_check,
    participant_contacts_send,
    participant_contacts_share,
)
from .handover import (
    step_checklist,
    step_detail,
    step_meeting,
    step_options,
    step_ptv,
    step_unavailable,
)
from .participants import (
    enrol,
    my_choices,
    outcomes,
    participant_choice,
    participant_detail,
    participant_reinstate,
    participant_withdraw,
    suggest_group,
)
from .programmes import (
    facilitator_remove,
    facilitators,
    programme_cancel,
    programme_create,
    programme_detail,
    programme_edit,
    programme_list,
)
from .service import (
    calendar_feed,
    calendar_settings,
    closures,
    programme_resources,
    resource_archive,
    resource_create,
    resource_file,
    resource_list,
    settings_edit,
)
from .sessions import session_attendance, session_cancel, session_detail, session_move

__all__ = [
    "calendar_feed",
    "calendar_settings",
    "closures",
    "enrol",
    "facilitator_remove",
    "facilitators",
    "my_choices",
    "my_contacts",
    "my_contacts_check",
    "my_contacts_send",
    "my_contacts_share",
    "outcomes",
    "participant_choice",
    "participant_contacts",
    "participant_contacts_check",
    "participant_contacts_send",
    "participant_contacts_share",
    "participant_detail",
    "participant_reinstate",
    "participant_withdraw",
    "programme_cancel",
    "programme_create",
    "programme_detail",
    "programme_edit",
    "programme_list",
    "programme_resources",
    "resource_archive",
    "resource_create",
    "resource_file",
    "resource_list",
    "session_attendance",
    "session_cancel",
    "session_detail",
    "session_move",
    "settings_edit",
    "step_checklist",
    "step_detail",
    "step_meeting",
    "step_options",
    "step_ptv",
    "step_unavailable",
    "suggest_group",
]
