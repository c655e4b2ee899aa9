"""Group, meeting, members, board and directory pages run a fixed number of SQL queries
whatever the number of members, meetings and posts: measured at two sizes."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from groups import services
from groups.notice import SCREENING_NOTICE_VERSION
from groups.selectors.conversation import THREADS_PER_PAGE
from groups.selectors.directory import DIRECTORY_PAGE_SIZE
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _build(size: int, *, clinician, venue):
    """A group with ``size`` members, past and future meetings, threads with replies and
    answers, plus ``size`` other open groups for the directory."""
    service = clinician.service
    coordinator = UserFactory(service=service, display_name="Coordinator")
    members = [UserFactory(service=service, display_name=f"Member {i}") for i in range(size)]
    group = services.group_create(
        actor=clinician,
        service=service,
        name="Big group",
        area="Riverside",
        coordinators=[coordinator],
        members=members,
        open_to_new_members=True,
    )
    today = timezone.localdate()
    meetings = []
    for i in range(size):
        meetings.append(
            services.meeting_schedule(
                actor=coordinator,
                group=group,
                day=today + datetime.timedelta(days=2 + i),
                at=datetime.time(10, 30),
                venue=venue,
            )
        )
        services.meeting_schedule(
            actor=coordinator,
            group=group,
            day=today - datetime.timedelta(days=5 + i),
            at=datetime.time(10, 30),
            venue=venue,
        )
    for person in members:
        services.rsvp_set(actor=person, meeting=meetings[0], answer="going")
        post = services.post_create(
            actor=person,
            group=group,
            body=f"Hello from {person}",
            agree_notice_version=SCREENING_NOTICE_VERSION,
        ).post
        services.post_create(
            actor=coordinator,
            group=group,
            body="Welcome",
            parent=post,
            agree_notice_version=SCREENING_NOTICE_VERSION,
        )
    for i in range(size):
        other_coordinator = UserFactory(service=service)
        other = services.group_create(
            actor=clinician,
            service=service,
            name=f"Group {i}",
            area=f"Area {i % 3}",
            coordinators=[other_coordinator],
            open_to_new_members=True,
        )
        services.meeting_schedule(
            actor=other_coordinator,
            group=other,
            day=today + datetime.timedelta(days=5),
            at=datetime.time(14, 0),
            venue=venue,
        )
    return group, coordinator, members[0], meetings[0]


PAGES = {
    "group page": lambda g, m: reverse("groups:detail", args=[g.pk]),
    "meeting page": lambda g, m: reverse("groups:meeting_detail", args=[g.pk, m.pk]),
    "members page": lambda g, m: reverse("groups:members", args=[g.pk]),
    "board": lambda g, m: reverse("groups:board", args=[g.pk]),
    "meetings list": lambda g, m: reverse("groups:meetings", args=[g.pk]),
    "directory": lambda g, m: reverse("groups:directory"),
    "my groups": lambda g, m: reverse("groups:my_groups"),
    "home": lambda g, m: reverse("home"),
}


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_pages_run_the_same_number_of_queries_at_3_and_21(client, clinician, venue):
    # 21 members' threads and 22 open groups: over a page of the board (THREADS_PER_PAGE)
    # and of the directory (DIRECTORY_PAGE_SIZE) at the larger size.
    assert max(THREADS_PER_PAGE, DIRECTORY_PAGE_SIZE) < 21
    counts = {}
    for size in (3, 21):
        group, coordinator, member, meeting = _build(size, clinician=clinician, venue=venue)
        for viewer in (coordinator, member):
            client.force_login(viewer)
            counts[(size, viewer.display_name[:6])] = {
                name: _count(client, page(group, meeting)) for name, page in PAGES.items()
            }
        client.force_login(clinician)
        counts[(size, "staff")] = {"overview": _count(client, reverse("groups:staff_overview"))}
    for who in ("Coordi", "Member", "staff"):
        assert counts[(3, who)] == counts[(21, who)], who
    assert all(n < 30 for n in counts[(21, "Coordi")].values()), counts


def test_the_home_page_shows_the_answer_without_reading_join_requests(client, clinician, venue):
    """The member's answer to their next meeting comes with the meeting (one query, not
    two); join requests are for the my groups page, not the home page (issue 17)."""
    group, coordinator, member, meeting = _build(2, clinician=clinician, venue=venue)
    client.force_login(member)
    client.get(reverse("home"))
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("home")).content.decode()
    assert "Your answer: I&#x27;m going" in html or "Your answer: I'm going" in html
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "groups_joinrequest" not in sql
    # The answer came as a subquery of the meetings, not a query of its own.
    assert not [q for q in queries.captured_queries if q["sql"].startswith('SELECT "groups_rsvp"')]
    client.force_login(coordinator)
    assert "You have not said if you are going yet." in client.get(reverse("home")).content.decode()
    # The my groups page still lists the person's join requests.
    client.force_login(member)
    assert "groups_joinrequest" in " ".join(
        q["sql"] for q in _queries(client, reverse("groups:my_groups"))
    )


def _queries(client, url) -> list[dict]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return queries.captured_queries
