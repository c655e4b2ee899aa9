"""The programmes list at any size (issue 17): one page of PROGRAMMES_PAGE_SIZE rows, the
same queries on page 1 with 6 programmes as with 12, dates from SQL, search by name (or
venue)."""

import datetime
import re

import pytest
from django.urls import reverse

from pmp_followon.ui.dates import uk_date

from .test_query_counts import queries_for

pytestmark = pytest.mark.django_db
D = datetime.date


def rows(response) -> list[str]:
    return re.findall(r'<a href="/programmes/(\d+)/">', response.content.decode())


def test_a_bounded_page_and_the_same_queries(client, clinician, make_programme, monkeypatch):
    monkeypatch.setattr("programmes.selectors.PROGRAMMES_PAGE_SIZE", 4)
    for n in range(6):
        make_programme(name=f"Small {n}", first=D(2027, 1, 12) + datetime.timedelta(weeks=n))
    client.force_login(clinician)
    small, response = queries_for(client, reverse("programmes:list"))
    assert len(rows(response)) == 4
    for n in range(6):
        make_programme(name=f"Big {n}", first=D(2027, 6, 1) + datetime.timedelta(weeks=n))
    big, response = queries_for(client, reverse("programmes:list"))
    assert big == small
    assert len(rows(response)) == 4
    html = response.content.decode()
    assert "Big 5" in html and "Small 0" not in html  # newest first
    assert "12 programmes" in html and 'class="nhsuk-pagination"' in html
    last = client.get(reverse("programmes:list"), {"page": "3"})
    assert len(rows(last)) == 4 and "Small 0" in last.content.decode()


def test_search_by_name_and_first_and_last_dates(client, clinician, make_programme):
    programme = make_programme(name="Riverside spring")
    make_programme(name="Hillside", first=D(2027, 1, 13))
    client.force_login(clinician)
    html = client.get(reverse("programmes:list"), {"q": "SPRING"}).content.decode()
    assert "Riverside spring" in html and "Hillside" not in html
    sessions = programme.sessions.order_by("number")
    first, last = sessions.first(), sessions.last()
    assert f"{uk_date(first.starts_at)} to {uk_date(last.starts_at)}" in html
