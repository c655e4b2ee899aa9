"""The evaluation export: pseudonymised CSVs and a data dictionary in one zip, recorded in
the audit. Markers planted in names, emails, phone numbers, free text and posts must not
appear anywhere in it."""

from __future__ import annotations

import csv
import datetime
import io
import zipfile

import pytest
from django.urls import reverse

from tests.reports.conftest import EMAIL_MARK, NAME_MARK, PHONE, POST_MARK, Person

pytestmark = pytest.mark.django_db

FILES = {
    "participants.csv",
    "programmes.csv",
    "enrolments.csv",
    "groups.csv",
    "memberships.csv",
    "meetings.csv",
    "attendance.csv",
    "data_dictionary.csv",
}


@pytest.fixture
def built(world):
    people = [
        Person(volunteer=True, gender="man", year_of_birth=1971, ethnic="M"),
        Person(),
        Person(),
        Person(choice="prefer_not", reasons=("commitments",)),
    ]
    built = world.programme(datetime.date(2017, 1, 10), people)
    world.group(built, name="Secret Group Name", keeps_in_touch=["app", "whatsapp"])
    world.meeting(built, datetime.date(2017, 4, 18), built.people[:3], kind="pub")
    world.meeting(built, datetime.date(2017, 5, 16), built.people[:2], kind="cafe")
    world.post(built, built.people[1], datetime.date(2017, 5, 20))
    world.leave(built, built.people[2], datetime.date(2017, 5, 25), reason="commitments")
    return built


def _download(client) -> dict[str, str]:
    response = client.post(reverse("reports:export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {name: archive.read(name).decode() for name in archive.namelist()}


def test_export_has_no_names_contacts_or_text(built, staff_client, clinician):
    from reports.models import ReportEvent

    files = _download(staff_client(clinician))
    assert set(files) == FILES
    everything = "\n".join(files.values()).lower()
    planted = [
        NAME_MARK,
        EMAIL_MARK,
        "@example.org",
        PHONE,
        PHONE[1:],
        POST_MARK,
        "SECRET-REASON-TEXT",
        "SECRET-LEAVING-TEXT",
        "Secret Group Name",
        built.programme.name,
        "The pub place",
        "Riverside Hospital",
        clinician.display_name,
        clinician.email,
    ]
    for marker in planted:
        assert marker.lower() not in everything, marker
    event = ReportEvent.objects.get(verb="export_downloaded")
    assert event.actor == clinician and event.service == clinician.service
    assert event.detail["rows"]["participants.csv"] == len(built.people)


def test_export_rows_are_keyed_and_joinable(built, staff_client, clinician):
    files = _download(staff_client(clinician))
    table = {name: list(csv.DictReader(io.StringIO(text))) for name, text in files.items()}
    people = {r["participant"]: r for r in table["participants.csv"]}
    assert len(people) == len(built.people)
    assert all(key.startswith("P-") and len(key) > 6 for key in people)
    assert {str(p.pk) for p in built.people}.isdisjoint(people)
    assert sorted(r["gender"] for r in people.values()) == ["man", "woman", "woman", "woman"]
    assert sum(r["came_to_a_group_meeting"] == "yes" for r in people.values()) == 3
    attended = [r for r in table["attendance.csv"] if r["came"] == "yes"]
    assert len(attended) == 3 + 2
    assert {r["participant"] for r in attended} <= set(people)
    meetings = {r["meeting"]: r for r in table["meetings.csv"]}
    assert {r["meeting"] for r in attended} <= set(meetings)
    assert sorted(r["venue_kind"] for r in meetings.values()) == ["cafe", "pub"]
    enrolments = table["enrolments.csv"]
    assert sorted(r["continue_choice"] for r in enrolments) == [
        "keen",
        "keen",
        "keen",
        "prefer_not",
    ]
    assert any(r["reasons"] == "commitments" for r in enrolments)
    assert [r["left_reason"] for r in table["memberships.csv"] if r["left_reason"]] == [
        "commitments"
    ]
    columns = {(r["file"], r["column"]) for r in table["data_dictionary.csv"]}
    for name, rows in table.items():
        if name != "data_dictionary.csv":
            assert {(name, c) for c in rows[0]} <= columns, name


def test_keys_are_new_for_every_export(built, staff_client, clinician):
    client = staff_client(clinician)
    first = {
        r["participant"] for r in csv.DictReader(io.StringIO(_download(client)["participants.csv"]))
    }
    second = {
        r["participant"] for r in csv.DictReader(io.StringIO(_download(client)["participants.csv"]))
    }
    assert first.isdisjoint(second)


def test_export_page(staff_client, clinician):
    page = staff_client(clinician).get(reverse("reports:export"))
    assert page.status_code == 200
    assert "random key made for this download only" in page.content.decode()
