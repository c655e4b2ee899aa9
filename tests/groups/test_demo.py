"""groups/demo.py: the Riverside demo group, made after the accounts and programmes demos,
formed from attendance, and idempotent."""

from __future__ import annotations

import io

import pytest
from django.utils import timezone

from groups.models import Attendance, Group, Meeting, Poll, PollStatus, Post, Venue
from pmp_followon.notifications.models import Notification, Status

pytestmark = pytest.mark.django_db


def _seed_all(now):
    from groups import demo as groups_demo
    from pmp_followon.accounts import demo as accounts_demo
    from programmes import demo as programmes_demo

    out = io.StringIO()
    accounts_demo.seed(stdout=out, now=now)
    programmes_demo.seed(stdout=out, now=now)
    groups_demo.seed(stdout=out, now=now)
    return out.getvalue()


def _snapshot():
    return {
        "groups": Group.objects.count(),
        "meetings": Meeting.objects.count(),
        "attendance": Attendance.objects.count(),
        "posts": Post.objects.count(),
        "polls": Poll.objects.count(),
        "venues": Venue.objects.count(),
        "notifications": Notification.objects.count(),
    }


def test_demo_makes_a_formed_group_with_history_and_is_idempotent():
    now = timezone.now()
    output = _seed_all(now)
    group = Group.objects.get(name="Riverside Thursday group")
    assert group.formed_at is not None, output
    assert group.origin_programmes.filter(name="Riverside PMP: Tuesdays, summer").exists()
    emails = set(group.memberships.filter(status="active").values_list("person__email", flat=True))
    assert {
        "coordinator@example.org",
        "member@example.org",
        "sue@example.org",
        "linda@example.org",
        "tom@example.org",
    } <= emails
    assert group.memberships.get(person__email="coordinator@example.org").is_coordinator
    held = Meeting.objects.filter(group=group, attendance_recorded_at__isnull=False)
    assert held.count() == 2
    assert Meeting.objects.filter(group=group, status="scheduled", starts_at__gt=now).exists()
    assert Poll.objects.get(group=group).status == PollStatus.OPEN
    assert Venue.objects.filter(service=group.service).count() == 4
    assert Venue.objects.filter(service=group.service, step_free="no").exists()
    assert Post.objects.filter(group=group).count() >= 3
    # Nothing from the made-up past is waiting to be sent when the worker starts.
    assert not Notification.objects.filter(
        kind__startswith="groups.", status=Status.QUEUED, due_at__lt=now
    ).exists()
    before = _snapshot()
    _seed_all(now)
    assert _snapshot() == before
