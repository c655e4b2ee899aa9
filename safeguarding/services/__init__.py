"""Every write in safeguarding, one concern a module:

- `audit`: the append-only audit trail;
- `policy`: the escalation policy in force and the settings frozen on an alert;
- `raising`: opening alerts (once per trigger), raising their level, alerts staff raise;
- `posts`: screening posts (the one call groups makes) and the missed-post sweeper;
- `concerns`: member concerns and call back requests;
- `alerts`: the alert state machine, notes, hiding a post, the audit of every look;
- `escalation`: who is paged when, and the escalation sweeper;
- `silence`: check-in alerts after a worrying post and silence;
- `rota`: the rota, service hours and policy (service admins) and rota gap warnings;
- `review`: the clinical safety lead's screener review list and its export.

Call them as `services.<name>` (this module re-exports every public name). Each writes its
audit row in the same transaction.

Rules (architecture.md, safeguarding.md):
- `<entity>_<verb>(*, actor, ..., now=None)`, keyword-only, `@transaction.atomic`;
- time is a parameter (`now`); everything stored in UTC; service hours in the service zone;
- messages are outbox rows (pmp_followon.notifications) created in the same transaction
  with an idempotency key per (alert, step, recipient); delivery is published on commit;
- every sweeper may run twice at once: rows are claimed (select_for_update skip_locked,
  conditional UPDATEs) and every trigger is backed by a unique key.

To replace a function in a test, patch it in the module that calls it (for example
`safeguarding.services.posts._alert_open` for `post_screen`): names here are re-exports.
"""

from .alerts import (
    AlertAlreadyClaimed,
    alert_acknowledge,
    alert_dismiss,
    alert_note_add,
    alert_resolve,
    alert_view_record,
    contact_attempt_record,
    page_view_record,
    post_hide,
)
from .audit import audit_record
from .concerns import callback_request, flag_raise
from .escalation import (
    DEADLINE_TOLERANCE,
    STAFF_ALERT_CHANNELS,
    alert_escalate,
    alert_move_on_failed_page,
    alerts_escalate_due,
    alerts_move_on_failed_pages,
)
from .posts import (
    SCREENING_BACKLOG_GRACE,
    SCREENING_BACKLOG_LOOKBACK,
    post_screen,
    posts_screen_missed,
)
from .raising import alert_raise_by_staff
from .review import (
    review_item_approve,
    review_item_record,
    review_item_reject,
    review_items_export,
)
from .rota import (
    escalation_policy_update,
    rota_entry_add,
    rota_entry_remove,
    rota_gap_warn,
    rota_gaps_warn,
    service_hours_update,
)
from .silence import SILENCE_SCAN_DAYS, alert_raise_for_silence, alerts_raise_for_silence

__all__ = [
    "DEADLINE_TOLERANCE",
    "SCREENING_BACKLOG_GRACE",
    "SCREENING_BACKLOG_LOOKBACK",
    "SILENCE_SCAN_DAYS",
    "STAFF_ALERT_CHANNELS",
    "AlertAlreadyClaimed",
    "alert_acknowledge",
    "alert_dismiss",
    "alert_escalate",
    "alert_move_on_failed_page",
    "alert_note_add",
    "alert_raise_by_staff",
    "alert_raise_for_silence",
    "alert_resolve",
    "alert_view_record",
    "alerts_escalate_due",
    "alerts_move_on_failed_pages",
    "alerts_raise_for_silence",
    "audit_record",
    "callback_request",
    "contact_attempt_record",
    "escalation_policy_update",
    "flag_raise",
    "page_view_record",
    "post_hide",
    "post_screen",
    "posts_screen_missed",
    "review_item_approve",
    "review_item_record",
    "review_item_reject",
    "review_items_export",
    "rota_entry_add",
    "rota_entry_remove",
    "rota_gap_warn",
    "rota_gaps_warn",
    "service_hours_update",
]
