"""The safeguarding sweeps read through their indexes (issue 17), checked with EXPLAIN on
PostgreSQL (marked `postgres`: deselected, not skipped, on SQLite). A test database is tiny,
so sequential scans are switched off for the EXPLAIN: the question is whether an index can
serve the query at all. (The escalation sweep is not here: on an empty table the planner
picks alert_subject_state_idx over alert_escalate_due whatever the settings, so the test
could not tell a good plan from a bad one.)"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from safeguarding.services import posts_screen_missed

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def plan(sql: str, params=()) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_missed_screening_sweep_reads_recent_posts_by_index():
    with CaptureQueriesContext(connection) as captured:
        posts_screen_missed(now=timezone.now())
    sweep = [q["sql"] for q in captured.captured_queries if "groups_post" in q["sql"]]
    assert sweep, captured.captured_queries
    text = plan(sweep[0])
    assert "Seq Scan on groups_post" not in text, text
    assert "Seq Scan on safeguarding_postscreening" not in text, text
    assert "Index" in text, text
