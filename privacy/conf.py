"""The privacy settings and their defaults. A deployment overrides any of them in its
settings module (for example ``PRIVACY_RETENTION_DAYS = {"posts": 365 * 2}``); the source
of each default is in docs/privacy.md ("How long we keep it")."""

from __future__ import annotations

import datetime

from django.conf import settings

# Days each kind of data is kept, counted from the date named in docs/privacy.md.
RETENTION_DAYS_DEFAULTS: dict[str, int] = {
    # A thread of group posts, from its last activity. Reasoned default (peer conversation,
    # not a health record): three years covers the median life of a group (13 months) and
    # most long ones, and lets a member look back over a year of their group.
    "posts": 3 * 365,
    # A message sent (or failed, or cancelled), from when it was made. Reasoned default:
    # long enough to answer "did you send me that reminder?" and delivery complaints.
    "notifications": 365,
    # Contact check codes and expired sessions, from when they were made or expired.
    # Reasoned default: a code is useless after 10 minutes; 30 days covers any query.
    "sign_in": 30,
    # A download bundle, after its link expired. Reasoned default: nothing to keep.
    "downloads": 0,
    # A closed safeguarding alert's text, from when it was closed. Records Management Code
    # of Practice 2023, Appendix II: adult health records, 8 years after the end of care.
    "closed_alerts": 8 * 365,
    # Contact-sharing consents and free-text answers of a finished programme, from its last
    # session. Records Management Code of Practice 2023: adult health records, 8 years.
    "programme_data": 8 * 365,
    # The evaluation profile behind the evaluation export, from the person's last programme
    # session. Records Management Code of Practice 2023, Appendix II: clinical audit, 5 years.
    "evaluation_export": 5 * 365,
}


def retention_days() -> dict[str, int]:
    return {**RETENTION_DAYS_DEFAULTS, **getattr(settings, "PRIVACY_RETENTION_DAYS", {})}


def retention_period(kind: str) -> datetime.timedelta:
    return datetime.timedelta(days=retention_days()[kind])


def retention_batch_size() -> int:
    """Rows changed per transaction by the retention sweep."""
    return int(getattr(settings, "PRIVACY_RETENTION_BATCH_SIZE", 500))


def export_inline_max_rows() -> int:
    """A bundle with at most this many rows is made at once; a bigger one by a worker."""
    return int(getattr(settings, "PRIVACY_EXPORT_INLINE_MAX_ROWS", 2000))


def export_link_hours() -> int:
    """How long a download link works."""
    return int(getattr(settings, "PRIVACY_EXPORT_LINK_HOURS", 24))
