"""The evaluation profile: entered by a clinician with the participant's agreement,
audited (which fields changed, never their values), append-only audit."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from tests.reports.conftest import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(world):
    return world.programme(datetime.date(2017, 1, 10), [Person(volunteer=True)]).people[0]


def test_clinician_records_a_profile_with_agreement(person, staff_client, clinician):
    from reports.models import ParticipantProfile, ReportEvent

    before = ReportEvent.objects.count()
    response = staff_client(clinician).post(
        reverse("reports:profile", args=[person.pk]),
        {
            "agreed": "on",
            "gender": "man",
            "year_of_birth": "1961",
            "ethnic_category": "N",
            "condition_category": "crps",
        },
    )
    assert response.status_code == 302
    profile = ParticipantProfile.objects.get(participant=person)
    assert (
        profile.gender,
        profile.year_of_birth,
        profile.ethnic_category,
        profile.condition_category,
    ) == ("man", 1961, "N", "crps")
    assert profile.recorded_by == clinician
    event = ReportEvent.objects.order_by("-id").first()
    assert ReportEvent.objects.count() == before + 1
    assert event.verb == "profile_saved" and event.actor == clinician
    assert set(event.detail["changed"]) == {
        "gender",
        "year_of_birth",
        "ethnic_category",
        "condition_category",
    }
    assert "1961" not in str(event.detail) and "crps" not in str(event.detail)


def test_answers_need_agreement(person, staff_client, clinician):
    from reports.models import ParticipantProfile

    before = ParticipantProfile.objects.get(participant=person).gender
    response = staff_client(clinician).post(
        reverse("reports:profile", args=[person.pk]), {"gender": "other"}
    )
    assert response.status_code == 200
    assert "Tick the box to say the participant agreed" in response.content.decode()
    assert ParticipantProfile.objects.get(participant=person).gender == before


def test_withdrawing_agreement_clears_every_answer(person, staff_client, clinician):
    from reports.models import ParticipantProfile, ReportEvent

    response = staff_client(clinician).post(reverse("reports:profile", args=[person.pk]), {})
    assert response.status_code == 302, response.content.decode()[-3000:]
    profile = ParticipantProfile.objects.get(participant=person)
    assert profile.is_empty and not profile.agreed
    assert ReportEvent.objects.order_by("-id").first().verb == "profile_cleared"


def test_implausible_year_of_birth(person, staff_client, clinician):
    response = staff_client(clinician).post(
        reverse("reports:profile", args=[person.pk]), {"agreed": "on", "year_of_birth": "1800"}
    )
    assert response.status_code == 200
    assert "Year of birth must be between" in response.content.decode()


def test_the_form_uses_the_nhsuk_layout(person, staff_client, clinician):
    page = staff_client(clinician).get(reverse("reports:profile", args=[person.pk]))
    html = page.content.decode()
    assert 'class="nhsuk-radios' in html and 'class="nhsuk-select' in html
    assert 'id="id_year_of_birth"' in html and 'inputmode="numeric"' in html


def test_audit_rows_cannot_be_changed_or_deleted(person):
    from reports.models import AppendOnlyError, ReportEvent

    event = ReportEvent.objects.first()
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        ReportEvent.objects.all().update(verb="x")
    with pytest.raises(AppendOnlyError):
        ReportEvent.objects.all().delete()
