"""Service-wide pages: the venue library with its access details, the twice-yearly
gatherings, and the staff overview (counts and dates, never names or messages)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from groups import services
from groups.models import Gathering, GatheringRSVP, Venue

pytestmark = pytest.mark.django_db


def test_coordinator_adds_a_venue_with_access_details(login, group, coordinator):
    client = login(coordinator)
    response = client.post(
        reverse("groups:venue_create"),
        {
            "name": "St Mark's community hall",
            "kind": "community",
            "address": "2 Church St",
            "area": "Riverside",
            "step_free": "yes",
            "back_support_seating": "no",
            "accessible_toilet": "yes",
            "parking_distance_m": "20",
            "bus_stop_distance_m": "",
            "noise": "moderate",
            "accessibility_notes": "Ramp at the side door",
        },
    )
    assert response.status_code == 302
    venue = Venue.objects.get(name="St Mark's community hall")
    assert (venue.step_free, venue.back_support_seating, venue.parking_distance_m) == (
        "yes",
        "no",
        20,
    )
    page = client.get(reverse("groups:venues")).content.decode()
    assert "Ramp at the side door" in page and "About 20 metres" in page


def test_duplicate_venue_name_is_a_clear_message(login, group, coordinator, venue):
    client = login(coordinator)
    response = client.post(
        reverse("groups:venue_create"),
        {
            "name": "the mill cafe",
            "kind": "cafe",
            "step_free": "unknown",
            "back_support_seating": "unknown",
            "accessible_toilet": "unknown",
            "noise": "unknown",
        },
    )
    assert response.status_code == 200
    assert "already a venue with this name" in response.content.decode()


def test_plain_member_may_read_venues_but_not_change_them(login, group, member, venue):
    client = login(member)
    assert client.get(reverse("groups:venues")).status_code == 200
    assert client.get(reverse("groups:venue_edit", args=[venue.pk])).status_code == 403


def test_gathering_for_past_participants_and_members(
    login, clinician, member, venue, group, enrol_keen, outsider
):
    client = login(clinician)
    day = timezone.localdate() + datetime.timedelta(days=40)
    response = client.post(
        reverse("groups:gathering_create"),
        {
            "title": "Spring get-together",
            "day_day": day.day,
            "day_month": day.month,
            "day_year": day.year,
            "at": "2pm",
            "duration_minutes": "120",
            "venue": venue.pk,
            "place_note": "",
            "description": "Tea and cake",
        },
    )
    assert response.status_code == 302
    gathering = Gathering.objects.get()
    past_participant = enrol_keen("pat.p@example.org", name="Pat", choice="prefer_not")
    for person in (member, past_participant):
        client = login(person)
        assert "Spring get-together" in client.get(reverse("groups:gatherings")).content.decode()
        client.post(reverse("groups:gathering_detail", args=[gathering.pk]), {"answer": "going"})
    assert GatheringRSVP.objects.filter(gathering=gathering, answer="going").count() == 2
    assert (
        login(outsider).get(reverse("groups:gathering_detail", args=[gathering.pk])).status_code
        == 404
    )


def test_staff_overview_shows_fading_groups_without_names(
    login, clinician, group, member, secret_post
):
    group.status = "dormant"
    group.save(update_fields=["status"])
    page = login(clinician).get(reverse("groups:staff_overview")).content.decode()
    assert "Riverside Thursday group" in page and "Fading" in page
    assert "Dave Hughes" not in page and "SECRET-POST-TEXT" not in page


def test_group_close_cancels_future_meetings(login, meeting, coordinator, member):
    client = login(coordinator)
    response = client.post(reverse("groups:close", args=[meeting.group_id]))
    assert response.status_code == 302
    meeting.refresh_from_db()
    meeting.group.refresh_from_db()
    assert meeting.status == "cancelled" and meeting.group.status == "closed"
    assert not meeting.group.open_to_new_members
    # Members can still read the group, but nothing new can be planned.
    assert login(member).get(reverse("groups:detail", args=[meeting.group_id])).status_code == 200
    with pytest.raises(Exception, match="closed"):
        services.meeting_schedule(
            actor=coordinator,
            group=meeting.group,
            day=timezone.localdate() + datetime.timedelta(days=3),
            at=datetime.time(10),
            place_note="Cafe",
        )


def test_venue_details_can_be_corrected(login, group, coordinator, venue):
    client = login(coordinator)
    response = client.post(
        reverse("groups:venue_edit", args=[venue.pk]),
        {
            "name": "The Mill Cafe",
            "kind": "cafe",
            "address": "1 Mill Lane",
            "area": "Riverside",
            "step_free": "no",
            "back_support_seating": "yes",
            "accessible_toilet": "no",
            "parking_distance_m": "50",
            "bus_stop_distance_m": "",
            "noise": "noisy",
            "accessibility_notes": "The ramp is being repaired",
        },
    )
    assert response.status_code == 302
    venue.refresh_from_db()
    assert (venue.step_free, venue.noise, venue.bus_stop_distance_m) == ("no", "noisy", None)


def test_person_withdraws_their_own_join_request(login, group, other_group_member, member):
    from groups.models import JoinRequest

    request = services.join_request_create(actor=other_group_member, group=group)
    assert (
        login(member).post(reverse("groups:request_withdraw", args=[request.pk])).status_code == 404
    )
    response = login(other_group_member).post(reverse("groups:request_withdraw", args=[request.pk]))
    assert response.status_code == 302
    assert JoinRequest.objects.get(pk=request.pk).status == "withdrawn"
