"""What several services modules share: the logger (one name, "safeguarding.services",
whichever module writes) and the outbox topic of an alert's pages."""

from __future__ import annotations

import logging

from ..models import Alert

logger = logging.getLogger("safeguarding.services")


def _topic(alert: Alert) -> str:
    return f"safeguarding.alert:{alert.pk}"
