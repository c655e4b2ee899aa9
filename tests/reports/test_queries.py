"""Every report page runs in a fixed number of queries: the same for one small programme
and group as for several, with more people, meetings, posts and alerts."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.reports.conftest import Person, monthly

pytestmark = pytest.mark.django_db

URLS = [
    reverse("reports:groups"),
    reverse("reports:funnel"),
    reverse("reports:group_life"),
    reverse("reports:people"),
    reverse("reports:safeguarding"),
    reverse("reports:csv", args=["groups"]),
    reverse("reports:csv", args=["funnel"]),
    reverse("reports:csv", args=["outcomes"]),
]


def _grow(world, first: datetime.date, size: int, name: str) -> None:
    from groups import services

    people = [Person(volunteer=True, gender="man")]
    people += [Person(year_of_birth=1950 + i, ethnic="ABCH"[i % 4]) for i in range(size)]
    people += [Person(choice="prefer_not", reasons=("logistics",))]
    built = world.programme(first, people)
    world.group(built, name=name, keeps_in_touch=["app"])
    for index, day in enumerate(monthly(first + datetime.timedelta(days=100), size)):
        world.meeting(
            built, day, built.people[: size + 1 - index % 3], kind="pub" if index % 2 else "cafe"
        )
    post = world.post(built, built.people[1], day)
    services.post_flag(
        actor=built.people[2],
        post=post,
        note="",
        now=datetime.datetime.combine(day, datetime.time(13), datetime.UTC),
    )


def test_page_queries_do_not_grow_with_the_data(world, staff_client, clinical_lead):
    client = staff_client(clinical_lead)
    _grow(world, datetime.date(2017, 1, 10), 3, "First group")
    counts = {}
    for url in URLS:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
        assert counts[url] < 40, url

    _grow(world, datetime.date(2017, 5, 2), 7, "Second group")
    _grow(world, datetime.date(2017, 9, 5), 9, "Third group")
    from safeguarding.models import Alert

    assert Alert.objects.filter(service=clinical_lead.service).count() == 3
    for url in URLS:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert len(queries) == counts[url], (url, [q["sql"][:120] for q in queries])


def test_page_query_count_is_pinned(world, staff_client, clinical_lead, django_assert_num_queries):
    """The same with pytest-django's helper: counted on small data, held on larger."""
    client = staff_client(clinical_lead)
    _grow(world, datetime.date(2017, 1, 10), 3, "First group")
    url = reverse("reports:groups")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    _grow(world, datetime.date(2017, 5, 2), 8, "Second group")
    with django_assert_num_queries(len(queries)):
        client.get(url)
