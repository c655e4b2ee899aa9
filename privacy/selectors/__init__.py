"""Reads for the privacy app.

- ``access``: who may see, download, correct, leave, act for others, and hold data.
- ``bundle``: everything held about one person, section by section.
- ``recorded``: what staff have recorded about a participant, for the correction page.
"""

from .access import (
    can_act_for_participants,
    can_manage_holds,
    can_view_holds,
    exports_for_user,
    get_hold_for_user,
    get_participant_for_user,
    hold_candidates_for_user,
    holds_for_user,
    participants_for_user,
    require_can_leave,
    require_signed_in,
)
from .bundle import SECTION_TITLES, SECTIONS, bundle_rows, person_bundle, person_row_estimate
from .recorded import readable_sections, staff_recorded

__all__ = [
    "SECTIONS",
    "SECTION_TITLES",
    "bundle_rows",
    "can_act_for_participants",
    "can_manage_holds",
    "can_view_holds",
    "exports_for_user",
    "get_hold_for_user",
    "get_participant_for_user",
    "hold_candidates_for_user",
    "holds_for_user",
    "participants_for_user",
    "person_bundle",
    "person_row_estimate",
    "readable_sections",
    "require_can_leave",
    "require_signed_in",
    "staff_recorded",
]
