"""Staff reports (time to acknowledge and resolve, alerts per 100 posts, false-positive rate),
the content-free staff messages, and the periodic tasks beat runs."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from pmp_followon.notifications.models import SMSMessage
from safeguarding.models import Alert
from safeguarding.notification_kinds import KINDS
from safeguarding.selectors import safeguarding_report_for_user
from safeguarding.services import (
    alert_acknowledge,
    alert_dismiss,
    alert_resolve,
    escalation_policy_update,
    post_screen,
)

from .conftest import HIGH_TEXT, MEDIUM_TEXT, MONDAY_10AM, NONE_TEXT, outbox

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]

MIN = datetime.timedelta(minutes=1)


def test_report_figures(rota, service, member, other_member, group, make_post):
    from groups.models import Membership
    from tests.factories import UserFactory

    third_member = UserFactory(service=service, display_name="Tess")
    Membership.objects.create(group=group, person=third_member)
    at = MONDAY_10AM
    posts = [make_post(member, group, NONE_TEXT, at=at + i * MIN) for i in range(16)]
    high = make_post(member, group, HIGH_TEXT, at=at + 20 * MIN)
    # The same member's next worrying post joins their waiting high alert (decision 0013):
    # it counts as a post, not as another alert.
    high_again = make_post(member, group, HIGH_TEXT, at=at + 21 * MIN)
    medium_a = make_post(other_member, group, MEDIUM_TEXT, at=at + 22 * MIN)
    medium_b = make_post(third_member, group, MEDIUM_TEXT, at=at + 23 * MIN)
    for post in [*posts, high, high_again, medium_a, medium_b]:
        post_screen(post=post, now=post.created_at)
    a_high, a_med, b_med = (Alert.objects.get(post=p) for p in (high, medium_a, medium_b))
    assert not Alert.objects.filter(post=high_again).exists()
    assert a_high.post_count == 2

    # High acknowledged in 10 minutes (in time), resolved after 40.
    alert_acknowledge(actor=rota["duty"], alert=a_high, now=a_high.raised_at + 10 * MIN)
    alert_resolve(
        actor=rota["duty"], alert=a_high, outcome="crisis_team", now=a_high.raised_at + 40 * MIN
    )
    # One medium dismissed as a false positive after 30 minutes; the other left open.
    alert_dismiss(actor=rota["duty"], alert=a_med, reason="TV", now=a_med.raised_at + 30 * MIN)

    report = safeguarding_report_for_user(
        user=rota["lead"], since=at - MIN, until=at + datetime.timedelta(days=1)
    )
    assert report.posts == 20
    assert report.alerts == 3
    assert report.alerts_per_100_posts == round(100 * 3 / 20, 1)
    assert (report.closed, report.false_positives, report.false_positive_rate) == (2, 1, 50.0)
    by_level = {row.level: row for row in report.by_level}
    assert by_level["high"].raised == 1
    assert by_level["high"].median_to_acknowledge == 10 * MIN
    assert by_level["high"].median_to_resolve == 40 * MIN
    assert by_level["high"].acknowledged_in_time == 1
    assert by_level["medium"].raised == 2
    assert by_level["medium"].still_open == 1
    assert by_level["medium"].median_to_acknowledge == 30 * MIN
    assert dict(report.by_outcome)["False positive"] == 1
    assert b_med.state == "open"


def test_a_high_alert_acknowledged_late_is_not_counted_in_time(rota, member, group, make_post):
    post = make_post(member, group, HIGH_TEXT)
    post_screen(post=post, now=MONDAY_10AM)
    alert = Alert.objects.get(post=post)
    alert_acknowledge(actor=rota["duty"], alert=alert, now=MONDAY_10AM + 16 * MIN)
    report = safeguarding_report_for_user(
        user=rota["lead"], since=MONDAY_10AM - MIN, until=MONDAY_10AM + datetime.timedelta(hours=1)
    )
    high = next(r for r in report.by_level if r.level == "high")
    assert (high.acknowledged, high.acknowledged_in_time) == (1, 0)


def test_staff_messages_say_nothing_about_the_post_or_the_person(
    rota, service, service_admin, member, group, make_post, django_capture_on_commit_callbacks
):
    # Real time (delivery claims rows due by the real clock); an on-call person so that
    # someone is paged whether this runs in service hours or not.
    escalation_policy_update(actor=service_admin, service=service, values={"on_call": rota["duty"]})
    member.display_name = "Jean Baker-Uniquename"
    member.save()
    now = timezone.now()
    post = make_post(member, group, HIGH_TEXT, at=now)
    with django_capture_on_commit_callbacks(execute=True):
        post_screen(post=post, now=now)

    # Eager Celery in unit tests: the crisis rows were delivered on commit.
    rows = outbox(kind="safeguarding.alert")
    assert {r.status for r in rows} == {"sent"}
    sent = [m.subject + "\n" + m.body for m in mail.outbox] + [
        s.body for s in SMSMessage.objects.all()
    ]
    assert sent, "the duty clinician got the page"
    for text in sent:
        assert "A priority safeguarding alert needs review. Sign in to see it." in text
        assert f"/safeguarding/alerts/{Alert.objects.get().pk}/" in text
        for secret in (HIGH_TEXT, "die", member.display_name, member.email, group.name):
            assert secret not in text


def test_every_kind_has_its_three_templates_using_only_links_and_the_service_name():
    import re

    from django.template.loader import get_template

    allowed = {"site_url", "alert_path", "rota_path", "service_name"}
    for kind in KINDS:
        assert kind.staff_alert and not kind.respects_quiet_hours and not kind.unsubscribable
        for part in ("subject", "email", "sms"):
            source = get_template(f"notifications/{kind.name}/{part}.txt").template.source
            used = set(re.findall(r"{{\s*([\w.]+)", source))
            assert used <= allowed, (kind.name, part, used - allowed)
    assert {k.name: k.priority for k in KINDS}["safeguarding.alert"] == "crisis"


def test_beat_runs_the_safeguarding_sweepers_on_the_right_queues():
    from pmp_followon.celery import app

    app.loader.import_default_modules()
    entries = {
        name: entry
        for name, entry in settings.CELERY_BEAT_SCHEDULE.items()
        if entry["task"].startswith("safeguarding.")
    }
    # The tick is short enough for "within 5 s of the deadline" and longer than the
    # tolerance, so a tick never takes a step that the previous tick should have taken.
    from safeguarding.services.escalation import DEADLINE_TOLERANCE

    tick = entries["safeguarding-escalate"]["schedule"]
    assert DEADLINE_TOLERANCE < tick <= 2 * DEADLINE_TOLERANCE
    assert entries["safeguarding-escalate"]["options"]["queue"] == "crisis"
    assert entries["safeguarding-screen-missed"]["options"]["queue"] == "crisis"
    for entry in entries.values():
        assert entry["task"] in app.tasks, entry["task"]


def test_the_tasks_call_the_sweepers(rota, member, group, make_post, monkeypatch):
    from safeguarding import services, tasks

    calls = []
    for name in (
        "alerts_escalate_due",
        "posts_screen_missed",
        "alerts_raise_for_silence",
        "rota_gaps_warn",
    ):
        monkeypatch.setattr(services, name, lambda name=name: calls.append(name) or 0)
    tasks.escalate_due.delay()
    tasks.screen_missed_posts.delay()
    tasks.silence_check.delay()
    tasks.rota_gap_check.delay()
    assert calls == [
        "alerts_escalate_due",
        "posts_screen_missed",
        "alerts_raise_for_silence",
        "rota_gaps_warn",
    ]
