"""Writes for the notifications app: the outbox, its delivery, the sweeper, preferences.

One concern a module; this package re-exports every name other code uses, so call sites
keep `services.notification_create`. Tests that replace a publishing hook patch it where
it lives (`services.publishing._kick`), because the other modules call it through there.

The rules (docs/decisions/0003-notifications-outbox-and-delivery.md):
- a message exists once its row commits; the broker only carries "look at row N";
- delivery is published after commit (transaction.on_commit), and a broker that is down
  never fails the caller: the sweeper publishes whatever is due and was not picked up;
- a worker claims a row (queued or retrying, due → sending, with a lease) before it sends,
  so a second copy of a task, a redelivery or a sweeper race sends nothing;
- the send happens outside any transaction (a provider is not transactional), and when a
  send may or may not have happened we look the message up by reference before resending.
"""

from ._common import Outcome
from .cancelling import (
    is_retryable,
    notification_retry,
    notification_test_send,
    notifications_cancel,
)
from .claiming import notification_claim, notifications_claim_due
from .creating import notification_create
from .delivering import notification_deliver, notifications_deliver_due
from .preferences import notification_preference_update, notification_unsubscribe
from .publishing import _kick, _kick_default_after_commit, _publish_deliveries
from .recording import SentLog, retry_delay_seconds
from .sweeper import SweepResult, heartbeat_record, notifications_sweep

__all__ = [
    "Outcome",
    "SentLog",
    "SweepResult",
    "_kick",
    "_kick_default_after_commit",
    "_publish_deliveries",
    "heartbeat_record",
    "is_retryable",
    "notification_claim",
    "notification_create",
    "notification_deliver",
    "notification_preference_update",
    "notification_retry",
    "notification_test_send",
    "notification_unsubscribe",
    "notifications_cancel",
    "notifications_claim_due",
    "notifications_deliver_due",
    "notifications_sweep",
    "retry_delay_seconds",
]
