"""A staff account with no authenticator app is sent to set one up from every page."""

import pytest
from django.urls import reverse

from tests.factories import STAFF_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

PAGES = ["/", "/admin/", "/no-such-page/"]


@pytest.fixture
def staff_without_mfa(service):
    from pmp_followon.accounts.models import Role

    return UserFactory(service=service, role=Role.CLINICIAN, password=STAFF_PASSWORD)


@pytest.mark.parametrize("path", PAGES)
def test_staff_without_mfa_is_sent_to_set_it_up(client, staff_without_mfa, path):
    client.force_login(staff_without_mfa)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_staff_without_mfa_can_reach_setup_and_help(client, staff_without_mfa):
    from pmp_followon.accounts import services

    client.force_login(staff_without_mfa)
    # Without the invitation link opened in this browser, the set-up page explains why not.
    refused = client.get(reverse("mfa_activate_totp"))
    assert refused.status_code == 403
    assert "Open your invitation link" in refused.content.decode()
    session = client.session
    session[services.INVITATION_SESSION_KEY] = services.invitation_send(
        user=staff_without_mfa, invited_by=None
    ).pk
    session.save()
    # allauth may first ask them to confirm who they are; either way they stay in /accounts/.
    response = client.get(reverse("mfa_activate_totp"), follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"].startswith("/accounts/")
    assert client.get(reverse("help_now")).status_code == 200


@pytest.mark.parametrize("path", PAGES[:1])
def test_staff_with_mfa_reaches_pages(client, clinician, path):
    client.force_login(clinician)
    assert client.get(path).status_code == 200


def test_participant_is_not_asked_for_mfa(client, participant):
    client.force_login(participant)
    assert client.get("/").status_code == 200


def test_ptv_counts_as_staff_for_mfa(client, service):
    from pmp_followon.accounts.models import Role

    volunteer = UserFactory(service=service, role=Role.PTV, password=STAFF_PASSWORD)
    client.force_login(volunteer)
    assert client.get("/").status_code == 302
