"""The closure calendar at any size (issue 17): one page of CLOSURE_PAGE_SIZE handover steps
chosen in SQL (overdue first, then week by week; steps done in earlier weeks left out)."""

import datetime

import pytest
from django.urls import reverse

from programmes import selectors, services

from .conftest import at

pytestmark = pytest.mark.django_db
D = datetime.date
MONDAY = at(2027, 3, 1, 9)


@pytest.fixture
def calendar(clinician, make_programme, monkeypatch):
    """Two programmes seen on Monday 1 March 2027: one whose last three sessions were in
    February (its first step done, two overdue), one whose last three are this week and
    the next two (its first step done early)."""
    monkeypatch.setattr("pmp_followon.clock.now_or_current", lambda now=None: now or MONDAY)
    earlier = make_programme(name="Earlier", first=D(2026, 12, 15), now=at(2026, 12, 1))
    later = make_programme(name="Later", first=D(2027, 1, 12))
    for programme in (earlier, later):
        first_step = programme.handover_steps.order_by("session__starts_at").first()
        services.handover_checklist_save(
            actor=clinician, step=first_step, ticked=set(), mark_done=True, now=MONDAY
        )
    return earlier, later


def starts(rows):
    return [(r.step.programme.name, r.step.session.starts_at.date()) for r in rows]


def test_overdue_first_then_week_by_week_one_page_at_a_time(clinician, calendar, monkeypatch):
    earlier, later = calendar
    monkeypatch.setattr("programmes.selectors.closures.CLOSURE_PAGE_SIZE", 2)

    def page(n):
        return selectors.closure_calendar_for_user(clinician, now=MONDAY, page_number=n)

    first, second, third = page(1), page(2), page(3)
    assert first.page.paginator.count == 5  # the step done in February is left out
    assert starts(first.overdue) == [("Earlier", D(2027, 2, 9)), ("Earlier", D(2027, 2, 16))]
    assert first.weeks == []
    assert second.overdue == []
    assert [w.starts for w in second.weeks] == [D(2027, 3, 1), D(2027, 3, 8)]
    assert starts(second.weeks[0].rows) == [("Later", D(2027, 3, 2))]
    assert second.weeks[0].rows[0].state == "done"
    assert [starts(w.rows) for w in third.weeks] == [[("Later", D(2027, 3, 16))]]
    # Past the end or not a number: the last page and the first, as for every list.
    assert starts(page(99).weeks[0].rows) == [("Later", D(2027, 3, 16))]
    assert starts(page("x").overdue) == starts(first.overdue)


def test_the_page_shows_its_steps_and_links_to_the_next(client, clinician, calendar, monkeypatch):
    monkeypatch.setattr("programmes.selectors.closures.CLOSURE_PAGE_SIZE", 2)
    client.force_login(clinician)
    html = client.get(reverse("programmes:closures")).content.decode()
    assert "Overdue" in html and "Week of" not in html
    assert html.count("/handover/") == 2
    assert 'class="nhsuk-pagination"' in html and "Page 2 of 3" in html
    html = client.get(reverse("programmes:closures"), {"page": "2", "weeks": "26"}).content
    html = html.decode()
    assert "Overdue" not in html and html.count("Week of") == 2
    assert "next 26 weeks" in html
    assert "weeks=26" in html and "page=3" in html  # the next page keeps the weeks asked for
