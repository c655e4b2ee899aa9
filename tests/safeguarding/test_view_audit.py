"""Looking at an alert again and again does not grow the alert page (issue 17): the same
person's looks within VIEW_WINDOW are one row on the record and one line in the timeline; a
look after the window, by someone else, or at different posts is a new row."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from safeguarding import selectors
from safeguarding.models import Alert, AuditAction, AuditEvent
from safeguarding.services import alert_view_record, audit_record, page_view_record, post_screen

from .conftest import HIGH_TEXT

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]


@pytest.fixture
def alert(rota, member, group, make_post):
    at = timezone.now() - datetime.timedelta(hours=1)
    post = make_post(member, group, HIGH_TEXT, at=at)
    post_screen(post=post, now=at)
    return Alert.objects.get(post=post)


def views(alert):
    return AuditEvent.objects.filter(alert=alert, action=AuditAction.ALERT_VIEWED)


def test_repeated_looks_within_the_window_are_one_row(alert, duty_clinician, backup_reviewer):
    start = timezone.now()
    first = alert_view_record(actor=duty_clinician, alert=alert, now=start)
    for minutes in (1, 5, 9):
        again = alert_view_record(
            actor=duty_clinician, alert=alert, now=start + datetime.timedelta(minutes=minutes)
        )
        assert again.pk == first.pk
    assert views(alert).count() == 1
    # Someone else, other posts shown, or after the window: each a new look on the record.
    alert_view_record(actor=backup_reviewer, alert=alert, now=start)
    alert_view_record(
        actor=duty_clinician, alert=alert, context_post_ids=[alert.post_id], now=start
    )
    alert_view_record(actor=duty_clinician, alert=alert, now=start + selectors.VIEW_WINDOW * 2)
    assert views(alert).count() == 4


def test_the_alert_page_does_not_grow_as_it_is_read(client, alert, duty_clinician):
    client.force_login(duty_clinician)
    url = reverse("safeguarding:alert_detail", args=[alert.pk])
    first = client.get(url).content.decode()
    for _ in range(5):
        again = client.get(url).content.decode()
    assert views(alert).count() == 1
    assert again.count('data-action="alert_viewed"') == first.count('data-action="alert_viewed"')


def test_the_timeline_shows_older_repeated_looks_as_one_line(alert, duty_clinician):
    """Rows written before the window existed (or by a script) are collapsed when shown."""
    start = timezone.now() - datetime.timedelta(minutes=30)
    for minutes in (0, 2, 4):
        audit_record(
            action=AuditAction.ALERT_VIEWED,
            actor=duty_clinician,
            alert=alert,
            detail={"context_post_ids": []},
            now=start + datetime.timedelta(minutes=minutes),
        )
    audit_record(
        action=AuditAction.ALERT_VIEWED,
        actor=duty_clinician,
        alert=alert,
        detail={"context_post_ids": []},
        now=start + datetime.timedelta(minutes=25),
    )
    viewed = [e for e in selectors.alert_timeline(alert=alert) if e.action == "alert_viewed"]
    assert [(e.times, e.at, e.last_at) for e in viewed] == [
        (3, start, start + datetime.timedelta(minutes=4)),
        (1, start + datetime.timedelta(minutes=25), None),
    ]


def test_the_queue_look_is_recorded_once_per_window_and_page(client, rota, duty_clinician):
    client.force_login(duty_clinician)
    url = reverse("safeguarding:alert_list")
    for _ in range(3):
        client.get(url)
    client.get(url, {"level": "high"})
    looks = AuditEvent.objects.filter(action=AuditAction.QUEUE_VIEWED, actor=duty_clinician)
    assert looks.count() == 2
    later = page_view_record(
        actor=duty_clinician,
        action=AuditAction.QUEUE_VIEWED,
        detail=looks.earliest("pk").detail,
        once_within=selectors.VIEW_WINDOW,
        now=timezone.now() + selectors.VIEW_WINDOW * 2,
    )
    assert looks.count() == 3 and later.pk == looks.latest("pk").pk
