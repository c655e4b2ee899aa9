"""Journeys people take to get in, in a real browser on a phone-sized screen."""

import re

import pytest
from django.core import mail

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_participant_signs_in_with_a_code_on_a_phone(live_server, phone, participant):
    phone.goto(live_server.url + "/")
    phone.locator("main").get_by_role("button", name="Sign in").click()
    phone.get_by_label("Email address").first.fill(participant.email)
    phone.get_by_role("button", name="Email me a sign-in code").click()

    phone.wait_for_url(re.compile(r"/accounts/login/code/confirm/"))
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    phone.get_by_label(re.compile("code", re.I)).first.fill(code)
    phone.get_by_role("button", name=re.compile("sign in|confirm|continue", re.I)).first.click()

    phone.wait_for_url(live_server.url + "/")
    assert participant.display_name in phone.content()


def test_help_link_is_visible_on_a_phone_without_signing_in(live_server, phone):
    phone.goto(live_server.url + "/")
    link = phone.get_by_role("link", name="Need help now?").first
    assert link.is_visible()
    link.click()
    phone.wait_for_url(live_server.url + "/help/")
    assert "116 123" in phone.content()


def test_staff_without_authenticator_is_sent_to_set_one_up(live_server, phone, service):
    from pmp_followon.accounts.models import Role
    from tests.factories import STAFF_PASSWORD, UserFactory

    staff = UserFactory(service=service, role=Role.CLINICIAN, password=STAFF_PASSWORD)
    phone.goto(live_server.url + "/accounts/login/")
    phone.get_by_text("Staff: sign in with your password").click()
    phone.locator("input[name=login]").fill(staff.email)
    phone.locator("input[name=password]").fill(STAFF_PASSWORD)
    phone.get_by_role("button", name="Sign in with password").click()
    phone.wait_for_load_state()
    phone.goto(live_server.url + "/")
    assert "/accounts/2fa/totp/activate/" in phone.url
