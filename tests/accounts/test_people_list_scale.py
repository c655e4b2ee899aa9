"""The people list at any size (issue 17): a page of PEOPLE_PAGE_SIZE rows, the same number of
queries for 30 people as for 90, search by name or email and a role filter."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pmp_followon.accounts.models import Role
from pmp_followon.accounts.selectors import PEOPLE_PAGE_SIZE
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LIST = reverse("accounts:people")


def rows(response) -> list[str]:
    return re.findall(r'<tr role="row" class="nhsuk-table__row">', response.content.decode())


def add_people(service, count, start=0):
    for n in range(start, start + count):
        UserFactory(service=service, role=Role.PARTICIPANT, display_name=f"Person {n:03d}")


def queries(client, *args):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(LIST, *args)
    assert response.status_code == 200
    return len(captured), response


def test_same_queries_and_a_bounded_page_at_two_sizes(client, service, service_admin):
    client.force_login(service_admin)
    add_people(service, 30)
    small, response = queries(client)
    assert len(rows(response)) == PEOPLE_PAGE_SIZE
    add_people(service, 60, start=30)
    large, response = queries(client)
    assert large == small
    assert len(rows(response)) == PEOPLE_PAGE_SIZE
    # The last page holds the rest, and a page number past the end shows the last page.
    last, response = queries(client, {"page": "4"})
    assert last == small
    assert len(rows(response)) == 91 - 3 * PEOPLE_PAGE_SIZE
    assert 'class="nhsuk-pagination"' in response.content.decode()


def test_search_by_name_or_email_and_filter_by_role(client, service, service_admin, clinician):
    client.force_login(service_admin)
    add_people(service, 3)
    UserFactory(
        service=service,
        role=Role.PTV,
        email="tutor.unique@example.org",
        extra_roles=[Role.CLINICIAN],
    )
    html = client.get(LIST, {"q": "person 001"}).content.decode()
    assert "Person 001" in html and "Person 002" not in html
    html = client.get(LIST, {"q": "TUTOR.unique"}).content.decode()
    assert "tutor.unique@example.org" in html and "Person 001" not in html
    html = client.get(LIST, {"role": Role.CLINICIAN}).content.decode()
    # Main role or extra role.
    assert clinician.email in html and "tutor.unique@example.org" in html
    assert "Person 001" not in html and service_admin.email not in html
    # The role is shown by its label, the filter kept on the next page's link.
    assert "Patient tutor volunteer" in html
    add_people(service, PEOPLE_PAGE_SIZE, start=10)
    html = client.get(LIST, {"role": Role.PARTICIPANT}).content.decode()
    assert "role=participant&amp;page=2" in html
