"""Member concerns ("I'm worried about this", "has anyone heard from Dave?") and call back
requests: they reach staff, never the person they are about; rate limited; audited."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from safeguarding.models import (
    Alert,
    AlertLevel,
    AlertSource,
    AuditAction,
    AuditEvent,
    Concern,
)
from safeguarding.services import (
    callback_request,
    escalation_policy_update,
    flag_raise,
    post_screen,
)

from .conftest import HIGH_TEXT, MEDIUM_TEXT, MONDAY_10AM, NONE_TEXT, local, outbox, recipients

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]

MIN = datetime.timedelta(minutes=1)


def test_a_flag_on_a_post_reaches_staff_and_never_the_person(
    rota, member, other_member, group, make_post
):
    post = make_post(other_member, group, NONE_TEXT)
    post_screen(post=post, now=MONDAY_10AM)
    assert not Alert.objects.exists()

    concern = flag_raise(
        actor=member,
        group=group,
        post=post,
        note="She said at the meeting she'd given her dog away",
        now=MONDAY_10AM + MIN,
    )

    alert = concern.alert
    assert alert.source == AlertSource.MEMBER_FLAG
    assert alert.level == AlertLevel.HIGH  # the default member flag level
    assert alert.subject == other_member
    assert alert.snapshot["body"] == NONE_TEXT
    assert recipients(kind="safeguarding.alert") == {rota["duty"].pk}
    # Nothing to the person it is about, nor to the person who raised it.
    assert not outbox(recipient=other_member)
    assert not outbox(recipient=member)
    event = AuditEvent.objects.get(action=AuditAction.CONCERN_RAISED)
    assert event.actor == member and event.alert == alert


def test_a_concern_about_a_member_without_a_post(rota, member, other_member, group):
    concern = flag_raise(
        actor=member,
        group=group,
        subject_person=other_member,
        note="Has anyone heard from Dave? Not answering his phone",
        now=MONDAY_10AM,
    )
    assert concern.post is None
    assert concern.alert.subject == other_member
    assert concern.alert.snapshot == {"concern_about": "Dave", "group_name": group.name}
    assert not outbox(recipient=other_member)
    assert recipients(kind="safeguarding.alert") == {rota["duty"].pk}


def test_a_second_concern_about_the_same_post_joins_the_open_alert(
    rota, member, other_member, service, group, make_post
):
    from groups.models import Membership
    from tests.factories import UserFactory

    third = UserFactory(service=service)
    Membership.objects.create(group=group, person=third)
    post = make_post(other_member, group, HIGH_TEXT)
    post_screen(post=post, now=MONDAY_10AM)

    flag_raise(actor=member, group=group, post=post, now=MONDAY_10AM + MIN)
    flag_raise(actor=third, group=group, post=post, now=MONDAY_10AM + 2 * MIN)

    assert Alert.objects.count() == 1
    alert = Alert.objects.get()
    assert alert.concerns.count() == 2
    assert len(recipients(kind="safeguarding.alert")) == 1


def test_concerns_are_rate_limited_per_member(rota, service_admin, member, other_member, group):
    escalation_policy_update(
        actor=service_admin,
        service=group.service,
        values={"flag_daily_limit": 3},
    )
    for i in range(3):
        flag_raise(
            actor=member, group=group, subject_person=other_member, now=MONDAY_10AM + i * MIN
        )
    with pytest.raises(ValidationError, match="999"):
        flag_raise(
            actor=member, group=group, subject_person=other_member, now=MONDAY_10AM + 10 * MIN
        )
    assert Concern.objects.count() == 3
    # A day later the member can raise one again.
    flag_raise(
        actor=member,
        group=group,
        subject_person=other_member,
        now=MONDAY_10AM + datetime.timedelta(days=1, minutes=1),
    )
    assert Concern.objects.count() == 4


def test_only_members_of_the_group_can_raise_a_concern(
    member, other_member, outsider, clinician, group, make_post
):
    post = make_post(other_member, group, NONE_TEXT)
    for actor in (outsider, clinician):
        with pytest.raises(PermissionDenied):
            flag_raise(actor=actor, group=group, post=post)
    with pytest.raises(ValidationError):
        flag_raise(actor=member, group=group, subject_person=outsider)
    with pytest.raises(ValidationError):
        flag_raise(actor=member, group=group, subject_person=member)
    assert not Concern.objects.exists()


def test_a_call_back_request_lands_in_the_queue_below_alerts(rota, member, group):
    alert = callback_request(
        actor=member,
        reason="I'd like to talk about coming off pregabalin",
        preferred_time="morning",
        phone="",
        now=MONDAY_10AM,
    )
    assert alert.level == AlertLevel.ROUTINE
    assert alert.source == AlertSource.CALLBACK
    assert alert.callback_phone == str(member.mobile)
    assert alert.snapshot["reason"].startswith("I'd like to talk")
    assert not outbox(), "a call back is not an emergency: nobody is paged"
    assert AuditEvent.objects.filter(alert=alert, action=AuditAction.CALLBACK_REQUESTED).exists()
    with pytest.raises(ValidationError, match="already asked"):
        callback_request(actor=member, reason="again", preferred_time="any", now=MONDAY_10AM)


def test_staff_and_outsiders_cannot_ask_for_a_call_back(clinician, outsider):
    for actor in (clinician, outsider):
        with pytest.raises(PermissionDenied):
            callback_request(actor=actor, reason="x", preferred_time="any", phone="0300 123 4567")


def test_a_concern_joining_an_alert_in_hand_tells_the_reviewer_who_has_it(
    rota, member, other_member, group, make_post
):
    from safeguarding.services import alert_acknowledge

    post = make_post(other_member, group, MEDIUM_TEXT)
    post_screen(post=post, now=MONDAY_10AM)
    alert = Alert.objects.get(post=post)
    alert_acknowledge(actor=rota["backup"], alert=alert, now=MONDAY_10AM + MIN)
    alert.refresh_from_db()
    assert alert.escalate_after == local(2027, 3, 23, 10, 1)  # 8 service hours, medium

    flag_raise(actor=member, group=group, post=post, now=MONDAY_10AM + 5 * MIN)

    alert.refresh_from_db()
    assert alert.level == AlertLevel.HIGH
    # The high action deadline (60 minutes) now applies, and the reviewer was told.
    assert alert.escalate_after == MONDAY_10AM + 65 * MIN
    assert recipients(kind="safeguarding.alert") == {rota["backup"].pk}
    assert not outbox(recipient=other_member)
