"""Priority that survives a wrong guess (issue 12): kinds of risk, the imminence order of the
queue, medium deadlines in service hours that escalate like a high alert, and the raise to
high on the member's next worrying post or a member's flag. Time travels with `now=`."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from safeguarding.models import (
    Alert,
    AlertLevel,
    AlertSource,
    AuditAction,
    AuditEvent,
    EscalationPhase,
    RiskKind,
)
from safeguarding.responses import IMMINENCE_MEANS, IMMINENCE_NOW, IMMINENCE_OTHER
from safeguarding.services import (
    alert_acknowledge,
    alerts_escalate_due,
    escalation_policy_update,
    flag_raise,
    post_screen,
)

from .conftest import MONDAY_10AM, outbox, steps
from .kinds import fake_screener

pytestmark = pytest.mark.django_db

MIN = datetime.timedelta(minutes=1)
HOUR = datetime.timedelta(hours=1)

STROKE = "my husband's face has dropped on one side and he can't lift his arm"
NEIGHBOUR = "the kids next door have been left on their own since friday"
TONIGHT = "sorry everyone. tonight"
PILLS = "ive got all the pills counted out"
LOW = "i'm just a burden to everyone"
ODD = "zombies everywhere"


@pytest.fixture
def screener(monkeypatch):
    return fake_screener(
        monkeypatch,
        {
            STROKE: ("medium", "medical_emergency", [("face has dropped", "distress")]),
            NEIGHBOUR: ("high", "other_at_risk", [("left on their own", "concern_other")]),
            TONIGHT: ("medium", "", [("tonight", "time_finality")]),
            PILLS: ("medium", "", [("pills counted", "means")]),
            LOW: ("medium", "", [("burden", "burden")]),
            ODD: ("medium", "zombie_apocalypse", [("zombies", "distress")]),
        },
    )


def screen(author, group, make_post, body, at=MONDAY_10AM):
    post = make_post(author, group, body, at=at)
    post_screen(post=post, now=at)
    return post


def another_member(group, name):
    from groups.models import Membership
    from tests.factories import UserFactory

    person = UserFactory(service=group.service, display_name=name)
    Membership.objects.create(group=group, person=person)
    return person


# --- kinds -------------------------------------------------------------------------------
def test_a_medical_emergency_is_a_high_alert_that_pages_at_once_even_if_scored_medium(
    screener, rota, member, group, make_post
):
    post = screen(member, group, make_post, STROKE)
    alert = Alert.objects.get(post=post)
    assert (alert.level, alert.kind) == (AlertLevel.HIGH, RiskKind.MEDICAL_EMERGENCY)
    assert alert.imminence == IMMINENCE_NOW
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert post.screenings.get().kind == "medical_emergency"


def test_someone_else_at_risk_the_alert_names_the_concern_as_about_another_person(
    screener, client, rota, member, group, make_post
):
    post = screen(member, group, make_post, NEIGHBOUR)
    alert = Alert.objects.get(post=post)
    assert (alert.level, alert.kind) == (AlertLevel.HIGH, RiskKind.OTHER_AT_RISK)
    raised = AuditEvent.objects.get(alert=alert, action=AuditAction.ALERT_RAISED)
    assert raised.detail["kind"] == "other_at_risk"

    client.force_login(rota["duty"])
    page = client.get(reverse("safeguarding:alert_detail", args=[alert.pk])).content.decode()
    assert 'data-alert-kind="other_at_risk"' in page
    assert "About someone else" in page
    queue = client.get(reverse("safeguarding:alert_list")).content.decode()
    assert "Someone else at risk" in queue


def test_an_unknown_kind_is_ignored_and_the_level_stands(screener, rota, member, group, make_post):
    alert = Alert.objects.get(post=screen(member, group, make_post, ODD))
    assert (alert.level, alert.kind) == (AlertLevel.MEDIUM, "")


# --- medium deadlines ---------------------------------------------------------------------
def test_a_medium_alert_waits_two_service_hours_then_pages_the_duty_clinician_then_the_backup(
    screener, rota, member, group, make_post
):
    alert = Alert.objects.get(post=screen(member, group, make_post, LOW))
    assert alert.level == AlertLevel.MEDIUM
    assert alert.escalate_after == MONDAY_10AM + 2 * HOUR
    assert not outbox()

    assert alerts_escalate_due(now=MONDAY_10AM + 2 * HOUR - 10 * MIN) == 0
    # The tick at (a few milliseconds before) the deadline pages the duty clinician...
    assert alerts_escalate_due(now=MONDAY_10AM + 2 * HOUR - datetime.timedelta(milliseconds=4))
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert {n.priority for n in outbox()} == {"crisis"}
    # ...then, unacknowledged, the backup.
    alert.refresh_from_db()
    alerts_escalate_due(now=alert.escalate_after)
    assert steps(alert)[-1] == ("backup", {rota["backup"].pk})


def test_the_medium_deadline_is_a_setting_of_each_service(
    screener, rota, service_admin, member, group, make_post
):
    escalation_policy_update(
        actor=service_admin, service=member.service, values={"medium_ack_service_hours": 3}
    )
    alert = Alert.objects.get(post=screen(member, group, make_post, LOW))
    assert alert.escalate_after == MONDAY_10AM + 3 * HOUR
    assert alert.policy["medium_ack_service_hours"] == 3


def test_the_queue_orders_by_level_then_imminence_then_age(
    screener, client, rota, member, group, make_post
):
    at = MONDAY_10AM
    oldest_low = screen(member, group, make_post, LOW, at=at - 50 * MIN)
    pills = screen(another_member(group, "B"), group, make_post, PILLS, at=at - 40 * MIN)
    tonight = screen(another_member(group, "C"), group, make_post, TONIGHT, at=at - 5 * MIN)
    emergency = screen(another_member(group, "D"), group, make_post, STROKE, at=at - 1 * MIN)
    alerts = {p: Alert.objects.get(post=p) for p in (oldest_low, pills, tonight, emergency)}
    assert alerts[tonight].imminence == IMMINENCE_NOW
    assert alerts[pills].imminence == IMMINENCE_MEANS
    assert alerts[oldest_low].imminence == IMMINENCE_OTHER

    client.force_login(rota["duty"])
    html = client.get(reverse("safeguarding:alert_list")).content.decode()
    order = [int(pk) for pk in re.findall(r'data-alert-id="(\d+)"', html)]
    assert order == [alerts[p].pk for p in (emergency, tonight, pills, oldest_low)]


# --- raise to high ------------------------------------------------------------------------
def test_the_members_next_worrying_post_raises_their_open_medium_alert_to_high(
    screener, client, rota, member, group, make_post
):
    first = screen(member, group, make_post, LOW)
    alert = Alert.objects.get(post=first)
    assert steps(alert) == []

    later_at = MONDAY_10AM + 20 * MIN
    later = screen(member, group, make_post, PILLS, at=later_at)
    assert Alert.objects.count() == 1, "not a duplicate alert"
    alert.refresh_from_db()
    assert alert.level == AlertLevel.HIGH
    assert alert.imminence == IMMINENCE_MEANS
    raised = AuditEvent.objects.get(alert=alert, action=AuditAction.ALERT_LEVEL_RAISED)
    assert raised.post_id == later.pk
    assert raised.detail["from"] == "medium" and raised.detail["to"] == "high"
    assert AuditEvent.objects.filter(
        alert=alert, action=AuditAction.ALERT_POST_ADDED, post=later
    ).exists()
    # Paged as a new high alert: the duty clinician at once, the backup 15 minutes later.
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert alert.escalate_after == later_at + 15 * MIN

    client.force_login(rota["duty"])
    page = client.get(reverse("safeguarding:alert_detail", args=[alert.pk])).content.decode()
    assert f'data-later-post="{later.pk}"' in page and PILLS in page
    assert "a later worrying post by the same member" in page


def test_a_later_post_raises_an_acknowledged_medium_alert_and_pages_its_reviewer(
    screener, rota, member, group, make_post
):
    alert = Alert.objects.get(post=screen(member, group, make_post, LOW))
    alert_acknowledge(actor=rota["backup"], alert=alert, now=MONDAY_10AM + 5 * MIN)
    later_at = MONDAY_10AM + 30 * MIN
    screen(member, group, make_post, TONIGHT, at=later_at)
    alert.refresh_from_db()
    assert alert.level == AlertLevel.HIGH
    assert alert.escalation_phase == EscalationPhase.ACTION
    assert alert.escalate_after == later_at + 60 * MIN  # the high alert's action deadline
    assert steps(alert) == [("update", {rota["backup"].pk})]


def test_a_later_post_after_the_alert_is_closed_opens_a_new_alert(
    screener, rota, member, group, make_post
):
    from safeguarding.services import alert_resolve

    alert = Alert.objects.get(post=screen(member, group, make_post, LOW))
    alert_resolve(
        actor=rota["duty"], alert=alert, outcome="crisis_team", now=MONDAY_10AM + 10 * MIN
    )
    later = screen(member, group, make_post, PILLS, at=MONDAY_10AM + HOUR)
    assert Alert.objects.get(post=later).level == AlertLevel.MEDIUM
    alert.refresh_from_db()
    assert alert.level == AlertLevel.MEDIUM


def test_a_members_flag_raises_a_medium_alert_to_high_even_where_flags_alone_are_medium(
    screener, rota, service_admin, member, other_member, group, make_post
):
    escalation_policy_update(
        actor=service_admin, service=member.service, values={"member_flag_level": "medium"}
    )
    post = screen(member, group, make_post, LOW)
    flag_raise(actor=other_member, group=group, post=post, now=MONDAY_10AM + MIN)
    alert = Alert.objects.get()
    assert alert.level == AlertLevel.HIGH
    raised = AuditEvent.objects.get(alert=alert, action=AuditAction.ALERT_LEVEL_RAISED)
    assert raised.detail["reason"] == "a member flagged the post"
    assert steps(alert) == [("duty", {rota["duty"].pk})]


def test_a_flag_on_a_later_post_joins_the_alert_that_post_raised(
    screener, rota, member, other_member, group, make_post
):
    screen(member, group, make_post, LOW)
    later = screen(member, group, make_post, PILLS, at=MONDAY_10AM + 5 * MIN)
    concern = flag_raise(actor=other_member, group=group, post=later, now=MONDAY_10AM + 6 * MIN)
    assert Alert.objects.count() == 1
    assert concern.alert == Alert.objects.get()
    assert concern.alert.source == AlertSource.SCREENING
