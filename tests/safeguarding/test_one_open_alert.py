"""One waiting alert per member (decision 0013, journey finding #1): a member's next worrying
post in the same group joins their open or acknowledged alert, whatever its level, instead
of opening a second queue row. The alert gains the post and a timeline line; a medium alert
is raised to high (decision 0012's raise, reused); a high alert keeps its clock. Contacting
or closed alerts, call backs and alerts in another group are not joined (a waiting medium
alert elsewhere still is: 0012). Two posts screened at once still make one alert."""

from __future__ import annotations

import datetime
import threading

import pytest
from django.db import connection, connections, transaction
from django.urls import reverse

from safeguarding.models import (
    Alert,
    AlertLevel,
    AlertState,
    AuditAction,
    AuditEvent,
    EscalationPhase,
)
from safeguarding.selectors import alert_queue_for_user, alert_timeline
from safeguarding.services import (
    alert_acknowledge,
    alert_resolve,
    alerts_escalate_due,
    callback_request,
    contact_attempt_record,
    post_screen,
)
from safeguarding.services.raising import RAISED_BY_LATER_POST

from .conftest import HIGH_TEXT, MEDIUM_TEXT, MONDAY_10AM, outbox, steps

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]

MIN = datetime.timedelta(minutes=1)
HOUR = datetime.timedelta(hours=1)


def screen(author, group, make_post, body, at):
    post = make_post(author, group, body, at=at)
    post_screen(post=post, now=at)
    return post


def audit_rows(alert) -> list[tuple]:
    return list(
        AuditEvent.objects.filter(alert=alert)
        .order_by("pk")
        .values_list("pk", "action", "post_id", "detail", "created_at")
    )


def test_a_second_high_post_joins_the_waiting_high_alert_and_keeps_its_clock(
    rota, member, group, make_post
):
    first = screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM)
    alert = Alert.objects.get(post=first)
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert alert.escalate_after == MONDAY_10AM + 15 * MIN
    pages = len(outbox(topic=f"safeguarding.alert:{alert.pk}"))
    before = audit_rows(alert)

    second = screen(member, group, make_post, HIGH_TEXT + " again", MONDAY_10AM + 5 * MIN)

    assert Alert.objects.count() == 1
    assert alert_queue_for_user(user=rota["duty"]).count() == 1
    alert.refresh_from_db()
    assert alert.level == AlertLevel.HIGH and alert.state == AlertState.OPEN
    assert [p["post_id"] for p in alert.snapshot["later_posts"]] == [second.pk]
    assert (alert.post_count, alert.latest_post_at) == (2, MONDAY_10AM + 5 * MIN)
    # The clock is the one the alert had: nothing reset, postponed or paged again.
    assert alert.escalate_after == MONDAY_10AM + 15 * MIN
    assert alert.escalation_step == 1
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert len(outbox(topic=f"safeguarding.alert:{alert.pk}")) == pages
    # Append-only: the rows before are untouched; one row names the post and its level.
    after = audit_rows(alert)
    assert after[: len(before)] == before
    added = after[len(before) :]
    assert [(row[1], row[2], row[3]["screening_level"]) for row in added] == [
        (AuditAction.ALERT_POST_ADDED, second.pk, "high")
    ]
    line = [e for e in alert_timeline(alert=alert) if e.action == AuditAction.ALERT_POST_ADDED]
    assert [e.text for e in line] == [
        "Another post flagged, screened high. It is shown under Later posts."
    ]

    alerts_escalate_due(now=MONDAY_10AM + 15 * MIN)
    assert steps(alert)[-1] == ("backup", {rota["backup"].pk}), "the backup is paged on time"


def test_a_medium_post_joins_a_waiting_high_alert_which_stays_high(rota, member, group, make_post):
    alert = Alert.objects.get(post=screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM))
    later = screen(member, group, make_post, MEDIUM_TEXT, MONDAY_10AM + 3 * MIN)
    assert not Alert.objects.filter(post=later).exists()
    alert.refresh_from_db()
    assert alert.level == AlertLevel.HIGH
    assert alert.escalate_after == MONDAY_10AM + 15 * MIN
    assert not AuditEvent.objects.filter(alert=alert, action=AuditAction.ALERT_LEVEL_RAISED)
    added = AuditEvent.objects.get(alert=alert, action=AuditAction.ALERT_POST_ADDED)
    assert (added.post_id, added.detail["screening_level"]) == (later.pk, "medium")


def test_a_high_post_raises_the_members_waiting_medium_alert_with_the_0012_raise(
    rota, member, group, make_post
):
    alert = Alert.objects.get(post=screen(member, group, make_post, MEDIUM_TEXT, MONDAY_10AM))
    assert alert.level == AlertLevel.MEDIUM and steps(alert) == []
    later = screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM + 10 * MIN)
    assert Alert.objects.count() == 1
    alert.refresh_from_db()
    assert alert.level == AlertLevel.HIGH
    raised = AuditEvent.objects.get(alert=alert, action=AuditAction.ALERT_LEVEL_RAISED)
    assert (raised.post_id, raised.detail["reason"]) == (later.pk, RAISED_BY_LATER_POST)
    # A new high alert's paging: the duty clinician at once, the backup 15 minutes on.
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert alert.escalate_after == MONDAY_10AM + 25 * MIN


def test_the_raise_to_high_never_postpones_the_next_step_of_a_medium_alert(
    rota, member, group, make_post
):
    alert = Alert.objects.get(post=screen(member, group, make_post, MEDIUM_TEXT, MONDAY_10AM))
    # Unacknowledged for its 2 service hours: the duty clinician is paged, the backup is
    # due an hour later (medium_step_minutes).
    alerts_escalate_due(now=MONDAY_10AM + 2 * HOUR)
    alert.refresh_from_db()
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert alert.escalate_after == MONDAY_10AM + 3 * HOUR

    screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM + 2 * HOUR + 55 * MIN)
    alert.refresh_from_db()
    assert alert.level == AlertLevel.HIGH
    assert steps(alert)[-1] == ("duty", {rota["duty"].pk}), "paged at once as high"
    # Not 13:10 (15 minutes from the raise): the backup was due at 13:00 and still is.
    assert alert.escalate_after == MONDAY_10AM + 3 * HOUR
    alerts_escalate_due(now=MONDAY_10AM + 3 * HOUR)
    assert steps(alert)[-1] == ("backup", {rota["backup"].pk})


def test_a_raise_before_anyone_was_paged_gives_the_backup_the_full_high_deadline(
    rota, member, group, make_post
):
    """The medium alert's deadline (12:00) was for its first page, to the duty clinician;
    the raise at 11:50 sends that page now, so the backup's turn is 15 minutes on."""
    alert = Alert.objects.get(post=screen(member, group, make_post, MEDIUM_TEXT, MONDAY_10AM))
    assert alert.escalate_after == MONDAY_10AM + 2 * HOUR
    screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM + HOUR + 50 * MIN)
    alert.refresh_from_db()
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert alert.escalate_after == MONDAY_10AM + 2 * HOUR + 5 * MIN


def test_an_acknowledged_alert_keeps_its_deadline_and_its_reviewer_is_told(
    rota, member, group, make_post
):
    alert = Alert.objects.get(post=screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM))
    alert_acknowledge(actor=rota["backup"], alert=alert, now=MONDAY_10AM + 5 * MIN)
    alert.refresh_from_db()
    deadline = alert.escalate_after
    assert deadline == MONDAY_10AM + 65 * MIN

    screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM + 30 * MIN)
    alert.refresh_from_db()
    assert Alert.objects.count() == 1
    assert alert.state == AlertState.ACKNOWLEDGED
    assert alert.escalation_phase == EscalationPhase.ACTION
    assert alert.escalate_after == deadline
    assert steps(alert)[-1] == ("update", {rota["backup"].pk})


def test_a_contacting_alert_is_not_joined(rota, member, group, make_post):
    alert = Alert.objects.get(post=screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM))
    contact_attempt_record(
        actor=rota["duty"], alert=alert, method="phone", result="no_answer", now=MONDAY_10AM + MIN
    )
    later = screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM + 20 * MIN)
    new = Alert.objects.get(post=later)
    assert new.pk != alert.pk and new.state == AlertState.OPEN
    assert steps(new) == [("duty", {rota["duty"].pk})], "paged: nobody is chasing a contact"
    alert.refresh_from_db()
    assert "later_posts" not in alert.snapshot


def test_a_closed_alert_is_not_joined(rota, member, group, make_post):
    alert = Alert.objects.get(post=screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM))
    alert_resolve(
        actor=rota["duty"], alert=alert, outcome="crisis_team", now=MONDAY_10AM + 10 * MIN
    )
    later = screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM + HOUR)
    new = Alert.objects.get(post=later)
    assert new.pk != alert.pk and new.level == AlertLevel.HIGH
    alert.refresh_from_db()
    assert alert.state == AlertState.RESOLVED and "later_posts" not in alert.snapshot
    assert not AuditEvent.objects.filter(alert=alert, action=AuditAction.ALERT_POST_ADDED)


def test_a_call_back_request_is_not_joined(rota, member, group, make_post):
    callback = callback_request(
        actor=member, reason="Medication", preferred_time="any", now=MONDAY_10AM
    )
    later = screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM + 5 * MIN)
    assert Alert.objects.get(post=later).pk != callback.pk
    callback.refresh_from_db()
    assert callback.level == AlertLevel.ROUTINE


def test_a_high_post_in_another_group_opens_its_own_alert(rota, service, member, group, make_post):
    from groups.models import Group, Membership

    other_group = Group.objects.create(service=service, name="Saturday walk", status="active")
    Membership.objects.create(group=other_group, person=member)
    first = screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM)
    elsewhere = screen(member, other_group, make_post, HIGH_TEXT, MONDAY_10AM + 5 * MIN)
    alerts = [Alert.objects.get(post=first), Alert.objects.get(post=elsewhere)]
    assert [a.group_id for a in alerts] == [group.pk, other_group.pk]
    assert all("later_posts" not in a.snapshot for a in alerts)
    # A third post in the first group joins the first group's alert, not the newer one.
    third = screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM + 9 * MIN)
    for a in alerts:
        a.refresh_from_db()
    assert [p["post_id"] for p in alerts[0].snapshot["later_posts"]] == [third.pk]
    assert "later_posts" not in alerts[1].snapshot
    assert alert_queue_for_user(user=rota["duty"]).count() == 2


def test_a_waiting_medium_alert_in_another_group_is_still_raised(
    rota, service, member, group, make_post
):
    """Decision 0012's raise looks across the member's groups: words cannot split high from
    medium, so the person's next worrying post anywhere raises the alert nobody has seen."""
    from groups.models import Group, Membership

    other_group = Group.objects.create(service=service, name="Saturday walk", status="active")
    Membership.objects.create(group=other_group, person=member)
    alert = Alert.objects.get(post=screen(member, group, make_post, MEDIUM_TEXT, MONDAY_10AM))
    later = screen(member, other_group, make_post, HIGH_TEXT, MONDAY_10AM + 5 * MIN)
    assert not Alert.objects.filter(post=later).exists()
    alert.refresh_from_db()
    assert alert.level == AlertLevel.HIGH
    assert alert.snapshot["later_posts"][0]["group_name"] == "Saturday walk"


def test_the_alert_page_shows_the_joined_post_the_count_and_the_timeline_line(
    client, rota, member, group, make_post
):
    alert = Alert.objects.get(post=screen(member, group, make_post, HIGH_TEXT, MONDAY_10AM))
    later = screen(member, group, make_post, "still here. " + HIGH_TEXT, MONDAY_10AM + 7 * MIN)
    client.force_login(rota["duty"])
    page = client.get(reverse("safeguarding:alert_detail", args=[alert.pk])).content.decode()
    assert f'data-later-post="{later.pk}"' in page and "still here." in page
    assert 'data-post-count="2"' in page
    assert "Another post flagged, screened high." in page


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_two_posts_screened_at_once_make_one_open_alert(
    monkeypatch, rota, member, group, make_post
):
    """Both posts are saved and both transactions are open before either is screened (a
    barrier), as when a member sends twice from two tabs: the member's row lock makes the
    second wait for the first to commit, and then it joins the alert the first opened."""
    import safeguarding.services.posts as posts_module

    real_screen_text = posts_module.screen_text
    barrier = threading.Barrier(2, timeout=30)
    errors: list[BaseException] = []

    def screen_after_both_saved(text, **options):
        barrier.wait()
        return real_screen_text(text, **options)

    def send(n):
        try:
            with transaction.atomic():
                post = make_post(member, group, f"{HIGH_TEXT} {n}", at=MONDAY_10AM)
                post_screen(post=post, now=MONDAY_10AM)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
        finally:
            connections.close_all()

    monkeypatch.setattr(posts_module, "screen_text", screen_after_both_saved)
    threads = [threading.Thread(target=send, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    alerts = list(Alert.objects.filter(subject=member))
    assert len(alerts) == 1
    assert alerts[0].post_count == 2
    assert (
        AuditEvent.objects.filter(alert=alerts[0], action=AuditAction.ALERT_POST_ADDED).count() == 1
    )
