"""Writes for the privacy app (every one with a row in the privacy audit).

- ``exports``: seeing and downloading one's data, the worker that builds big bundles.
- ``details``: correcting one's own name and mobile number.
- ``leaving``: leaving the service, by oneself or through a clinician.
- ``holds``: legal holds set and released by clinical leads.
- ``retention``: the periodic removal of data past its period.
"""

from .details import details_correct
from .exports import (
    data_export_build,
    data_export_open,
    data_export_request,
    data_export_token,
    data_viewed,
)
from .holds import legal_hold_release, legal_hold_set
from .leaving import (
    FORMER_MEMBER_NAME,
    REMOVED_POST_TEXT,
    former_member_email,
    leave_request,
    leave_requests_complete_held,
)
from .retention import RETAINED_ALERT_TEXT, RETAINED_POST_TEXT, retention_apply

__all__ = [
    "FORMER_MEMBER_NAME",
    "REMOVED_POST_TEXT",
    "RETAINED_ALERT_TEXT",
    "RETAINED_POST_TEXT",
    "data_export_build",
    "data_export_open",
    "data_export_request",
    "data_export_token",
    "data_viewed",
    "details_correct",
    "former_member_email",
    "legal_hold_release",
    "legal_hold_set",
    "leave_request",
    "leave_requests_complete_held",
    "retention_apply",
]
