"""Members through the browser: pausing, leaving, handing over or sharing the coordinator
role, a group left without a coordinator, the directory and moving between groups."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from groups import services
from groups.models import (
    JoinRequest,
    JoinRequestStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
)
from pmp_followon.notifications.models import Notification, Status

pytestmark = pytest.mark.django_db


def _membership(group, person):
    return Membership.objects.get(group=group, person=person)


def test_member_pauses_and_reminders_stop_then_resumes(login, meeting, member):
    client = login(member)
    reminders = Notification.objects.filter(
        recipient=member, kind__startswith="groups.meeting_reminder"
    )
    assert reminders.filter(status=Status.QUEUED).count() == 2
    response = client.post(reverse("groups:pause", args=[meeting.group_id]), {})
    assert response.status_code == 302
    assert _membership(meeting.group, member).status == MembershipStatus.PAUSED
    assert not reminders.filter(status=Status.QUEUED).exists()
    # Still a member: the group's pages are open to them.
    assert client.get(reverse("groups:detail", args=[meeting.group_id])).status_code == 200
    services.meeting_reminders_ensure(now=timezone.now())
    assert not reminders.filter(status=Status.QUEUED).exists()
    client.post(reverse("groups:resume", args=[meeting.group_id]))
    assert _membership(meeting.group, member).status == MembershipStatus.ACTIVE
    assert reminders.filter(status=Status.QUEUED).count() == 2


def test_pause_until_a_date_ends_by_itself(login, meeting, member):
    client = login(member)
    until = timezone.localdate() + datetime.timedelta(days=2)
    client.post(
        reverse("groups:pause", args=[meeting.group_id]),
        {"until_day": until.day, "until_month": until.month, "until_year": until.year},
    )
    assert _membership(meeting.group, member).paused_until == until
    assert services.membership_pauses_end_due(now=timezone.now()) == 0
    later = timezone.now() + datetime.timedelta(days=3)
    assert services.membership_pauses_end_due(now=later) == 1
    assert services.membership_pauses_end_due(now=later) == 0
    assert _membership(meeting.group, member).status == MembershipStatus.ACTIVE


def test_pause_date_in_the_past_is_refused_with_a_message(login, group, member):
    client = login(member)
    past = timezone.localdate() - datetime.timedelta(days=2)
    response = client.post(
        reverse("groups:pause", args=[group.pk]),
        {"until_day": past.day, "until_month": past.month, "until_year": past.year},
    )
    assert response.status_code == 200
    assert "must be in the future" in response.content.decode()
    assert _membership(group, member).status == MembershipStatus.ACTIVE


def test_member_leaves_with_a_reason(login, meeting, member):
    client = login(member)
    response = client.post(
        reverse("groups:leave", args=[meeting.group_id]),
        {"reason": "logistics", "reason_other": "Buses"},
    )
    assert response.status_code == 302
    membership = _membership(meeting.group, member)
    assert (membership.status, membership.left_reason) == (MembershipStatus.LEFT, "logistics")
    assert not Notification.objects.filter(
        recipient=member, status=Status.QUEUED, kind__startswith="groups.meeting_rem"
    ).exists()
    assert client.get(reverse("groups:detail", args=[meeting.group_id])).status_code == 403


def test_coordinator_hands_over_in_one_step(login, group, coordinator, member):
    client = login(coordinator)
    response = client.post(
        reverse("groups:handover", args=[group.pk]), {"person": member.pk, "how": "hand_over"}
    )
    assert response.status_code == 302
    assert _membership(group, member).role == MembershipRole.COORDINATOR
    assert _membership(group, coordinator).role == MembershipRole.MEMBER
    assert Notification.objects.filter(recipient=member, kind="groups.coordinator_role").count()
    # The old coordinator can no longer use coordinator pages.
    assert client.get(reverse("groups:meeting_create", args=[group.pk])).status_code == 403


def test_coordinator_shares_the_role(login, group, coordinator, member):
    client = login(coordinator)
    client.post(reverse("groups:handover", args=[group.pk]), {"person": member.pk, "how": "share"})
    assert _membership(group, member).role == MembershipRole.CO_COORDINATOR
    assert _membership(group, coordinator).role == MembershipRole.COORDINATOR


def test_handover_form_without_a_choice_keeps_the_page(login, group, coordinator):
    client = login(coordinator)
    response = client.post(reverse("groups:handover", args=[group.pk]), {"how": "share"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_group_without_a_coordinator_tells_members_and_the_clinician(
    login, group, coordinator, member, clinician, ptv
):
    services.membership_leave(actor=coordinator, group=group)
    told = set(
        Notification.objects.filter(kind="groups.no_coordinator").values_list(
            "recipient", flat=True
        )
    )
    assert told == {member.pk}  # not the PTV, who only supports for a while
    assert (
        Notification.objects.filter(kind="groups.no_coordinator_staff", recipient=clinician).count()
        == 1
    )
    client = login(member)
    assert (
        "Nobody is coordinating"
        in client.get(reverse("groups:detail", args=[group.pk])).content.decode()
    )
    client.post(reverse("groups:step_up", args=[group.pk]))
    assert _membership(group, member).role == MembershipRole.COORDINATOR


def test_only_coordinator_pausing_also_counts_as_no_coordinator(group, coordinator, member):
    services.membership_pause(actor=coordinator, group=group)
    assert Notification.objects.filter(kind="groups.no_coordinator", recipient=member).exists()


def test_member_shares_contact_details_with_the_group_only(login, group, coordinator, member):
    client = login(coordinator)
    page = client.get(reverse("groups:members", args=[group.pk])).content.decode()
    assert "dave.member@example.org" in page  # the member chose to share it
    assert "jean.coord@example.org" not in page  # the coordinator did not
    login(coordinator).post(reverse("groups:sharing", args=[group.pk]), {"share_email": "on"})
    page = login(member).get(reverse("groups:members", args=[group.pk])).content.decode()
    assert "jean.coord@example.org" in page


def test_directory_shows_open_groups_without_member_names(
    login, group, other_group, other_group_member, venue, meeting
):
    client = login(other_group_member)
    page = client.get(reverse("groups:directory")).content.decode()
    assert "Riverside Thursday group" in page
    assert "Cafe" in page  # the kind of venue, not its members
    assert "Dave Hughes" not in page and "Jean Baker" not in page
    filtered = client.get(reverse("groups:directory"), {"area": "Hilltop"}).content.decode()
    assert "Riverside Thursday group" not in filtered


def test_move_request_accepted_by_the_coordinator(
    login, group, other_group, other_group_member, coordinator
):
    client = login(other_group_member)
    response = client.post(
        reverse("groups:join", args=[group.pk]),
        {"message": "Thursdays suit me better", "move_from": other_group.pk},
    )
    assert response.status_code == 302
    request = JoinRequest.objects.get(person=other_group_member)
    assert request.kind == "move" and request.from_group == other_group
    assert Notification.objects.filter(recipient=coordinator, kind="groups.join_request").exists()
    client = login(coordinator)
    page = client.get(reverse("groups:members", args=[group.pk])).content.decode()
    assert "Thursdays suit me better" in page
    client.post(
        reverse("groups:request_decide", args=[group.pk, request.pk]), {"decision": "accept"}
    )
    assert _membership(group, other_group_member).status == MembershipStatus.ACTIVE
    assert _membership(other_group, other_group_member).status == MembershipStatus.LEFT
    request.refresh_from_db()
    assert request.status == JoinRequestStatus.ACCEPTED
    decided = Notification.objects.get(recipient=other_group_member, kind="groups.join_decided")
    assert decided.context["accepted"] is True


def test_join_request_declined_kindly(login, group, other_group_member, coordinator):
    login(other_group_member).post(reverse("groups:join", args=[group.pk]), {"message": ""})
    request = JoinRequest.objects.get()
    login(coordinator).post(
        reverse("groups:request_decide", args=[group.pk, request.pk]), {"decision": "decline"}
    )
    assert not Membership.objects.filter(group=group, person=other_group_member).exists()
    decided = Notification.objects.get(recipient=other_group_member, kind="groups.join_decided")
    assert decided.context["accepted"] is False


def test_asking_twice_is_a_clear_message(login, group, other_group_member):
    client = login(other_group_member)
    client.post(reverse("groups:join", args=[group.pk]), {"message": ""})
    response = client.post(reverse("groups:join", args=[group.pk]), {"message": "again"})
    assert response.status_code == 200
    assert "already a request waiting" in response.content.decode()
    assert JoinRequest.objects.count() == 1


def test_closed_directory_entry_is_404(login, group, other_group_member, coordinator):
    services.group_update(
        actor=coordinator,
        group=group,
        name=group.name,
        area=group.area,
        description="",
        rhythm=group.rhythm,
        purposes=[],
        keeps_in_touch=[],
        open_to_new_members=False,
    )
    assert login(other_group_member).get(reverse("groups:join", args=[group.pk])).status_code == 404


def test_staff_may_see_the_join_page_of_no_group_and_ask_nothing(login, group, clinician):
    """Staff browse the directory to introduce people; the join page is 403 for them (the
    access rule lives in selectors.get_group_to_join), and nothing is asked."""
    client = login(clinician)
    assert client.get(reverse("groups:directory")).status_code == 200
    assert client.get(reverse("groups:join", args=[group.pk])).status_code == 403
    response = client.post(reverse("groups:join", args=[group.pk]), {"message": "me too"})
    assert response.status_code == 403
    assert not JoinRequest.objects.exists()


def test_clinician_introduces_someone(login, group, clinician, participant, coordinator):
    client = login(clinician)
    response = client.post(
        reverse("groups:introduce", args=[group.pk]),
        {"person": participant.pk, "message": "", "agreed": "on"},
    )
    assert response.status_code == 302
    request = JoinRequest.objects.get(person=participant)
    assert request.introduced_by == clinician
    services.join_request_decide(actor=coordinator, request=request, accept=True)
    assert _membership(group, participant).status == MembershipStatus.ACTIVE


def test_ptv_support_ends_after_three_meetings_with_thanks(group, coordinator, ptv, venue):
    start = timezone.now()
    for weeks in (1, 3, 5):
        day = timezone.localdate(start + datetime.timedelta(weeks=weeks))
        services.meeting_schedule(
            actor=coordinator, group=group, day=day, at=datetime.time(10, 30), venue=venue
        )
    assert services.ptv_support_review(now=start + datetime.timedelta(weeks=4)) == 0
    after_third = start + datetime.timedelta(weeks=5, days=1)
    assert services.ptv_support_review(now=after_third) == 1
    assert services.ptv_support_review(now=after_third) == 0
    assert _membership(group, ptv).status == MembershipStatus.ENDED
    assert Notification.objects.filter(recipient=ptv, kind="groups.ptv_thanks").count() == 1


def test_settings_form_updates_the_group(login, group, coordinator):
    client = login(coordinator)
    response = client.post(
        reverse("groups:settings", args=[group.pk]),
        {
            "name": "Riverside Thursday friends",
            "area": "Riverside",
            "description": "",
            "rhythm": "fortnightly",
            "purposes": ["social", "outings"],
            "keeps_in_touch": ["whatsapp", "sms"],
            "open_to_new_members": "on",
        },
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.name == "Riverside Thursday friends"
    assert group.keeps_in_touch == ["whatsapp", "sms"] and group.rhythm == "fortnightly"


def test_members_page_says_who_coordinates_and_how_many_the_group_is(login, group, member):
    """Moved from the group page's side column (decision 0018)."""
    coordinator = Membership.objects.get(group=group, role=MembershipRole.COORDINATOR).person
    response = login(member).get(reverse("groups:members", args=[group.pk]))
    text = response.content.decode()
    assert f"Coordinating: {coordinator.display_name}" in text
    counted = (
        Membership.objects.filter(group=group, status__in=["active", "paused"])
        .exclude(role=MembershipRole.PTV_SUPPORTER)
        .count()
    )
    assert f"{counted} members" in text or f"{counted} member." in text
    page = login(member).get(reverse("groups:detail", args=[group.pk])).content.decode()
    assert "Coordinating:" not in page
    assert reverse("groups:members", args=[group.pk]) in page


def test_a_members_own_row_is_the_one_the_orm_reads(group, member):
    """get_group_for_user reads the member's row, group and service by one written
    statement (issue 17, run 8): every field as select_related gives it."""
    from groups.models import Membership
    from groups.selectors.access import _own_membership

    mine = _own_membership(group.pk, member.pk)
    orm = Membership.objects.select_related("group__service").get(group=group, person=member)
    for obj, expected in (
        (mine, orm),
        (mine.group, orm.group),
        (mine.group.service, orm.group.service),
    ):
        assert {f.attname: getattr(obj, f.attname) for f in type(obj)._meta.concrete_fields} == {
            f.attname: getattr(expected, f.attname) for f in type(expected)._meta.concrete_fields
        }
    assert _own_membership(group.pk, member.pk + 10_000) is None


def test_group_page_asks_about_the_next_meeting_and_shows_answers_for_later_ones(
    login, group, member, coordinator, venue, future_day
):
    """The next meeting has the answer radios; later ones show the member's answer and link
    to their own page, where it changes (decision 0018)."""
    from groups.models import RSVPAnswer
    from tests.groups.conftest import make_meeting

    first = make_meeting(group, coordinator, venue, future_day)
    second = make_meeting(group, coordinator, venue, future_day + datetime.timedelta(days=7))
    third = make_meeting(group, coordinator, venue, future_day + datetime.timedelta(days=14))
    services.rsvp_set(actor=member, meeting=second, answer=RSVPAnswer.MAYBE)
    text = login(member).get(reverse("groups:detail", args=[group.pk])).content.decode()
    assert text.count('name="answer"') == 3  # one meeting's three radios
    assert reverse("groups:meeting_rsvp", args=[group.pk, first.pk]) in text
    assert reverse("groups:meeting_rsvp", args=[group.pk, second.pk]) not in text
    assert "Your answer: Maybe." in text
    assert "Say if you can come" in text
    assert reverse("groups:meeting_detail", args=[group.pk, third.pk]) in text
