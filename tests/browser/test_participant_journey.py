"""The participant's journey (walked at 320 px and 1280 px, each page also checked at 375 px):
sign in with a code from their email, find their programme from the home page, say whether they
want to keep meeting, share their email with the others and prove it works with a second code.

The codes are read from Django's mail outbox, as the person would read their email.
"""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from tests.browser.conftest import check_page, tap
from tests.dates import not_a_bank_holiday

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROGRAMME = "Monday PMP, browser test"
EMAIL = "jean.p@example.org"


@pytest.fixture
def enrolment(clinician):
    """Jean is on a programme that started seven weeks ago (its handover is under way)."""
    from programmes import services

    start = not_a_bank_holiday(timezone.localdate() - datetime.timedelta(weeks=7), -1)
    then = timezone.now() - datetime.timedelta(weeks=8)
    programme = services.programme_create(
        actor=clinician,
        name=PROGRAMME,
        venue="Riverside Hospital, Room 4",
        first_session_date=start,
        start_time=datetime.time(10),
        session_count=10,
        discipline="physiotherapist",
        now=then,
    )
    return services.participant_enrol(
        actor=clinician,
        programme=programme,
        email=EMAIL,
        display_name="Jean Baker",
        mobile="07700900982",
        referral_source="gp",
        referral_date=start - datetime.timedelta(days=60),
        now=then,
    )


def _latest_code(to: str) -> str:
    for message in reversed(mail.outbox):
        if to in message.to:
            found = re.search(r"\b(\d{6})\b", message.body)
            if found:
                return found.group(1)
    raise AssertionError(f"no code emailed to {to}: {[m.subject for m in mail.outbox]}")


def test_participant_signs_in_answers_and_shares_their_contacts(live_server, screen, enrolment):
    from programmes.models import ContactConsent, ParticipantChoice

    page = screen
    mail.outbox.clear()

    # Sign in with a code sent to their email.
    page.goto(live_server.url + "/")
    check_page(page, "welcome")
    tap(page, "Sign in", within=page.locator("main"))
    page.get_by_label("Email address").first.fill(EMAIL)
    check_page(page, "sign-in")
    page.get_by_role("button", name="Email me a sign-in code").click()
    page.get_by_label(re.compile("code", re.I)).first.wait_for()
    check_page(page, "sign-in-code")
    page.get_by_label(re.compile("code", re.I)).first.fill(_latest_code(EMAIL))
    page.get_by_role("button", name=re.compile("sign in|confirm|continue", re.I)).first.click()
    page.get_by_role("heading", name=re.compile("Hello Jean")).wait_for()
    check_page(page, "home")

    # The home page shows their programme and the question waiting for an answer.
    home = page.locator("main")
    assert home.get_by_text(PROGRAMME).first.is_visible()
    tap(page, "Tell us if you want to keep meeting", exact=False, within=home)
    page.get_by_role("heading", name="After the programme").wait_for()
    check_page(page, "after-the-programme")

    page.get_by_label("Yes, I want to keep meeting and I will come to the first meeting").check()
    page.get_by_label(re.compile("I could help organise the group")).check()
    check_page(page, "answer")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Your answer is saved.", exact=False).first.wait_for()
    check_page(page, "answer-saved")
    choice = ParticipantChoice.objects.get(enrolment=enrolment)
    assert choice.continue_choice == "keen" and choice.volunteers_to_organise

    # Share their email with the others, then prove it works.
    tap(page, re.compile("Choose which contact details to share"))
    page.get_by_role("heading", name="Your contact details", level=1).wait_for()
    check_page(page, "contact-details")
    # One page per action: choose what is shared, then check a detail with a code.
    tap(page, re.compile("Change what is shared"))
    page.get_by_role("heading", name="What is shared", level=1).wait_for()
    page.get_by_label("Email", exact=True).check()
    page.get_by_role("button", name="Save what is shared").click()
    page.get_by_text("Saved.", exact=False).first.wait_for()
    check_page(page, "contacts-saved")
    assert ContactConsent.objects.filter(
        enrolment=enrolment, kind="email", withdrawn_at__isnull=True
    ).exists()

    mail.outbox.clear()
    tap(page, re.compile("Check the email address with a code"))
    page.get_by_role("heading", name="Check the email address", level=1).wait_for()
    page.get_by_role("button", name="Send a code by email").click()
    page.get_by_label(re.compile("6-digit code")).wait_for()
    check_page(page, "contact-check-code")
    page.get_by_label(re.compile("6-digit code")).fill(_latest_code(EMAIL))
    page.get_by_role("button", name="Check the code").click()
    page.get_by_text("That worked", exact=False).first.wait_for()
    check_page(page, "contact-checked")

    # Back home, the answer is there to change and nothing is waiting.
    page.get_by_role("link", name="Home", exact=False).first.click()
    page.get_by_role("heading", name=re.compile("Hello Jean")).wait_for()
    assert page.locator("main").get_by_text(PROGRAMME).first.is_visible()
    check_page(page, "home-after")
