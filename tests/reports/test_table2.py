"""Groups built through the services to match rows of Table 2 of the study, and the
report's cells, funnel and survival curve checked against the facts they were built from.

Group C: started 2016, 8 attending falling to 6 (1 man, 5 women), monthly in a bar, ages
30s to 80s, phone, last contact 23 months after the programme ended.
Group K: 3 (2 men, 1 woman), met once in a bar, 40s to 70s, email, 6 months (a member's
post on the board is the last contact).
Group A2: 5 women, fortnightly in a cafe, still meeting (censored in the survival curve).
"""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.reports.conftest import Person, at, monthly

pytestmark = pytest.mark.django_db

NOW = at(datetime.date(2018, 6, 1), 9)


def calendar_months(start: datetime.date, end: datetime.date) -> int:
    """Independent of the report: count month boundaries, less one if the day is short."""
    count = 0
    cursor = start
    while True:
        month = cursor.month % 12 + 1
        year = cursor.year + (cursor.month == 12)
        try:
            following = cursor.replace(year=year, month=month)
        except ValueError:  # no such day in that month
            break
        if following > end:
            break
        cursor, count = following, count + 1
    return count


def local_date(moment: datetime.datetime) -> datetime.date:
    return moment.astimezone(at(datetime.date(2018, 1, 1)).tzinfo).date()


@pytest.fixture
def built(world):
    # Group C: a man who organises, seven women; one more preferred not to continue.
    c_people = [Person(gender="man", year_of_birth=1983, volunteer=True)]
    c_people += [Person(year_of_birth=y) for y in (1937, 1950, 1955, 1960, 1962, 1970, 1975)]
    c_people += [Person(choice="prefer_not", reasons=("logistics", "others_pain"))]
    c = world.programme(datetime.date(2016, 1, 5), c_people)
    world.group(c, name="Group C", keeps_in_touch=["phone"], purposes=["social", "techniques"])
    c_days = monthly(datetime.date(2016, 4, 12), 23)
    c_came: dict[int, list] = {}
    for index, day in enumerate(c_days):
        if index == 6:  # two women stop coming and leave the group
            for person in c.people[6:8]:
                world.leave(c, person, day - datetime.timedelta(days=3))
        came = c.people[:8] if index < 6 else c.people[:6]
        c_came[index] = came
        world.meeting(c, day, came, kind="pub")

    # Group K: two men and a woman, met once in a bar; a member posted 6 months on.
    k = world.programme(
        datetime.date(2017, 1, 10),
        [
            Person(gender="man", year_of_birth=1975, volunteer=True),
            Person(gender="man", year_of_birth=1960),
            Person(gender="woman", year_of_birth=1945),
        ],
    )
    world.group(
        k, name="Group K", keeps_in_touch=["email"], purposes=["techniques"], rhythm="ad_hoc"
    )
    world.meeting(k, datetime.date(2017, 4, 18), k.people, kind="pub")
    world.post(k, k.people[1], datetime.date(2017, 9, 20))

    # Group A2: five women meeting fortnightly in a cafe, still going.
    a = world.programme(
        datetime.date(2017, 10, 3),
        [
            Person(year_of_birth=y, volunteer=i == 0, gender="woman", ethnic="B")
            for i, y in enumerate((1950, 1955, 1960, 1965, 1970))
        ],
    )
    world.group(a, name="Group A2", keeps_in_touch=["sms", "app"], rhythm="fortnightly")
    a_days = [datetime.date(2018, 1, 9) + datetime.timedelta(weeks=2 * i) for i in range(11)]
    for day in a_days:
        world.meeting(a, day, a.people, kind="cafe")
    world.refresh_statuses(NOW)
    return {"c": c, "k": k, "a": a, "c_days": c_days, "c_came": c_came, "a_days": a_days}


def test_table2_rows_funnel_and_survival(built, service, clinician, client, monkeypatch):
    from reports.selectors import funnel, groups
    from reports.selectors.common import ALL

    c, k, a = built["c"], built["k"], built["a"]
    rows = {r.name: r for r in groups.group_rows(service, ALL, now=NOW)}

    # --- group C, as built -------------------------------------------------------------
    gc = rows["Group C"]
    c_end = local_date(c.end)
    assert local_date(gc.start) == built["c_days"][0]
    assert gc.start.year == 2016
    assert (gc.max_attending.value, gc.max_men.value, gc.max_women.value) == (8, 1, 7)
    assert (gc.latest_attending.value, gc.latest_men.value, gc.latest_women.value) == (6, 1, 5)
    assert gc.frequency == "Monthly"
    assert gc.venues == ["Pub or bar"]
    assert gc.age_range == "30s to 80s"
    assert gc.keeps_in_touch == ["Phone calls"]
    assert gc.duration_months == calendar_months(c_end, built["c_days"][-1]) == 23
    assert gc.formed and not gc.still_meeting
    assert gc.trend == "Falling"

    # --- group K -------------------------------------------------------------------------
    gk = rows["Group K"]
    assert (gk.max_attending.value, gk.max_men.value, gk.max_women.value) == (3, 2, 1)
    assert gk.frequency == "Met once"
    assert gk.venues == ["Pub or bar"]
    assert gk.age_range == "40s to 70s"
    assert gk.keeps_in_touch == ["Email"]
    assert gk.duration_months == calendar_months(local_date(k.end), datetime.date(2017, 9, 20)) == 6
    assert gk.max_attending.suppressed and gk.max_men.suppressed

    ga = rows["Group A2"]
    assert ga.frequency == "Fortnightly" and ga.still_meeting
    assert ga.venues == ["Cafe"]

    # --- survival, computed here from the built facts ----------------------------------
    facts = [
        (calendar_months(c_end, built["c_days"][-1]), True),
        (calendar_months(local_date(k.end), datetime.date(2017, 9, 20)), True),
        (calendar_months(local_date(a.end), built["a_days"][-1]), False),
    ]
    expected, share, at_risk = {}, 1.0, len(facts)
    for month in sorted({m for m, _e in facts}):
        ended = sum(1 for m, e in facts if m == month and e)
        gone = sum(1 for m, _e in facts if m == month)
        share *= (at_risk - ended) / at_risk
        expected[month] = round(share, 6)
        at_risk -= gone
    survival = groups.survival_of(list(rows.values()))
    assert {s.month: round(s.surviving, 6) for s in survival.steps} == expected
    assert survival.median == min(m for m, s in expected.items() if s <= 0.5)
    assert (survival.groups, survival.ended, survival.still_meeting) == (3, 2, 1)

    # --- funnel for programme C, expected values from the built facts ------------------
    funnel_rows, total, _window = funnel.funnel_rows(service, ALL, now=NOW)
    row = next(r for r in funnel_rows if r.programme_id == c.programme.pk)
    last_came: dict[int, datetime.date] = {}
    for index, came in built["c_came"].items():
        for person in came:
            last_came[person.pk] = built["c_days"][index]
    still = {
        months: sum(
            1 for day in last_came.values() if at(day, 19) >= c.end + datetime.timedelta(days=days)
        )
        for months, days in funnel.STILL_ATTENDING_DAYS.items()
    }
    cells = {k: (v.value if v is not None else None) for k, v in row.cells.items()}
    assert cells["enrolled"] == len(c.people)
    assert cells["completed"] == len(c.people)
    assert cells["keen"] == sum(1 for e in c.enrolments if e.choice.continue_choice == "keen")
    assert cells["prefer_not"] == 1
    assert cells["shared"] == cells["checked"] == len(c.people)
    assert cells["came_first"] == len(built["c_came"][0])
    assert (cells["att3"], cells["att6"], cells["att12"]) == (still[3], still[6], still[12])
    assert row.formed is True and row.first_meeting_in_window is True
    assert total.cells["enrolled"].value == len(c.people) + len(k.people) + len(a.people)
    # Programme A2 ended under a year before NOW: not that long ago yet.
    row_a = next(r for r in funnel_rows if r.programme_id == a.programme.pk)
    assert row_a.cells["att12"] is None
    reasons_table = funnel.reasons_table(service, ALL)
    reasons = dict(zip(reasons_table.row_keys, reasons_table.rows, strict=True))
    assert reasons["logistics"][1].value == 1 and reasons["others_pain"][1].value == 1
    assert reasons["ill_health"][2].value == 2

    # --- the page shows the same cells (small numbers as <5) ---------------------------
    monkeypatch.setattr("reports.views._now", lambda: NOW)
    client.force_login(clinician)
    page = client.get(reverse("reports:groups")).content.decode()
    row_c = page.split(f'data-row="{gc.pk}"')[1].split("</tr>")[0]
    for text in (
        "Group C",
        "Apr 2016",
        "8 reduced to 6",
        "Monthly",
        "Pub or bar",
        "30s to 80s",
        "Phone calls",
        ">23<",
    ):
        assert text in row_c, text
    row_k = page.split(f'data-row="{gk.pk}"')[1].split("</tr>")[0]
    for text in ("Met once", "Pub or bar", "40s to 70s", "Email", ">6<", "&lt;5"):
        assert text in row_k, text
    assert "shown as &lt;5" in page

    # --- CSV and the commands print the same table -------------------------------------
    response = client.get(reverse("reports:csv", args=["groups"]))
    table = list(csv.reader(io.StringIO(response.content.decode())))
    by_name = {r[0]: dict(zip(table[0], r, strict=True)) for r in table[1:]}
    assert by_name["Group C"]["How often"] == "Monthly"
    assert by_name["Group K"]["Most attending"] == "<5"
    out = io.StringIO()
    call_command("report_groups", "--format", "csv", stdout=out)
    assert [r[0] for r in csv.reader(io.StringIO(out.getvalue()))][1:] == [
        "Group A2",
        "Group C",
        "Group K",
    ]
    out = io.StringIO()
    call_command("report_funnel", "--format", "table", stdout=out)
    assert "All programmes" in out.getvalue() and "Reasons for not continuing" in out.getvalue()
