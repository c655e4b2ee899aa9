"""Every URL in groups/urls.py: who may use it, and who may not.

The tables below name every pattern; a test fails when a new URL is added without a row,
so no page can be forgotten. For each: the permitted person succeeds, a stranger gets
404 (or 403), a person who may know the group but not do this gets 403, and the wrong
method gets 405. Separately, a member of another group, a clinician, a PTV whose support
ended, a former member and an outsider never see a group's posts or members' contacts.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from groups import services, urls
from groups.models import JoinRequest
from programmes import services as programme_services
from programmes.models import CalendarFeedKind
from tests.conftest import shared_by_the_module
from tests.groups.conftest import (
    MEMBER_EMAIL,
    MEMBER_MOBILE,
    a_future_day,
    make_coordinator,
    make_ended_ptv,
    make_former_member,
    make_group,
    make_meeting,
    make_member,
    make_other_group,
    make_other_group_member,
    make_past_meeting,
    make_secret_post,
    make_venue,
)

pytestmark = pytest.mark.django_db


def _build_world() -> dict:
    """One of everything a URL can point at, and the people of the tables below."""
    import datetime

    from django.utils import timezone

    from groups.notice import SCREENING_NOTICE_VERSION
    from groups.tokens import cant_make_it_token
    from pmp_followon.accounts.models import Role
    from tests.conftest import _staff
    from tests.factories import ServiceFactory, UserFactory

    service = ServiceFactory(name="Riverside pain service")
    clinician = _staff(service, Role.CLINICIAN, display_name="Dr Priya Shah")
    ptv = _staff(service, Role.PTV, display_name="Maureen")
    coordinator = make_coordinator(service)
    member = make_member(service)
    group = make_group(clinician, coordinator, member, ptv)
    other_group_member = make_other_group_member(service)
    other_group = make_other_group(clinician, other_group_member, service)
    venue = make_venue(clinician)
    meeting = make_meeting(group, coordinator, venue, a_future_day())
    past_meeting = make_past_meeting(group, coordinator, venue)
    secret_post = make_secret_post(group, member)
    people = {
        "clinician": clinician,
        "coordinator": coordinator,
        "member": member,
        "other_group_member": other_group_member,
        "former_member": make_former_member(group, service),
        "ended_ptv": make_ended_ptv(group, service),
        "outsider": UserFactory(service=None, display_name="Olly Outsider"),
    }

    today = timezone.localdate()
    poll = services.poll_create(
        actor=coordinator,
        group=group,
        title="Next meeting",
        deadline_day=today + datetime.timedelta(days=5),
        options=[
            services.PollOptionSpec(
                day=today + datetime.timedelta(days=9), at=datetime.time(10, 30), venue=venue
            ),
            services.PollOptionSpec(
                day=today + datetime.timedelta(days=10), at=datetime.time(14, 0), venue=venue
            ),
        ],
    )
    reply = services.post_create(
        actor=coordinator,
        group=group,
        body="Reply here",
        parent=secret_post,
        agree_notice_version=SCREENING_NOTICE_VERSION,
    ).post
    request = services.join_request_create(
        actor=other_group_member, group=group, message="Hello", move_from=other_group
    )
    gathering = services.gathering_create(
        actor=clinician,
        title="Spring get-together",
        day=today + datetime.timedelta(days=30),
        at=datetime.time(14, 0),
        venue=venue,
    )
    own_request = JoinRequest.objects.filter(pk=request.pk).first()
    feed = programme_services.calendar_feed_for(user=member, kind=CalendarFeedKind.GROUPS)
    token = cant_make_it_token(meeting_id=meeting.pk, person_id=member.pk, slot=meeting.slot)
    return {
        "group": group.pk,
        "meeting": meeting.pk,
        "past": past_meeting.pk,
        "poll": poll.pk,
        "post": secret_post.pk,
        "reply": reply.pk,
        "request": own_request.pk,
        "gathering": gathering.pk,
        "venue": venue.pk,
        "feed": feed.token,
        "token": token,
        "people": people,
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Made once for this module's 160-odd tests (each test's own writes are rolled back):
    building it takes hundreds of queries, which every test used to repeat."""
    with shared_by_the_module(django_db_blocker, _build_world) as made:
        yield made


@pytest.fixture
def people(world):
    return world["people"]


# name -> (url builder, methods the view takes, who may use it)
# Kinds: "member" (current members of the group), "coordinator", "signed_in" (anyone signed
# in, showing only their own things), "service" (people of the group's service), "staff",
# "manager" (venue keepers), "token" (a secret in the URL, no sign-in), "requester".
URLS = {
    "my_groups": (lambda w: reverse("groups:my_groups"), {"GET"}, "signed_in"),
    "directory": (lambda w: reverse("groups:directory"), {"GET"}, "service"),
    "staff_overview": (lambda w: reverse("groups:staff_overview"), {"GET"}, "staff"),
    "venues": (lambda w: reverse("groups:venues"), {"GET"}, "service"),
    "venue_create": (lambda w: reverse("groups:venue_create"), {"GET", "POST"}, "manager"),
    "venue_edit": (
        lambda w: reverse("groups:venue_edit", args=[w["venue"]]),
        {"GET", "POST"},
        "manager",
    ),
    "gatherings": (lambda w: reverse("groups:gatherings"), {"GET"}, "service"),
    "gathering_create": (lambda w: reverse("groups:gathering_create"), {"GET", "POST"}, "staff"),
    "gathering_detail": (
        lambda w: reverse("groups:gathering_detail", args=[w["gathering"]]),
        {"GET", "POST"},
        "service",
    ),
    "gathering_edit": (
        lambda w: reverse("groups:gathering_edit", args=[w["gathering"]]),
        {"GET", "POST"},
        "staff",
    ),
    "gathering_cancel": (
        lambda w: reverse("groups:gathering_cancel", args=[w["gathering"]]),
        {"GET", "POST"},
        "staff",
    ),
    "calendar": (lambda w: reverse("groups:calendar"), {"GET", "POST"}, "signed_in"),
    "calendar_feed": (
        lambda w: reverse("groups:calendar_feed", args=[w["feed"]]),
        {"GET"},
        "token",
    ),
    "cant_make_it": (
        lambda w: reverse("groups:cant_make_it", args=[w["token"]]),
        {"GET", "POST"},
        "token",
    ),
    "request_withdraw": (
        lambda w: reverse("groups:request_withdraw", args=[w["request"]]),
        {"POST"},
        "requester",
    ),
    "create_from_programme": (
        lambda w: reverse("groups:create_from_programme", args=[999999]),
        {"GET", "POST"},
        "programme",
    ),
    "detail": (lambda w: reverse("groups:detail", args=[w["group"]]), {"GET"}, "member"),
    "settings": (
        lambda w: reverse("groups:settings", args=[w["group"]]),
        {"GET", "POST"},
        "coordinator",
    ),
    "close": (lambda w: reverse("groups:close", args=[w["group"]]), {"GET", "POST"}, "coordinator"),
    "members": (lambda w: reverse("groups:members", args=[w["group"]]), {"GET"}, "member"),
    "sharing": (lambda w: reverse("groups:sharing", args=[w["group"]]), {"GET", "POST"}, "member"),
    "pause": (lambda w: reverse("groups:pause", args=[w["group"]]), {"GET", "POST"}, "member"),
    "resume": (lambda w: reverse("groups:resume", args=[w["group"]]), {"POST"}, "member"),
    "leave": (lambda w: reverse("groups:leave", args=[w["group"]]), {"GET", "POST"}, "member"),
    "handover": (
        lambda w: reverse("groups:handover", args=[w["group"]]),
        {"GET", "POST"},
        "coordinator",
    ),
    "step_up": (lambda w: reverse("groups:step_up", args=[w["group"]]), {"GET", "POST"}, "member"),
    "join": (lambda w: reverse("groups:join", args=[w["group"]]), {"GET", "POST"}, "joiner"),
    "introduce": (
        lambda w: reverse("groups:introduce", args=[w["group"]]),
        {"GET", "POST"},
        "clinician",
    ),
    "request_decide": (
        lambda w: reverse("groups:request_decide", args=[w["group"], w["request"]]),
        {"POST"},
        "coordinator",
    ),
    "meetings": (lambda w: reverse("groups:meetings", args=[w["group"]]), {"GET"}, "member"),
    "meeting_create": (
        lambda w: reverse("groups:meeting_create", args=[w["group"]]),
        {"GET", "POST"},
        "coordinator",
    ),
    "meeting_detail": (
        lambda w: reverse("groups:meeting_detail", args=[w["group"], w["meeting"]]),
        {"GET"},
        "member",
    ),
    "meeting_rsvp": (
        lambda w: reverse("groups:meeting_rsvp", args=[w["group"], w["meeting"]]),
        {"POST"},
        "member",
    ),
    "meeting_change": (
        lambda w: reverse("groups:meeting_change", args=[w["group"], w["meeting"]]),
        {"GET", "POST"},
        "coordinator",
    ),
    "meeting_confirm": (
        lambda w: reverse("groups:meeting_confirm", args=[w["group"], w["meeting"]]),
        {"POST"},
        "coordinator",
    ),
    "meeting_cancel": (
        lambda w: reverse("groups:meeting_cancel", args=[w["group"], w["meeting"]]),
        {"GET", "POST"},
        "coordinator",
    ),
    "attendance": (
        lambda w: reverse("groups:attendance", args=[w["group"], w["past"]]),
        {"GET", "POST"},
        "coordinator",
    ),
    "meeting_ics": (
        lambda w: reverse("groups:meeting_ics", args=[w["group"], w["meeting"]]),
        {"GET"},
        "member",
    ),
    "poll_create": (
        lambda w: reverse("groups:poll_create", args=[w["group"]]),
        {"GET", "POST"},
        "coordinator",
    ),
    "poll_detail": (
        lambda w: reverse("groups:poll_detail", args=[w["group"], w["poll"]]),
        {"GET", "POST"},
        "member",
    ),
    "poll_decide": (
        lambda w: reverse("groups:poll_decide", args=[w["group"], w["poll"]]),
        {"GET", "POST"},
        "coordinator",
    ),
    "board": (lambda w: reverse("groups:board", args=[w["group"]]), {"GET", "POST"}, "member"),
    "thread": (
        lambda w: reverse("groups:thread", args=[w["group"], w["post"]]),
        {"GET", "POST"},
        "member",
    ),
    "post_flag": (
        lambda w: reverse("groups:post_flag", args=[w["group"], w["post"]]),
        {"GET", "POST"},
        "member",
    ),
}

GROUP_SCOPED = {"member", "coordinator"}


def test_the_table_covers_every_url_pattern():
    names = {pattern.name for pattern in urls.urlpatterns}
    assert names == set(URLS), (
        f"add a row for {sorted(names - set(URLS))}, remove {sorted(set(URLS) - names)}"
    )


def _call(client, method, url):
    return client.get(url) if method == "GET" else client.post(url, {})


NOT_ALLOWED = ("other_group_member", "clinician", "ended_ptv", "former_member", "outsider")


@pytest.mark.parametrize("name", sorted(URLS))
def test_nobody_outside_the_group_sees_its_posts_or_contacts(client, people, world, name):
    build, methods, kind = URLS[name]
    url = build(world)
    for persona in NOT_ALLOWED:
        client.force_login(people[persona])
        for method in sorted(methods):
            response = _call(client, method, url)
            body = response.content.decode(errors="replace")
            assert "SECRET-POST-TEXT" not in body, (persona, method)
            assert MEMBER_EMAIL not in body, (persona, method)
            assert MEMBER_MOBILE not in body and "+447700900222" not in body, (persona, method)
            if kind in GROUP_SCOPED:
                assert response.status_code in (403, 404), (persona, method)


def test_the_secrets_are_on_the_pages_members_see(client, world, people):
    """The check above would pass on empty pages: prove the secrets are really there."""
    client.force_login(people["coordinator"])
    assert "SECRET-POST-TEXT" in client.get(URLS["board"][0](world)).content.decode()
    members_page = client.get(URLS["members"][0](world)).content.decode()
    assert MEMBER_EMAIL in members_page


@pytest.mark.parametrize("name", sorted(n for n, row in URLS.items() if row[2] in GROUP_SCOPED))
def test_outsider_gets_404_and_staff_get_403_on_group_pages(client, world, people, name):
    build, methods, _kind = URLS[name]
    url = build(world)
    method = sorted(methods)[0]
    client.force_login(people["outsider"])
    assert _call(client, method, url).status_code == 404
    client.force_login(people["clinician"])
    assert _call(client, method, url).status_code == 403


@pytest.mark.parametrize("name", sorted(n for n, row in URLS.items() if row[2] == "coordinator"))
def test_a_plain_member_is_read_only_on_coordinator_pages(client, world, people, name):
    build, methods, _kind = URLS[name]
    client.force_login(people["member"])
    for method in sorted(methods):
        assert _call(client, method, build(world)).status_code == 403, method


@pytest.mark.parametrize("name", sorted(URLS))
def test_wrong_method_is_405(client, world, people, name):
    build, methods, kind = URLS[name]
    who = {
        "staff": "clinician",
        "clinician": "clinician",
        "manager": "clinician",
        "requester": "member",
    }
    client.force_login(people[who.get(kind, "coordinator")])
    response = client.put(build(world))
    assert response.status_code == 405
    if methods == {"POST"}:
        assert client.get(build(world)).status_code == 405


# The permitted person: who, and what success looks like for a GET (POSTs are tested by
# the journeys in test_views_*.py).
PERMITTED_GET = {
    "my_groups": "member",
    "directory": "member",
    "staff_overview": "clinician",
    "venues": "member",
    "venue_create": "coordinator",
    "venue_edit": "coordinator",
    "gatherings": "member",
    "gathering_create": "clinician",
    "gathering_detail": "member",
    "gathering_edit": "clinician",
    "gathering_cancel": "clinician",
    "calendar": "member",
    "detail": "member",
    "settings": "coordinator",
    "close": "coordinator",
    "members": "member",
    "sharing": "member",
    "pause": "member",
    "leave": "member",
    "handover": "coordinator",
    "step_up": "member",
    "join": "other_group_member",
    "introduce": "clinician",
    "meetings": "member",
    "meeting_create": "coordinator",
    "meeting_detail": "member",
    "meeting_change": "coordinator",
    "meeting_cancel": "coordinator",
    "attendance": "coordinator",
    "meeting_ics": "member",
    "poll_create": "coordinator",
    "poll_detail": "member",
    "poll_decide": "coordinator",
    "board": "member",
    "thread": "member",
    "post_flag": "member",
}


@pytest.mark.parametrize("name", sorted(PERMITTED_GET))
def test_the_permitted_person_gets_the_page(client, people, world, name):
    client.force_login(people[PERMITTED_GET[name]])
    build, _methods, _kind = URLS[name]
    assert client.get(build(world)).status_code == 200


def test_every_get_page_has_a_permitted_case():
    gets = {n for n, row in URLS.items() if "GET" in row[1] and row[2] != "token"}
    assert gets - {"create_from_programme"} == set(PERMITTED_GET)


def test_token_urls_work_without_signing_in(client, world):
    assert client.get(URLS["calendar_feed"][0](world)).status_code == 200
    assert client.get(URLS["cant_make_it"][0](world)).status_code == 200
    assert client.get(reverse("groups:calendar_feed", args=["not-a-token"])).status_code == 404
    assert client.get(reverse("groups:cant_make_it", args=["1-2-abc"])).status_code == 404


def test_anonymous_people_are_sent_to_sign_in(client, world):
    response = client.get(URLS["detail"][0](world))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_service_pages_are_404_for_people_of_no_service(client, world, people):
    client.force_login(people["outsider"])
    for name in ("directory", "venues", "gatherings", "gathering_detail", "venue_edit"):
        assert client.get(URLS[name][0](world)).status_code == 404, name


def test_staff_only_pages_refuse_participants(client, world, people):
    client.force_login(people["member"])
    assert client.get(reverse("groups:staff_overview")).status_code == 403
    assert client.get(reverse("groups:gathering_create")).status_code == 403
    assert client.get(reverse("groups:introduce", args=[world["group"]])).status_code == 403
    client.force_login(people["outsider"])
    assert client.get(reverse("groups:staff_overview")).status_code == 404
