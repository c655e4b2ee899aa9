"""Personal data on a phone (walked at 320 px and 1280 px, each page also checked at 375 px): a
participant who signs in with a code from their email opens "Your information" from their home
page, reads and downloads what the service keeps about them, corrects their name and mobile,
then leaves the service and asks for their messages to be removed too. Another member of their
group then reads the group and the conversation: the leaver is "Former member" and their name
is gone.

The world (a programme, a group with posts and replies, another group, an alert with a staff
note) is the privacy tests' own, with markers planted in everything that is not the
participant's. The codes are read from Django's mail outbox, as the person would read their
email; the JSON file is the one the browser downloads.
"""

import json
import re
from pathlib import Path

import pytest
from django.core import mail

from tests.browser.conftest import check_page, tap
from tests.privacy.conftest import (
    ME_EMAIL,
    ME_NAME,
    MY_POST,
    OTHER_EMAIL,
    OTHER_GROUP_POST,
    OTHER_NAME,
    OTHER_POST,
    OTHER_REPLY,
    STAFF_NOTE,
    make_world,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_NAME = "Jean Corrected"
NEW_MOBILE = "07700 900 123"
OTHERS = [
    OTHER_NAME,
    OTHER_EMAIL,
    OTHER_POST,
    OTHER_REPLY,
    OTHER_GROUP_POST,
    STAFF_NOTE,
    "OTHERMEMBER-marker",
    "STAFF-NOTE-marker",
]


def _latest_code(to: str) -> str:
    for message in reversed(mail.outbox):
        if to in message.to:
            found = re.search(r"\b(\d{6})\b", message.body)
            if found:
                return found.group(1)
    raise AssertionError(f"no code emailed to {to}: {[m.subject for m in mail.outbox]}")


def _sign_in_by_code(page, live_server, email: str, hello: str) -> None:
    page.goto(live_server.url + "/")
    check_page(page, "welcome")
    tap(page, "Sign in", within=page.locator("main"))
    page.get_by_label("Email address").first.fill(email)
    page.get_by_role("button", name="Email me a sign-in code").click()
    page.get_by_label(re.compile("code", re.I)).first.wait_for()
    check_page(page, "sign-in-code")
    page.get_by_label(re.compile("code", re.I)).first.fill(_latest_code(email))
    page.get_by_role("button", name=re.compile("sign in|confirm|continue", re.I)).first.click()
    page.get_by_role("heading", name=re.compile(hello)).wait_for()
    check_page(page, "home")


def test_participant_takes_a_copy_corrects_and_leaves_and_the_group_sees_a_former_member(
    live_server, screen, sign_in, clinician, duty_clinician, service
):
    from groups.models import Post
    from pmp_followon.accounts.models import User
    from privacy.services import REMOVED_POST_TEXT
    from programmes.models.consent import mobile_e164

    world = make_world(clinician, duty_clinician, service)
    page = screen
    mail.outbox.clear()

    # Jean signs in with a code from her email and finds "Your information" on her home page.
    _sign_in_by_code(page, live_server, ME_EMAIL, "Hello Jean")
    tap(
        page,
        "Your information: see it, download it, correct it or leave",
        within=page.locator("main"),
    )
    page.get_by_role("heading", name="Your information", level=1).wait_for()
    check_page(page, "your-information")

    # The readable page: her own words, nobody else's.
    tap(page, "See everything we keep about you on one page")
    page.get_by_role("heading", name="Everything we keep about you", level=1).wait_for()
    check_page(page, "everything-we-keep")
    readable = page.locator("main").inner_text()
    assert MY_POST in readable and ME_EMAIL in readable
    for marker in OTHERS:
        assert marker not in readable, marker
    tap(page, "Back to your information")
    page.get_by_role("heading", name="Your information", level=1).wait_for()

    # The download: made at once for a small account, then saved by the browser.
    page.get_by_role("button", name="Make a download").click()
    page.get_by_text("Your download is ready.", exact=False).first.wait_for()
    check_page(page, "download-ready")
    with page.expect_download() as saving:
        page.get_by_role("link", name=re.compile(r"^Download made ")).first.click()
    download = saving.value
    assert download.suggested_filename.endswith(".json")
    text = Path(download.path()).read_text(encoding="utf-8")
    bundle = json.loads(text)
    assert [p["message"] for p in bundle["sections"]["posts"]] == [MY_POST]
    assert MY_POST in text and ME_EMAIL in text
    for marker in OTHERS:
        assert marker not in text, marker
    check_page(page, "after-download")

    # She corrects her name and her mobile number.
    tap(page, "Change your name or mobile number, and see what staff have recorded about you")
    page.get_by_role("heading", name="Correct your details", level=1).wait_for()
    check_page(page, "correct-details")
    assert page.get_by_label("Your name").input_value() == ME_NAME
    page.get_by_label("Your name").fill(NEW_NAME)
    page.get_by_label("Mobile number (optional)").fill(NEW_MOBILE)
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Your details are saved.", exact=False).first.wait_for()
    check_page(page, "details-saved")
    me = User.objects.get(pk=world.me.pk)
    assert me.display_name == NEW_NAME
    assert mobile_e164(me) == "+447700900123"
    assert page.get_by_label("Your name").input_value() == NEW_NAME
    tap(page, "Back to your information")
    page.get_by_role("heading", name="Your information", level=1).wait_for()

    # She leaves, and asks for her messages to be removed too.
    tap(page, "Close your account and remove your information")
    page.get_by_role("heading", name="Leave the service", level=1).wait_for()
    check_page(page, "leave")
    page.get_by_label("Also remove the messages I have posted in my groups").check()
    page.get_by_label("I understand that I cannot undo this").check()
    check_page(page, "leave-ticked")
    page.get_by_role("button", name="Leave the service").click()
    page.get_by_role("heading", name="You have left the service", level=1).wait_for()
    check_page(page, "left")

    # She is signed out: the header offers no "Sign out" and home is the welcome page.
    assert page.get_by_role("link", name="Sign out").count() == 0
    page.get_by_role("link", name="Home", exact=False).first.click()
    page.get_by_role("heading", name=re.compile("Keep in touch after")).wait_for()
    assert page.get_by_role("heading", name=re.compile("Hello")).count() == 0
    check_page(page, "home-signed-out")
    me = User.objects.get(pk=world.me.pk)
    assert not me.is_active and me.display_name == "Former member"
    assert Post.objects.get(pk=world.my_post.pk).body == REMOVED_POST_TEXT

    # Otto, still in the group, opens the group and the conversation Jean started.
    sign_in(page, world.other)
    page.get_by_role("heading", name=re.compile("Hello Otto")).wait_for()
    check_page(page, "other-home")
    tap(page, world.group.name, within=page.locator("main"))
    page.get_by_role("heading", name=world.group.name).first.wait_for()
    check_page(page, "other-group")
    for name in (ME_NAME, NEW_NAME, ME_EMAIL):
        assert name not in page.content(), name

    tap(page, "All messages, and write one")
    page.get_by_role("heading", name="Messages", level=1).wait_for()
    check_page(page, "other-messages")
    board = page.locator("main").inner_text()
    assert "Former member" in board and MY_POST not in board
    for name in (ME_NAME, NEW_NAME, ME_EMAIL):
        assert name not in page.content(), name

    tap(page, "Read 1 reply and reply")
    page.get_by_role("heading", name="Conversation", level=1).wait_for()
    check_page(page, "other-conversation")
    thread = page.locator("main").inner_text()
    assert "Former member" in thread and REMOVED_POST_TEXT in thread
    assert OTHER_REPLY in thread and MY_POST not in thread
    for name in (ME_NAME, NEW_NAME, ME_EMAIL):
        assert name not in page.content(), name

    # The members list does not name her either.
    tap(page, "All messages")
    page.get_by_role("heading", name="Messages", level=1).wait_for()
    tap(page, "Members", within=page.locator("main"))
    page.get_by_role("heading", name=re.compile("Members|Who is in", re.I)).first.wait_for()
    check_page(page, "other-members")
    for name in (ME_NAME, NEW_NAME, ME_EMAIL):
        assert name not in page.content(), name
