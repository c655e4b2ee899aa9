"""The safeguarding report counts a service's posts in its period through the
(created_at, group) index (issue 17; the 365-day report read every post in the table).
EXPLAIN on PostgreSQL with sequential scans off: can the index serve the count at all."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from safeguarding.selectors import safeguarding_report_for_user

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_the_post_count_reads_the_date_and_group_index(clinical_lead, participant, other_service):
    from groups.models import Group, Post

    # A few groups here and elsewhere with posts over five years, and the planner told so:
    # on empty tables every plan costs the same.
    groups = [
        Group.objects.create(service=service, name=f"Group {n}", status="active")
        for n in range(4)
        for service in (clinical_lead.service, other_service)
    ]
    until = timezone.now()
    Post.objects.bulk_create(
        Post(
            group=groups[n % len(groups)],
            author=participant,
            body="Hello",
            created_at=until - datetime.timedelta(days=n % 1825),
        )
        for n in range(2000)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE groups_post")
        cursor.execute("ANALYZE groups_group")
    with CaptureQueriesContext(connection) as captured:
        safeguarding_report_for_user(
            user=clinical_lead, since=until - datetime.timedelta(days=365), until=until
        )
    counts = [q["sql"] for q in captured.captured_queries if 'FROM "groups_post"' in q["sql"]]
    assert len(counts) == 1, captured.captured_queries
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + counts[0])
        text = "\n".join(row[0] for row in cursor.fetchall())
    assert "post_created_group" in text, text
