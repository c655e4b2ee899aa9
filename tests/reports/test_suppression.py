"""Small-number suppression: 1 to 4 shown as <5, and any cell from which one could be
worked out by subtraction (secondary suppression), on pages and in CSV."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.urls import reverse

from reports.suppression import People, difference, suppress
from tests.reports.conftest import Person


def test_primary_suppression_and_zero():
    cells = [People(0), People(1), People(4), People(5), People(12)]
    suppress([], cells)
    assert [str(c) for c in cells] == ["0", "<5", "<5", "5", "12"]


def test_secondary_suppression_in_a_row_with_a_total():
    men, women, other, total = People(1), People(5), People(0), People(6)
    suppress([[men, women, other, total]])
    # 6 - 5 - 0 would give the 1 away, so the 5 goes too (a zero would protect nothing).
    assert [str(c) for c in (men, women, other, total)] == ["<5", "<5", "0", "6"]


def test_secondary_suppression_across_rows_and_columns():
    # Two rows and their totals; one small cell must take three others with it.
    a1, a2, b1, b2 = People(3), People(10), People(8), People(9)
    row_a, row_b = People(13), People(17)
    col_1, col_2, grand = People(11), People(19), People(30)
    suppress(
        [
            [a1, a2, row_a],
            [b1, b2, row_b],
            [a1, b1, col_1],
            [a2, b2, col_2],
            [row_a, row_b, grand],
            [col_1, col_2, grand],
        ]
    )
    hidden = {
        name for name, cell in {"a1": a1, "a2": a2, "b1": b1, "b2": b2}.items() if cell.suppressed
    }
    assert hidden == {"a1", "a2", "b1", "b2"}
    for constraint in ([a1, a2, row_a], [b1, b2, row_b], [a1, b1, col_1], [a2, b2, col_2]):
        assert sum(c.suppressed for c in constraint) != 1


def test_a_hidden_difference_protects_nested_counts():
    shared, checked = People(9), People(7)
    suppress([[shared, checked, difference(shared, checked)]])
    assert checked.suppressed and not shared.suppressed


@pytest.mark.django_db
def test_page_and_csv_show_suppressed_cells(world, staff_client, clinician):
    # Six people: two men and four women, nobody comes to a group meeting.
    world.programme(
        datetime.date(2017, 1, 10),
        [
            Person(gender="man"),
            Person(gender="man"),
            *[Person(gender="woman") for _i in range(4)],
        ],
    )
    client = staff_client(clinician)
    page = client.get(reverse("reports:people")).content.decode()
    assert "shown as &lt;5" in page and "Zero is shown" in page
    row = page.split('data-row="not_attended"')[1].split("</tr>")[0]
    assert ">6<" in row and row.count("&lt;5") == 2  # men 2, women 4: both small
    response = client.get(reverse("reports:csv", args=["gender"]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    header, data = rows[0], {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert "Women" in header
    not_attended = data["Did not come to a group meeting"]
    assert (not_attended["People"], not_attended["Men"], not_attended["Women"]) == ("6", "<5", "<5")
    assert "2" not in {not_attended["Men"], not_attended["Women"]}
