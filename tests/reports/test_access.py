"""Who may read the reports: clinicians, clinical leads and service admins of the service.
Participants and outsiders get 404, staff in another role 403, the wrong method 405."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGES = ["groups", "funnel", "group_life", "people"]
ALL_PAGES = [*PAGES, "safeguarding"]


@pytest.fixture
def participant_with_profile(world, service, clinician):
    import datetime

    from tests.reports.conftest import Person

    built = world.programme(datetime.date(2017, 1, 10), [Person(volunteer=True)])
    return built.people[0]


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("persona", ["clinician", "clinical_lead", "service_admin"])
def test_staff_who_may_read(request, staff_client, name, persona):
    response = staff_client(request.getfixturevalue(persona)).get(reverse(f"reports:{name}"))
    assert response.status_code == 200
    assert "shown as &lt;5" in response.content.decode()


@pytest.mark.parametrize("persona", ["clinical_lead", "service_admin"])
def test_safeguarding_figures_for_leads_and_admins(request, staff_client, persona):
    response = staff_client(request.getfixturevalue(persona)).get(reverse("reports:safeguarding"))
    assert response.status_code == 200


def test_safeguarding_figures_not_for_other_clinicians(staff_client, clinician):
    client = staff_client(clinician)
    assert client.get(reverse("reports:safeguarding")).status_code == 403
    assert client.get(reverse("reports:csv", args=["safeguarding"])).status_code == 403
    assert "Safeguarding figures" not in client.get(reverse("reports:groups")).content.decode()


@pytest.mark.parametrize("name", ALL_PAGES)
def test_ptv_is_forbidden(staff_client, ptv, name):
    assert staff_client(ptv).get(reverse(f"reports:{name}")).status_code == 403


@pytest.mark.parametrize("name", ALL_PAGES)
@pytest.mark.parametrize("persona", ["participant", "outsider"])
def test_participants_and_outsiders_get_not_found(request, client, name, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse(f"reports:{name}")).status_code == 404
    assert client.get(reverse("reports:csv", args=["groups"])).status_code == 404
    assert client.get(reverse("reports:export")).status_code == 404
    assert client.post(reverse("reports:export")).status_code == 404


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get(reverse("reports:groups"))
    assert response.status_code == 302 and "/accounts/" in response["Location"]


@pytest.mark.parametrize("name", ALL_PAGES)
def test_wrong_method(staff_client, clinical_lead, name):
    client = staff_client(clinical_lead)
    assert client.post(reverse(f"reports:{name}")).status_code == 405
    assert client.delete(reverse("reports:export")).status_code == 405


def test_unknown_table_is_not_found(staff_client, clinician):
    assert staff_client(clinician).get(reverse("reports:csv", args=["nothing"])).status_code == 404


def test_another_service_sees_only_its_own_figures(world, staff_client, other_service_clinician):
    import datetime

    from tests.reports.conftest import Person

    built = world.programme(datetime.date(2017, 1, 10), [Person(), Person()])
    client = staff_client(other_service_clinician)
    page = client.get(reverse("reports:funnel")).content.decode()
    assert built.programme.name not in page
    # Filtering on our programme is not a choice they have: the figures stay theirs.
    page = client.get(reverse("reports:funnel"), {"programme": built.programme.pk})
    assert page.status_code == 200
    assert built.programme.name not in page.content.decode()


def test_profile_pages(
    participant_with_profile,
    staff_client,
    clinician,
    ptv,
    other_service_clinician,
    service_admin,
    client,
    participant,
):
    url = reverse("reports:profile", args=[participant_with_profile.pk])
    assert staff_client(clinician).get(url).status_code == 200
    assert staff_client(clinician).get(reverse("reports:profiles")).status_code == 200
    assert staff_client(other_service_clinician).get(url).status_code == 404
    assert staff_client(ptv).get(url).status_code == 403
    assert staff_client(service_admin).get(url).status_code == 403
    client.force_login(participant)
    assert client.get(url).status_code == 404
    client.force_login(clinician)
    assert client.put(url).status_code == 405
