"""The signed-in home page sends each person to what they need, and nothing else."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _links(client, user):
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    return {link["url"] for link in response.context["home_links"]}


def test_participant_sees_their_groups_not_staff_pages(client, participant):
    links = _links(client, participant)
    assert reverse("groups:my_groups") in links
    assert reverse("safeguarding:alert_list") not in links
    assert reverse("programmes:list") not in links


def test_clinician_sees_programmes_not_alerts(client, clinician):
    links = _links(client, clinician)
    assert reverse("programmes:list") in links
    assert reverse("safeguarding:alert_list") not in links


def test_duty_clinician_sees_alerts(client, duty_clinician):
    assert reverse("safeguarding:alert_list") in _links(client, duty_clinician)


def test_service_admin_sees_people_and_problems(client, service_admin):
    links = _links(client, service_admin)
    assert reverse("accounts:people") in links
    assert reverse("notifications:problems") in links
    assert reverse("groups:my_groups") not in links


def test_every_home_link_opens_for_the_person_it_is_shown_to(
    client, participant, clinician, duty_clinician, service_admin
):
    for person in (participant, clinician, duty_clinician, service_admin):
        for url in _links(client, person):
            assert client.get(url).status_code == 200, (person.role, url)


def test_visitors_get_no_links(client):
    response = client.get("/")
    assert response.context["home_links"] == []
