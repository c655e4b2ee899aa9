"""The allauth pages people meet, in NHS.UK markup, with allauth's own field names."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from pmp_followon.accounts.models import Role
from tests.factories import STAFF_PASSWORD, UserFactory, add_totp, current_totp
from tests.ui.htmltree import parse

pytestmark = pytest.mark.django_db


def page_of(response):
    return parse(response.content)


def assert_in_layout(page):
    assert page.find("header", cls="nhsuk-header") is not None
    assert page.find("header").find("a", href=reverse("help_now")) is not None
    assert page.find("footer", cls="nhsuk-footer") is not None
    assert page.find("body").focusable()[0].attrs["href"] == "#maincontent"


# --- sign in ----------------------------------------------------------------------------
def test_sign_in_leads_with_the_emailed_code(client):
    page = page_of(client.get(reverse("account_login")))
    assert_in_layout(page)
    main = page.find("main")
    assert main.find("h1").text == "Sign in"
    forms = main.find_all("form")
    code_form, password_form = forms
    assert code_form.attrs["action"] == reverse("account_request_login_code")
    assert code_form.attrs["method"] == "post"
    email = code_form.find("input", name="email")
    assert email.attrs["type"] == "email"
    assert email.attrs["autocomplete"] == "email"
    assert code_form.find("label", for_=email.attrs["id"]).text == "Email address"
    button = code_form.find("button")
    assert button.text == "Email me a sign-in code"
    assert button.classes == {"nhsuk-button"}
    # The first button on the page is the participants' one.
    assert main.find_all("button")[0] is button


def test_staff_password_route_is_second_on_the_same_page(client):
    page = page_of(client.get(reverse("account_login")))
    details = page.find("details", cls="nhsuk-details")
    assert details.find("summary").text == "Staff: sign in with your password"
    assert "open" not in details.attrs
    form = details.find("form")
    assert form.attrs["action"] == reverse("account_login")
    assert form.find("input", name="login") is not None
    assert form.find("input", name="password").attrs["type"] == "password"
    assert "nhsuk-button--secondary" in form.find("button").classes
    assert details.find("a", href=reverse("account_reset_password")) is not None


def test_wrong_password_opens_the_staff_route_with_an_error_summary(client, clinician):
    response = client.post(
        reverse("account_login"), {"login": clinician.email, "password": "wrong password"}
    )
    page = page_of(response)
    assert "open" in page.find("details").attrs
    summaries = page.find_all(cls="nhsuk-error-summary")
    assert len(summaries) == 1
    main = page.find("main")
    order = list(main.iter())
    assert order.index(summaries[0]) < order.index(main.find("h1"))


def test_request_code_page(client):
    page = page_of(client.get(reverse("account_request_login_code")))
    assert_in_layout(page)
    form = page.find("main").find("form")
    assert form.find("input", name="email") is not None
    assert form.find("button").text == "Email me a sign-in code"


def test_request_code_with_a_bad_email_shows_the_error(client):
    page = page_of(client.post(reverse("account_request_login_code"), {"email": "nonsense"}))
    link = page.find(cls="nhsuk-error-summary").find("a")
    assert link.attrs["href"] == "#id_email"
    assert "nhsuk-input--error" in page.by_id("id_email").classes


def _request_code(client, email):
    response = client.post(reverse("account_request_login_code"), {"email": email})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_confirm_login_code"))
    return response


def test_code_email_is_plain(client, participant):
    _request_code(client, participant.email)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Your sign-in code"
    assert "Your sign-in code is:" in message.body
    assert settings.SERVICE_NAME in message.body


def test_confirm_code_page(client, participant):
    _request_code(client, participant.email)
    page = page_of(client.get(reverse("account_confirm_login_code")))
    assert_in_layout(page)
    main = page.find("main")
    assert main.find("h1").text == "Check your email"
    assert participant.email in main.text
    code = main.find("input", name="code")
    assert code.attrs["autocomplete"] == "one-time-code"
    assert main.find("label", for_=code.attrs["id"]).text == "Sign-in code"
    assert main.find("form", id="logout-from-stage") is not None
    # No "code sent" banner repeating what the page says.
    assert page.find(cls="nhsuk-notification-banner") is None


def test_wrong_code_is_an_error_linked_to_the_box(client, participant):
    _request_code(client, participant.email)
    page = page_of(client.post(reverse("account_confirm_login_code"), {"code": "WRONG-CODE"}))
    assert page.find(cls="nhsuk-error-summary").find("a").attrs["href"] == "#id_code"
    assert "id_code-error" in page.by_id("id_code").attrs["aria-describedby"]


def test_signing_in_with_the_code(client, participant):
    _request_code(client, participant.email)
    code = re.search(r"Your sign-in code is:\s+(\S+)", mail.outbox[0].body).group(1)
    response = client.post(reverse("account_confirm_login_code"), {"code": code}, follow=True)
    page = page_of(response)
    assert page.find("h1").text == "Hello Jean"
    banner = page.find(cls="nhsuk-notification-banner--success")
    assert banner.attrs["role"] == "alert"
    assert banner.find("p").text == "You are signed in."


# --- other account pages ----------------------------------------------------------------
def test_sign_up_is_closed_in_plain_words(client):
    page = page_of(client.get(reverse("account_signup")))
    assert_in_layout(page)
    main = page.find("main")
    assert main.find("h1").text == "You cannot make an account here"
    assert "Accounts are made by your pain service" in main.text


def test_sign_out_page_posts(client, participant):
    client.force_login(participant)
    page = page_of(client.get(reverse("account_logout")))
    form = page.find("main").find("form")
    assert form.attrs["method"] == "post"
    assert form.attrs["action"] == reverse("account_logout")
    assert form.find("button").text == "Sign out"
    response = client.post(reverse("account_logout"), follow=True)
    assert page_of(response).find(cls="nhsuk-header__account") is None


def test_password_reset_page(client):
    page = page_of(client.get(reverse("account_reset_password")))
    assert_in_layout(page)
    form = page.find("main").find("form")
    assert form.attrs["action"] == reverse("account_reset_password")
    assert form.find("input", name="email") is not None
    done = page_of(
        client.post(
            reverse("account_reset_password"), {"email": "someone@example.org"}, follow=True
        )
    )
    assert done.find("h1").text == "Check your email"


# --- staff: authenticator app -----------------------------------------------------------
def test_mfa_code_page_is_one_question(client, service):
    staff = UserFactory(service=service, role=Role.CLINICIAN, password=STAFF_PASSWORD)
    add_totp(staff)
    response = client.post(
        reverse("account_login"), {"login": staff.email, "password": STAFF_PASSWORD}, follow=True
    )
    page = page_of(response)
    assert_in_layout(page)
    heading = page.find("main").find("h1")
    assert "nhsuk-label-wrapper" in heading.classes
    label = heading.find("label")
    assert label.text == "Enter the 6-digit code from your authenticator app"
    code = page.by_id(label.attrs["for"])
    assert code.attrs["name"] == "code"
    assert code.attrs["inputmode"] == "numeric"
    assert code.attrs["autocomplete"] == "one-time-code"
    wrong = page_of(client.post(reverse("mfa_authenticate"), {"code": "000000"}))
    assert wrong.find(cls="nhsuk-error-summary").find("a").attrs["href"] == "#id_code"


def _get_confirming_password(client, url):
    """GET a page; if allauth first asks for the password again, give it and retry."""
    response = client.get(url)
    if response.status_code == 302 and "reauthenticate" in response["Location"]:
        reauth = page_of(client.get(response["Location"]))
        assert reauth.find("h1").text == "Confirm it is you"
        client.post(reverse("account_reauthenticate"), {"password": STAFF_PASSWORD})
        response = client.get(url)
    return response


def _staff_without_authenticator_signed_in(client, service):
    from pmp_followon.accounts import services

    staff = UserFactory(service=service, role=Role.CLINICIAN, password=STAFF_PASSWORD)
    client.post(reverse("account_login"), {"login": staff.email, "password": STAFF_PASSWORD})
    # A first authenticator needs the invitation link opened in this browser (issue 14).
    session = client.session
    session[services.INVITATION_SESSION_KEY] = services.invitation_send(
        user=staff, invited_by=None
    ).pk
    session.save()
    return staff


def test_setting_up_the_authenticator_app(client, service):
    _staff_without_authenticator_signed_in(client, service)
    response = _get_confirming_password(client, reverse("mfa_activate_totp"))
    assert response.status_code == 200
    page = page_of(response)
    assert_in_layout(page)
    main = page.find("main")
    assert main.find("h1").text == "Set up your authenticator app"
    qr = main.find("img", cls="app-qr-code")
    assert qr.attrs["src"].startswith("data:image/svg+xml")
    assert qr.attrs["alt"]
    secret = response.context["form"].secret
    assert page.by_id("authenticator_secret").text == secret
    code = main.find("input", name="code")
    assert code.attrs["inputmode"] == "numeric"

    wrong = page_of(client.post(reverse("mfa_activate_totp"), {"code": "000000"}))
    assert wrong.find(cls="nhsuk-error-summary") is not None

    done = client.post(reverse("mfa_activate_totp"), {"code": current_totp(secret)}, follow=True)
    assert done.status_code == 200

    codes = _get_confirming_password(client, reverse("mfa_view_recovery_codes"))
    assert codes.status_code == 200
    codes_page = page_of(codes)
    assert codes_page.find("h1").text == "Recovery codes"
    box = codes_page.by_id("recovery_codes")
    assert box.tag == "textarea"
    assert len(box.text.split()) == len(codes.context["unused_codes"])


def test_other_authenticator_pages_use_the_layout(client, service):
    _staff_without_authenticator_signed_in(client, service)
    secret = _get_confirming_password(client, reverse("mfa_activate_totp")).context["form"].secret
    client.post(reverse("mfa_activate_totp"), {"code": current_totp(secret)})
    for name in ("mfa_index", "mfa_generate_recovery_codes", "mfa_deactivate_totp"):
        response = _get_confirming_password(client, reverse(name))
        assert response.status_code == 200, name
        page = page_of(response)
        assert_in_layout(page)
        assert len(page.find_all("h1")) == 1, name
        for button in page.find("main").find_all("button"):
            assert "nhsuk-button" in button.classes, name
