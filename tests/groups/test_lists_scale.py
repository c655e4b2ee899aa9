"""The staff overview and the directory at any size (issue 17): one bounded page of groups,
the counts and dates right, the same number of queries with 3 groups as with 7."""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from groups import services
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def make_groups(clinician, venue, count, start=0):
    made = []
    for n in range(start, start + count):
        coordinator = UserFactory(service=clinician.service)
        members = [UserFactory(service=clinician.service) for _ in range(n % 3 + 1)]
        group = services.group_create(
            actor=clinician,
            service=clinician.service,
            name=f"Group {n:02d}",
            area="Riverside",
            coordinators=[coordinator],
            members=members,
            open_to_new_members=True,
        )
        services.meeting_schedule(
            actor=coordinator,
            group=group,
            day=timezone.localdate() + datetime.timedelta(days=3 + n),
            at=datetime.time(10, 30),
            venue=venue,
        )
        made.append((group, len(members)))
    return made


def get(client, url, **query):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, query)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_staff_overview_is_a_bounded_page(client, clinician, venue, monkeypatch):
    monkeypatch.setattr("groups.selectors.overview.OVERVIEW_PAGE_SIZE", 2)
    made = make_groups(clinician, venue, 3)
    client.force_login(clinician)
    small, html = get(client, reverse("groups:staff_overview"))
    assert len(re.findall(r'id="group-\d+"', html)) == 2
    made += make_groups(clinician, venue, 4, start=3)
    large, html = get(client, reverse("groups:staff_overview"))
    assert large == small
    assert len(re.findall(r'id="group-\d+"', html)) == 2
    assert 'class="nhsuk-pagination"' in html
    # Counts from the subqueries: each group's members (plus its coordinator) on its page.
    _, html = get(client, reverse("groups:staff_overview"), page="2")
    shown = re.findall(r'id="group-(\d+)"', html)
    assert len(shown) == 2
    for group, members in made:
        if str(group.pk) in shown:
            row = html[html.index(f'id="group-{group.pk}"') :]
            row = row[: row.index("</tr>")]
            assert re.search(rf"Members </span>{members + 1}<", row), row


def test_directory_is_a_bounded_page(client, clinician, venue, monkeypatch):
    monkeypatch.setattr("groups.selectors.directory.DIRECTORY_PAGE_SIZE", 2)
    member = UserFactory(service=clinician.service)
    make_groups(clinician, venue, 3)
    client.force_login(member)
    small, html = get(client, reverse("groups:directory"))
    assert html.count("Ask to join Group") == 2
    make_groups(clinician, venue, 4, start=3)
    large, html = get(client, reverse("groups:directory"))
    assert large == small
    assert html.count("Ask to join Group") == 2
    _, html = get(client, reverse("groups:directory"), page="4")
    assert html.count("Ask to join Group") == 1 and "Group 06" in html
