"""Sign-in: participants by emailed code; staff by password, then their authenticator app."""

import re

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse

from tests.factories import STAFF_PASSWORD, UserFactory, add_totp

pytestmark = pytest.mark.django_db


def _code_from_email(message) -> str:
    match = re.search(r"\b(\d{6})\b", message.body)
    assert match, message.body
    return match.group(1)


def test_participant_signs_in_with_emailed_code(client, participant):
    response = client.post(reverse("account_request_login_code"), {"email": participant.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [participant.email]
    code = _code_from_email(mail.outbox[0])

    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(participant.pk)


def test_wrong_code_does_not_sign_in(client, participant):
    client.post(reverse("account_request_login_code"), {"email": participant.email})
    real = _code_from_email(mail.outbox[0])
    wrong = "ZZZZZZ" if real != "ZZZZZZ" else "YYYYYY"
    response = client.post(reverse("account_confirm_login_code"), {"code": wrong})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_unknown_email_gets_no_code_and_no_hint(client):
    response = client.post(reverse("account_request_login_code"), {"email": "nobody@example.org"})
    # Same next step as a real account, so nobody can find out who uses the service.
    assert response.status_code == 302
    assert all("nobody@example.org" not in m.to for m in mail.outbox if "code" in m.body.lower())


def test_staff_cannot_sign_in_with_a_code(client, clinician):
    client.post(reverse("account_request_login_code"), {"email": clinician.email})
    code = _code_from_email(mail.outbox[0])
    client.post(reverse("account_confirm_login_code"), {"code": code})
    assert "_auth_user_id" not in client.session


def _current_totp(secret: str) -> str:
    import time

    from allauth.mfa import app_settings

    return format_hotp_value(hotp_value(secret, int(time.time()) // app_settings.TOTP_PERIOD))


def test_staff_password_then_authenticator_code(client, service):
    from pmp_followon.accounts.models import Role

    staff = UserFactory(service=service, role=Role.CLINICIAN, password=STAFF_PASSWORD)
    secret = add_totp(staff)
    response = client.post(
        reverse("account_login"), {"login": staff.email, "password": STAFF_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session

    response = client.post(reverse("mfa_authenticate"), {"code": _current_totp(secret)})
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(staff.pk)


def test_open_sign_up_is_closed(client):
    response = client.post(
        reverse("account_signup"), {"email": "new@example.org", "password1": "x" * 20}
    )
    from pmp_followon.accounts.models import User

    assert not User.objects.filter(email="new@example.org").exists()
    assert response.status_code in (200, 403)
