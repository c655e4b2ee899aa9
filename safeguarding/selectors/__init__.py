"""Every read in safeguarding that depends on who is looking, and the access helpers.

Who may see what:
- alerts: safeguarding reviewers and clinical leads IN THE SAME SERVICE as the alert. Other
  staff of that service get 403; anyone else (other services, members, outsiders) gets 404,
  so an alert's existence is not revealed. Anyone who may see an alert may act on it: in a
  crisis the first reviewer to look must be able to act.
- rota: reviewers, leads and service admins of the service read it; only service admins
  change it (others 403).
- reports: reviewers, leads and service admins of the service (numbers only).
- member pages (concerns, call back): current members of the group, or participants of a
  service.
Staff read a group's conversation only through an alert, and only the flagged post with at
most CONTEXT_BEFORE/CONTEXT_AFTER posts either side in the same thread (rule 8).

One concern a module: `access` (the access helpers), `alerts`, `members`, `rota`, `reports`,
`delivery` (a read-only look at the outbox rows of safeguarding's pages), `review` (the
clinical safety lead's screener review list).
Call them as `selectors.<name>`: this module re-exports every public name. The role
predicates they build on are in pmp_followon.accounts.permissions.
"""

from .access import (
    can_review_service,
    require_callback_member,
    require_reviewer,
    require_service_staff,
    service_admins,
    service_reviewers,
)
from .alerts import (
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    QUEUE_PAGE_SIZE,
    VIEW_WINDOW,
    QueueRow,
    TimelineEntry,
    alert_concerns,
    alert_context_posts,
    alert_post_to_hide,
    alert_queue_for_user,
    alert_queue_rows,
    alert_thread_post_ids,
    alert_timeline,
    alerts_due_for_escalation,
    get_alert_for_user,
    get_post_for_alert_action,
)
from .delivery import PageOutcome, alert_ids_with_failed_pages, page_outcomes
from .members import (
    get_group_for_member,
    get_post_for_member,
    group_members_for_concern,
    meeting_rsvp_since,
    member_active_since,
    member_last_activity,
    silence_candidates,
)
from .reports import LevelFigures, SafeguardingReport, duration_words, safeguarding_report_for_user
from .review import (
    ScreenerMonth,
    can_lead_screener_review,
    get_review_item_for_user,
    require_clinical_lead,
    review_items_for_user,
    screener_months_for_user,
    small_count,
)
from .rota import (
    escalation_policy_for,
    get_rota_entry_for_admin,
    rota_candidates,
    rota_for_user,
    rota_gaps,
    rota_on_duty,
    rota_page_for_user,
    rota_schedule,
)

__all__ = [
    "CONTEXT_AFTER",
    "CONTEXT_BEFORE",
    "QUEUE_PAGE_SIZE",
    "LevelFigures",
    "PageOutcome",
    "QueueRow",
    "SafeguardingReport",
    "ScreenerMonth",
    "VIEW_WINDOW",
    "TimelineEntry",
    "alert_concerns",
    "alert_context_posts",
    "alert_ids_with_failed_pages",
    "alert_queue_for_user",
    "alert_queue_rows",
    "alert_thread_post_ids",
    "alert_timeline",
    "alerts_due_for_escalation",
    "can_lead_screener_review",
    "can_review_service",
    "duration_words",
    "escalation_policy_for",
    "get_alert_for_user",
    "alert_post_to_hide",
    "get_post_for_alert_action",
    "get_review_item_for_user",
    "get_group_for_member",
    "get_post_for_member",
    "get_rota_entry_for_admin",
    "group_members_for_concern",
    "meeting_rsvp_since",
    "page_outcomes",
    "member_active_since",
    "member_last_activity",
    "require_callback_member",
    "require_clinical_lead",
    "require_reviewer",
    "require_service_staff",
    "review_items_for_user",
    "rota_candidates",
    "rota_for_user",
    "rota_page_for_user",
    "rota_gaps",
    "rota_on_duty",
    "rota_schedule",
    "safeguarding_report_for_user",
    "service_admins",
    "service_reviewers",
    "screener_months_for_user",
    "silence_candidates",
    "small_count",
]
