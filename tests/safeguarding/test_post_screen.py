"""post_screen: every post is screened; a medium or high result raises an alert in the same
transaction; a high one pages the duty clinician on the crisis queue; nothing twice."""

from __future__ import annotations

import datetime

import pytest

from safeguarding.models import (
    Alert,
    AlertLevel,
    AlertOutcome,
    AlertSource,
    AlertState,
    AuditAction,
    AuditEvent,
    PostScreening,
)
from safeguarding.screening import Level
from safeguarding.services import alert_dismiss, alert_resolve, post_screen, posts_screen_missed

from .conftest import HIGH_TEXT, MEDIUM_TEXT, MONDAY_10AM, NONE_TEXT, outbox, recipients

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]


def test_a_high_post_raises_a_high_alert_with_its_snapshot_and_evidence(member, group, make_post):
    post = make_post(member, group, HIGH_TEXT)

    screening = post_screen(post=post, now=MONDAY_10AM)

    assert screening.level == Level.HIGH
    alert = Alert.objects.get(post=post)
    assert alert.level == AlertLevel.HIGH
    assert alert.source == AlertSource.SCREENING
    assert alert.state == AlertState.OPEN
    assert alert.subject == member
    assert alert.group == group
    assert alert.service == group.service
    assert alert.snapshot["body"] == HIGH_TEXT
    assert alert.snapshot["author_name"] == member.display_name
    assert alert.evidence, "the matched cues are kept for the reviewer"
    for cue in alert.evidence:
        assert HIGH_TEXT[cue["start"] : cue["end"]] == cue["text"]
    assert alert.screening_level == "high"
    assert alert.library_version == screening.library_version
    # The escalation policy in force is frozen onto the alert.
    assert alert.policy["high_ack_minutes"] == 15
    assert alert.policy["version"] == 1


def test_a_high_post_pages_the_duty_clinician_on_the_crisis_queue(rota, member, group, make_post):
    post = make_post(member, group, HIGH_TEXT)
    post_screen(post=post, now=MONDAY_10AM)

    rows = outbox(kind="safeguarding.alert")
    assert rows, "the duty clinician must be told at once"
    assert {r.recipient_id for r in rows} == {rota["duty"].pk}
    assert {r.priority for r in rows} == {"crisis"}
    assert all(r.due_at <= MONDAY_10AM for r in rows)
    # Content-free: ids and a link only, never the post or a name.
    for row in rows:
        assert HIGH_TEXT not in str(row.context)
        assert member.display_name not in str(row.context)
    alert = Alert.objects.get(post=post)
    assert alert.escalate_after == MONDAY_10AM + datetime.timedelta(minutes=15)


def test_the_alert_and_the_page_are_written_in_the_posting_transaction(
    rota, member, group, make_post, django_capture_on_commit_callbacks
):
    post = make_post(member, group, HIGH_TEXT)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post_screen(post=post, now=MONDAY_10AM)
        # Before commit the rows already exist in this transaction...
        assert Alert.objects.filter(post=post).exists()
        assert outbox(kind="safeguarding.alert")
    # ...and delivery is published only after commit.
    assert callbacks, "delivery is enqueued on commit"


def test_a_post_with_no_worrying_words_raises_nothing_but_is_recorded_as_screened(
    rota, member, group, make_post
):
    post = make_post(member, group, NONE_TEXT)
    screening = post_screen(post=post, now=MONDAY_10AM)

    assert screening.level == Level.NONE
    assert not Alert.objects.exists()
    assert not outbox()
    assert PostScreening.objects.get(post=post).level == "none"


def test_a_medium_post_raises_a_medium_alert_and_pages_nobody_yet(rota, member, group, make_post):
    post = make_post(member, group, MEDIUM_TEXT)
    post_screen(post=post, now=MONDAY_10AM)

    alert = Alert.objects.get(post=post)
    assert alert.level == AlertLevel.MEDIUM
    assert not outbox()
    # Acknowledge within 2 service hours (the default, issue 12): Monday 10am + 2h = noon.
    assert alert.escalate_after == MONDAY_10AM + datetime.timedelta(hours=2)


def test_screening_twice_raises_one_alert_and_one_page(rota, member, group, make_post):
    post = make_post(member, group, HIGH_TEXT)
    post_screen(post=post, now=MONDAY_10AM)
    post_screen(post=post, now=MONDAY_10AM + datetime.timedelta(seconds=5))

    assert Alert.objects.filter(post=post).count() == 1
    assert len(recipients(kind="safeguarding.alert")) == 1
    assert AuditEvent.objects.filter(action=AuditAction.ALERT_RAISED).count() == 1


def test_an_edit_that_reads_worse_raises_the_level_of_the_same_alert(
    rota, member, group, make_post
):
    post = make_post(member, group, MEDIUM_TEXT)
    post_screen(post=post, now=MONDAY_10AM)
    post.body = HIGH_TEXT
    post.save()

    post_screen(post=post, now=MONDAY_10AM + datetime.timedelta(minutes=1))

    alert = Alert.objects.get(post=post)
    assert alert.level == AlertLevel.HIGH
    assert recipients(kind="safeguarding.alert") == {rota["duty"].pk}
    assert AuditAction.ALERT_LEVEL_RAISED in AuditEvent.objects.filter(alert=alert).values_list(
        "action", flat=True
    )


def test_when_raising_the_alert_fails_the_post_is_kept_and_the_sweeper_screens_it_again(
    rota, member, group, make_post, monkeypatch
):
    from safeguarding.services import posts

    post = make_post(member, group, HIGH_TEXT)
    real_open = posts._alert_open

    def broken(**kwargs):
        raise RuntimeError("database hiccup")

    monkeypatch.setattr(posts, "_alert_open", broken)
    screening = post_screen(post=post, now=MONDAY_10AM)

    # The caller still learns the level, so the crisis panel is still shown...
    assert screening.level == Level.HIGH
    # ...nothing half-done is left, and the failure is on the record.
    assert not Alert.objects.exists()
    assert not PostScreening.objects.filter(post=post).exists()
    assert AuditEvent.objects.filter(action=AuditAction.SCREENING_FAILED, post=post).exists()

    monkeypatch.setattr(posts, "_alert_open", real_open)
    # Too soon: the sweeper leaves posts younger than its grace period alone.
    assert posts_screen_missed(now=MONDAY_10AM + datetime.timedelta(seconds=30)) == 0
    assert posts_screen_missed(now=MONDAY_10AM + datetime.timedelta(minutes=3)) == 1
    assert Alert.objects.get(post=post).level == AlertLevel.HIGH
    assert recipients(kind="safeguarding.alert") == {rota["duty"].pk}
    # Once screened it is not screened again.
    assert posts_screen_missed(now=MONDAY_10AM + datetime.timedelta(minutes=4)) == 0


def _screen_and_close(member, group, make_post, at, reviewer):
    """A medium post whose alert staff then close as referred to the crisis team."""
    post = make_post(member, group, MEDIUM_TEXT, at=at)
    post_screen(post=post, now=at)
    alert = Alert.objects.get(post=post)
    if alert.is_active:
        alert_resolve(
            actor=reviewer,
            alert=alert,
            outcome="crisis_team",
            now=at + datetime.timedelta(minutes=30),
        )
    return post


def test_the_third_medium_post_in_a_week_raises_a_high_alert_once(rota, member, group, make_post):
    """Each earlier alert was closed (contacted and safe), so no open medium alert to join:
    the repeated-medium rule is what raises the third."""
    times = [MONDAY_10AM + datetime.timedelta(days=d) for d in (0, 1, 2, 3)]
    posts = [_screen_and_close(member, group, make_post, at, rota["duty"]) for at in times[:2]]
    for at in times[2:]:
        post = make_post(member, group, MEDIUM_TEXT, at=at)
        post_screen(post=post, now=at)
        posts.append(post)

    alerts = [Alert.objects.get(post=p) for p in posts[:3]]
    assert [a.level for a in alerts] == ["medium", "medium", "high"]
    assert alerts[2].source == AlertSource.REPEATED_MEDIUM
    # The fourth medium post joins the member's waiting high alert, which stays high
    # (decision 0013), instead of opening a medium alert of its own.
    assert not Alert.objects.filter(post=posts[3]).exists()
    assert [p["post_id"] for p in alerts[2].snapshot["later_posts"]] == [posts[3].pk]
    assert alerts[2].post_count == 2
    assert Alert.objects.filter(source=AlertSource.REPEATED_MEDIUM).count() == 1
    raised = AuditEvent.objects.get(alert=alerts[2], action=AuditAction.ALERT_RAISED)
    assert raised.detail["earlier_alert_ids"] == [alerts[0].pk, alerts[1].pk]
    # The repeated-medium alert is high, so the duty clinician was paged for it.
    assert recipients(kind="safeguarding.alert", topic=f"safeguarding.alert:{alerts[2].pk}") == {
        rota["duty"].pk
    }


def test_medium_posts_spread_beyond_the_window_do_not_raise_the_level(
    rota, member, group, make_post
):
    for days in (0, 8, 16):
        at = MONDAY_10AM + datetime.timedelta(days=days)
        _screen_and_close(member, group, make_post, at, rota["duty"])

    assert set(Alert.objects.values_list("level", flat=True)) == {"medium"}
    assert Alert.objects.count() == 3


def test_medium_posts_judged_false_positives_do_not_count(duty_clinician, member, group, make_post):
    first = make_post(member, group, MEDIUM_TEXT, at=MONDAY_10AM)
    post_screen(post=first, now=MONDAY_10AM)
    alert_dismiss(
        actor=duty_clinician,
        alert=Alert.objects.get(post=first),
        reason="Quoting a TV drama",
        now=MONDAY_10AM + datetime.timedelta(minutes=5),
    )
    for days in (1, 2):
        at = MONDAY_10AM + datetime.timedelta(days=days)
        post_screen(post=make_post(member, group, MEDIUM_TEXT, at=at), now=at)

    assert not Alert.objects.filter(source=AlertSource.REPEATED_MEDIUM).exists()
    assert Alert.objects.get(post=first).outcome == AlertOutcome.FALSE_POSITIVE


def test_through_groups_post_create(rota, member, group):
    """The real path: groups.services.post_create saves the post and calls post_screen in
    its transaction; the caller learns the level for the crisis panel."""
    from groups.notice import SCREENING_NOTICE_VERSION
    from groups.services import post_create

    result = post_create(
        actor=member,
        group=group,
        body=HIGH_TEXT,
        agree_notice_version=SCREENING_NOTICE_VERSION,
        now=MONDAY_10AM,
    )

    assert result.level == "high"
    alert = Alert.objects.get(post=result.post)
    assert alert.level == AlertLevel.HIGH
    assert alert.raised_at == MONDAY_10AM
    assert recipients(kind="safeguarding.alert") == {rota["duty"].pk}
    assert not outbox(recipient=member, kind="safeguarding.alert")
