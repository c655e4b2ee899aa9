"""seed_scale builds valid data: a small run on PostgreSQL (it writes with COPY), checked
against the rules the app relies on. On SQLite the command refuses cleanly."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import Count, Exists, F, Max, Min, OuterRef
from django.utils import timezone

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

pytestmark = pytest.mark.django_db


def foreign_keys() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE c.contype = 'f' AND n.nspname = current_schema()"
        )
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the SQLite refusal")
def test_refuses_without_postgresql():
    with pytest.raises(CommandError, match="PostgreSQL"):
        call_command("seed_scale", services=2, years=1, factor=0.05, stdout=io.StringIO())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY needs PostgreSQL")
def test_small_scale_data_set_is_valid():
    from bench.scale.seed import Seeder
    from groups.models import Attendance, Group, Meeting, Membership, Post
    from programmes.models import HandoverStep, Programme, ProgrammeSession
    from safeguarding.models import Alert, PostScreening
    from safeguarding.screening import screen_text

    keys_before = foreign_keys()
    counts = Seeder(
        services=3, years=2, factor=0.3, stdout=io.StringIO(), seed=5, pool=(60, 20)
    ).run()
    assert foreign_keys() == keys_before  # all added back, so every row was checked
    assert counts["groups_post"] == counts["safeguarding_postscreening"] > 0

    now = timezone.now()
    for programme in Programme.objects.annotate(
        first=Min("sessions__starts_at"),
        last=Max("sessions__ends_at"),
        n=Count("sessions"),
    ):
        assert programme.n == programme.session_count
        if programme.status == "finished":
            assert programme.last <= now
        elif programme.status == "running":
            assert programme.first <= now < programme.last
        else:
            assert programme.status in ("planned", "cancelled") and programme.first > now
    # The three steps sit on sessions N-2, N-1 and N.
    for step in HandoverStep.objects.select_related("programme", "session"):
        back = {"introduce": 2, "agree": 1, "confirm": 0}[step.kind]
        assert step.session.number == step.programme.session_count - back
        assert (step.completed_at is not None) <= (step.session.ends_at <= now)
    assert not ProgrammeSession.objects.filter(ends_at__lte=F("starts_at")).exists()

    # Attendance only for meetings that happened, by people who were members.
    assert not Attendance.objects.filter(meeting__starts_at__gt=now).exists()
    assert Attendance.objects.exists()
    assert not Attendance.objects.exclude(
        Exists(
            Membership.objects.filter(group=OuterRef("meeting__group"), person=OuterRef("person"))
        )
    ).exists()
    assert not Meeting.objects.filter(
        attendance_recorded_at__isnull=False, status="cancelled"
    ).exists()
    for group in Group.objects.filter(status="closed"):
        assert group.closed_at is not None

    # Each post's screening row is the screener's own result for that exact text.
    for post in Post.objects.order_by("?")[:40]:
        screening = PostScreening.objects.get(post=post)
        assert screening.body_sha256 == hashlib.sha256(post.body.encode()).hexdigest()
        assert screening.level == str(screen_text(post.body).level)
    flagged = PostScreening.objects.exclude(level="none").count()
    assert Alert.objects.filter(source="screening").count() == flagged
    assert not Alert.objects.filter(
        state__in=["resolved", "dismissed"], escalate_after__isnull=False
    ).exists()
    # Thread activity is the latest of the thread and its replies.
    for thread in Post.objects.filter(parent__isnull=True).annotate(
        latest=Max("replies__created_at")
    )[:200]:
        assert thread.last_activity_at == max(thread.created_at, thread.latest or thread.created_at)
