"""The service admin's people pages: permitted, outsider, read-only role, wrong method."""

import pytest
from django.urls import reverse

from pmp_followon.accounts.models import Role, User
from pmp_followon.notifications.models import Notification

pytestmark = pytest.mark.django_db

LIST = reverse("accounts:people")
INVITE = reverse("accounts:invite")


def _invite_data(**overrides):
    data = {
        "display_name": "Brenda Price",
        "email": "Brenda@Example.org",
        "role": Role.PARTICIPANT,
        "mobile": "",
        "preferred_channel": "email",
    }
    data.update(overrides)
    return data


def test_admin_sees_people_in_their_service_only(
    client, service_admin, clinician, other_service_clinician
):
    client.force_login(service_admin)
    response = client.get(LIST)
    assert response.status_code == 200
    assert clinician.email in response.content.decode()
    assert other_service_clinician.email not in response.content.decode()


def test_admin_invites_a_participant_who_gets_one_email(client, service_admin):
    client.force_login(service_admin)
    response = client.post(INVITE, _invite_data())
    assert response.status_code == 302
    person = User.objects.get(email="brenda@example.org")
    assert person.service == service_admin.service
    assert not person.has_usable_password()
    rows = Notification.objects.filter(recipient=person, kind="accounts.invitation")
    assert rows.count() == 1


def test_duplicate_email_is_a_clear_error_and_keeps_what_was_typed(
    client, service_admin, participant
):
    client.force_login(service_admin)
    response = client.post(INVITE, _invite_data(email=participant.email, display_name="Typed"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "already has an account" in body
    assert 'value="Typed"' in body


def test_sms_without_a_mobile_is_refused(client, service_admin):
    client.force_login(service_admin)
    response = client.post(INVITE, _invite_data(preferred_channel="sms"))
    assert response.status_code == 200
    assert not User.objects.filter(email="brenda@example.org").exists()


def test_landline_is_refused(client, service_admin):
    client.force_login(service_admin)
    response = client.post(INVITE, _invite_data(mobile="020 7946 0000"))
    assert response.status_code == 200
    assert "landline" in response.content.decode()


def test_clinical_lead_may_read_but_not_invite(client, clinical_lead):
    client.force_login(clinical_lead)
    assert client.get(LIST).status_code == 200
    assert client.get(INVITE).status_code == 403
    assert client.post(INVITE, _invite_data()).status_code == 403
    assert not User.objects.filter(email="brenda@example.org").exists()


@pytest.mark.parametrize("url", [LIST, INVITE])
def test_outsiders_and_participants_get_404(client, outsider, participant, clinician, url):
    for person in (outsider, participant, clinician):
        client.force_login(person)
        assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", [LIST, INVITE])
def test_signed_out_people_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_wrong_method(client, service_admin):
    client.force_login(service_admin)
    assert client.post(LIST).status_code == 405
    assert client.put(INVITE).status_code == 405


def test_people_list_queries_do_not_grow_with_people(client, service_admin, service):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import UserFactory

    client.force_login(service_admin)

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(LIST).status_code == 200
        return len(ctx.captured_queries)

    UserFactory.create_batch(2, service=service)
    small = count()
    UserFactory.create_batch(25, service=service)
    assert count() == small
