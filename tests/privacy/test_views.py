"""Every privacy page: the permitted person, an outsider, a read-only role, the wrong method."""

from __future__ import annotations

import pytest
from django.urls import reverse

from privacy import services
from privacy.models import LegalHold, PrivacyAction, PrivacyEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_lead(other_service):
    from pmp_followon.accounts.models import Role
    from tests.conftest import _staff

    return _staff(other_service, Role.CLINICIAN, is_clinical_lead=True, display_name="Dr Far")


def _status(client, user, method, url, data=None):
    client.logout()
    if user is not None:
        client.force_login(user)
    return getattr(client, method)(url, data or {}).status_code


@pytest.mark.parametrize("name", ["privacy:overview", "privacy:view", "privacy:details"])
def test_own_pages(client, participant, clinician, name):
    url = reverse(name)
    assert _status(client, participant, "get", url) == 200
    assert _status(client, clinician, "get", url) == 200  # staff have data too
    assert _status(client, None, "get", url) == 302  # signed out: to sign in
    assert _status(client, participant, "put", url) == 405


def test_download_request(client, participant):
    url = reverse("privacy:download_request")
    assert _status(client, participant, "post", url) == 302
    assert _status(client, None, "post", url) == 302
    assert _status(client, participant, "get", url) == 405


def test_download_link(client, participant, outsider):
    export = services.data_export_request(actor=participant)
    url = reverse("privacy:download", args=[services.data_export_token(export)])
    assert _status(client, participant, "get", url) == 200
    assert _status(client, outsider, "get", url) == 404
    assert _status(client, None, "get", url) == 302
    assert _status(client, participant, "post", url) == 405


def test_leave_page(client, participant, clinician):
    url = reverse("privacy:leave")
    assert _status(client, participant, "get", url) == 200
    assert _status(client, clinician, "get", url) == 403  # staff accounts are closed by admins
    assert _status(client, clinician, "post", url, {"confirm": "on"}) == 403
    assert _status(client, None, "get", url) == 302
    assert _status(client, participant, "put", url) == 405
    # Not confirmed: the form says so, nothing happens.
    assert _status(client, participant, "post", url, {}) == 200
    participant.refresh_from_db()
    assert participant.is_active


def test_left_page(client):
    assert _status(client, None, "get", reverse("privacy:left")) == 200
    assert _status(client, None, "post", reverse("privacy:left")) == 405


def test_participant_pages(client, participant, clinician, ptv, other_service_clinician):
    url = reverse("privacy:participants")
    assert _status(client, clinician, "get", url, {"q": "Jean"}) == 200
    assert _status(client, ptv, "get", url) == 403
    assert _status(client, participant, "get", url) == 404
    assert _status(client, clinician, "post", url) == 405
    leave = reverse("privacy:participant_leave", args=[participant.pk])
    assert _status(client, clinician, "get", leave) == 200
    assert _status(client, ptv, "get", leave) == 403
    assert _status(client, other_service_clinician, "get", leave) == 404
    assert _status(client, participant, "get", leave) == 404
    assert _status(client, clinician, "put", leave) == 405


def test_hold_pages(client, participant, clinical_lead, duty_clinician, clinician, other_lead):
    url = reverse("privacy:holds")
    assert _status(client, clinical_lead, "get", url) == 200
    assert (
        _status(
            client, clinical_lead, "post", url, {"person": participant.pk, "reason": "Complaint"}
        )
        == 302
    )
    hold = LegalHold.objects.get(person=participant)
    assert _status(client, duty_clinician, "get", url) == 200  # reviewers see holds
    assert (
        _status(client, duty_clinician, "post", url, {"person": participant.pk, "reason": "x"})
        == 403
    )
    assert _status(client, clinician, "get", url) == 404
    assert _status(client, participant, "get", url) == 404
    assert _status(client, clinical_lead, "put", url) == 405

    release = reverse("privacy:hold_release", args=[hold.pk])
    assert _status(client, duty_clinician, "get", release) == 403
    assert _status(client, other_lead, "get", release) == 404
    assert _status(client, participant, "get", release) == 404
    assert _status(client, clinical_lead, "put", release) == 405
    assert _status(client, clinical_lead, "get", release) == 200
    assert _status(client, clinical_lead, "post", release, {"reason": "Closed"}) == 302
    hold.refresh_from_db()
    assert not hold.is_active
    actions = list(
        PrivacyEvent.objects.filter(person=participant)
        .order_by("at", "pk")
        .values_list("action", flat=True)
    )
    assert actions == [PrivacyAction.HOLD_SET, PrivacyAction.HOLD_RELEASED]


def test_correcting_details_is_audited_without_values(client, participant):
    client.force_login(participant)
    response = client.post(
        reverse("privacy:details"), {"display_name": "Jean Corrected", "mobile": ""}
    )
    assert response.status_code == 302
    participant.refresh_from_db()
    assert participant.display_name == "Jean Corrected" and not participant.mobile
    event = PrivacyEvent.objects.get(person=participant, action=PrivacyAction.DETAILS_CORRECTED)
    assert event.detail == {"changed": ["display_name", "mobile"]}
    page = client.get(reverse("privacy:details")).content.decode()
    assert reverse("account_email") in page


def test_audit_rows_cannot_be_changed_or_deleted(participant):
    from safeguarding.models import AppendOnlyError

    services.data_viewed(actor=participant)
    event = PrivacyEvent.objects.get()
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        PrivacyEvent.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        PrivacyEvent.objects.update(action="x")


def test_home_page_links_to_your_information(client, participant):
    client.force_login(participant)
    assert reverse("privacy:overview") in client.get(reverse("home")).content.decode()
