"""Leaving the service: what goes, what stays, and the group still works for the others."""

from __future__ import annotations

import datetime

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from groups.models import Membership, MembershipStatus, Post
from pmp_followon.notifications.models import Notification, NotificationPreference, Status
from pmp_followon.notifications.services import notification_create
from privacy import services
from privacy.models import LeaveRequest, LeaveStatus, PrivacyAction, PrivacyEvent
from programmes.models import ContactConsent, ParticipantChoice
from reports.models import ParticipantProfile
from safeguarding.models import Alert, AlertNote

from .conftest import ME_EMAIL, ME_NAME, MY_POST, MY_REASON, OTHER_REPLY, STAFF_NOTE, T0

pytestmark = pytest.mark.django_db


def _pending_message(person):
    return notification_create(
        recipient=person,
        kind="notifications.test_message",
        context={},
        idempotency_key=f"test:{person.pk}",
        channels=["email"],
    )


def _signed_in_session(client, person) -> str:
    client.force_login(person)
    return client.session.session_key


def test_leaving_removes_everything_listed_and_keeps_what_must_be_kept(client, world):
    me = world.me
    session_key = _signed_in_session(client, me)
    _pending_message(me)
    NotificationPreference.objects.create(user=me)
    response = client.post(reverse("privacy:leave"), {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == reverse("privacy:left")

    me.refresh_from_db()
    assert not me.is_active and not me.has_usable_password()
    assert me.display_name == services.FORMER_MEMBER_NAME
    assert me.email == services.former_member_email(me) and not me.mobile
    assert not EmailAddress.objects.filter(user=me).exists()
    assert not Authenticator.objects.filter(user=me).exists()
    assert not Session.objects.filter(session_key=session_key).exists()
    assert not NotificationPreference.objects.filter(user=me).exists()
    assert not ContactConsent.objects.filter(enrolment__participant=me).exists()
    assert not ParticipantProfile.objects.filter(participant=me).exists()
    assert ParticipantChoice.objects.get(enrolment__participant=me).reasons_other == ""
    assert not Notification.objects.filter(
        recipient=me, status__in=[Status.QUEUED, Status.RETRYING]
    ).exists()
    assert Notification.objects.filter(recipient=me, status=Status.CANCELLED).exists()
    membership = Membership.objects.get(person=me, group=world.group)
    assert membership.status == MembershipStatus.LEFT and membership.ended_at
    assert membership.left_reason_other == "Left the service"
    assert not membership.share_email and not membership.share_mobile

    # Kept: the post (now by "Former member"), the alert with its note and the identity
    # the reviewers need, the enrolment's codes.
    post = Post.objects.get(pk=world.my_post.pk)
    assert post.body == MY_POST and post.author.display_name == "Former member"
    alert = Alert.objects.get(pk=world.alert.pk)
    assert alert.snapshot["subject_at_leaving"]["email"] == ME_EMAIL
    assert alert.snapshot["subject_at_leaving"]["name"] == ME_NAME
    assert AlertNote.objects.get(alert=alert).text == STAFF_NOTE
    assert ParticipantChoice.objects.get(enrolment__participant=me).continue_choice

    request = LeaveRequest.objects.get(person=me)
    assert request.status == LeaveStatus.DONE and request.recorded_by is None
    actions = set(PrivacyEvent.objects.filter(person=me).values_list("action", flat=True))
    assert {PrivacyAction.LEAVE_REQUESTED, PrivacyAction.LEAVE_COMPLETED} <= actions
    # Signed out, and cannot come back.
    assert client.get(reverse("privacy:overview")).status_code == 302


def test_group_pages_still_render_for_the_rest_of_the_group(client, world):
    services.leave_request(actor=world.me, person=world.me, remove_posts=False)
    client.force_login(world.other)
    for name in ("groups:detail", "groups:board", "groups:members"):
        response = client.get(reverse(name, args=[world.group.pk]))
        assert response.status_code == 200, name
        page = response.content.decode()
        assert ME_NAME not in page and ME_EMAIL not in page
    thread = client.get(reverse("groups:thread", args=[world.group.pk, world.my_post.pk]))
    assert thread.status_code == 200
    page = thread.content.decode()
    assert "Former member" in page and MY_POST in page and OTHER_REPLY in page
    assert ME_NAME not in page


def test_asking_for_posts_to_be_removed(client, world):
    lone = Post.objects.create(group=world.group, author=world.me, body="LONE-POST-marker")
    services.leave_request(actor=world.me, person=world.me, remove_posts=True)
    # A post nobody answered goes; one with replies keeps its place, without its words.
    assert not Post.objects.filter(pk=lone.pk).exists()
    replied = Post.objects.get(pk=world.my_post.pk)
    assert replied.body == services.REMOVED_POST_TEXT
    assert Post.objects.get(pk=world.reply_to_me.pk).body == OTHER_REPLY
    client.force_login(world.other)
    thread = client.get(reverse("groups:thread", args=[world.group.pk, world.my_post.pk]))
    assert thread.status_code == 200
    assert MY_POST not in thread.content.decode() and OTHER_REPLY in thread.content.decode()


def test_clinician_records_a_request_on_the_persons_behalf(client, world, clinician):
    client.force_login(clinician)
    response = client.post(
        reverse("privacy:participant_leave", args=[world.me.pk]),
        {
            "asked_on_day": "2",
            "asked_on_month": "4",
            "asked_on_year": "2024",
            "asked_how": "By phone to the pain service",
            "remove_posts": "on",
            "confirm": "on",
        },
    )
    assert response.status_code == 302
    request = LeaveRequest.objects.get(person=world.me)
    assert request.recorded_by == clinician and request.remove_posts
    assert request.asked_at.date() == datetime.date(2024, 4, 2)
    assert request.asked_how == "By phone to the pain service"
    event = PrivacyEvent.objects.get(person=world.me, action=PrivacyAction.LEAVE_REQUESTED)
    assert event.actor == clinician and event.detail["on_behalf"] is True
    assert Post.objects.get(pk=world.my_post.pk).body == services.REMOVED_POST_TEXT


def test_only_a_clinician_of_their_service_may_act(world, ptv, other_service_clinician):
    for actor in (ptv, other_service_clinician, world.other):
        with pytest.raises(PermissionDenied):
            services.leave_request(actor=actor, person=world.me, asked_how="phone")
    assert world.me.__class__.objects.get(pk=world.me.pk).is_active


def test_staff_cannot_close_their_own_account_here(clinician):
    with pytest.raises(PermissionDenied):
        services.leave_request(actor=clinician, person=clinician)


def test_leaving_twice_is_refused(world):
    services.leave_request(actor=world.me, person=world.me)
    me = world.me.__class__.objects.get(pk=world.me.pk)
    with pytest.raises(ValidationError):
        services.leave_request(actor=me, person=me)


def test_a_legal_hold_keeps_the_data_until_released(world, clinical_lead):
    hold = services.legal_hold_set(
        actor=clinical_lead, person=world.me, reason="Complaint 2024-17", now=T0
    )
    services.leave_request(actor=world.me, person=world.me, remove_posts=True)
    me = world.me.__class__.objects.get(pk=world.me.pk)
    # The account is closed, but nothing is removed while the hold stands.
    assert not me.is_active and me.display_name == ME_NAME and me.email == ME_EMAIL
    assert ContactConsent.objects.filter(enrolment__participant=me).exists()
    assert Post.objects.get(pk=world.my_post.pk).body == MY_POST
    assert ParticipantChoice.objects.get(enrolment__participant=me).reasons_other == MY_REASON
    assert LeaveRequest.objects.get(person=me).status == LeaveStatus.HELD

    services.legal_hold_release(actor=clinical_lead, hold=hold, reason="Complaint closed")
    me.refresh_from_db()
    assert me.display_name == "Former member"
    assert Post.objects.get(pk=world.my_post.pk).body == services.REMOVED_POST_TEXT
    assert LeaveRequest.objects.get(person=me).status == LeaveStatus.DONE
    actions = list(
        PrivacyEvent.objects.filter(person=me).order_by("at", "pk").values_list("action", flat=True)
    )
    assert actions == [
        PrivacyAction.HOLD_SET,
        PrivacyAction.LEAVE_REQUESTED,
        PrivacyAction.LEAVE_HELD,
        PrivacyAction.HOLD_RELEASED,
        PrivacyAction.LEAVE_COMPLETED,
    ]
