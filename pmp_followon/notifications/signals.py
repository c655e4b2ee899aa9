"""Signals other apps may listen to (they point one way: notifications knows nothing of
its listeners).

`notification_failed(sender=Notification, notification=row, every_channel_failed=bool)` is
sent after a row's failure commits (a 4xx, no address, attempts used up).
`every_channel_failed` is True when every row of that message to that person (the same
caller's idempotency key, on every channel it was made for, including the crisis fallback
to the other channel) has failed: the person cannot be reached by any channel, so for a
crisis page the caller should move on to the next person at once (safeguarding escalation).
A receiver runs in the worker that recorded the failure; it must be quick and idempotent
(it can run again if the worker dies after the commit).
"""

from django.dispatch import Signal

notification_failed = Signal()
