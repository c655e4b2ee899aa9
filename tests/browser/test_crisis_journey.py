"""A member in crisis and the duty clinician (walked at 320 px and 1280 px, each page also
checked at 375 px): the member posts something worrying and gets help on the same page that
saved it, then posts again; the duty clinician finds one alert for both posts in the queue,
acknowledges it, records a contact attempt and resolves it."""

import re

import pytest

from tests.browser.conftest import check_page, tap

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GROUP = "Riverside Thursday group"
HIGH_RISK = "I've been saving up my tramadol and I'm going to take them all tonight"
HIGH_RISK_AGAIN = "I have written my letters and I am saying goodbye to you all tonight"


@pytest.fixture
def member(service):
    from tests.factories import UserFactory

    return UserFactory(
        service=service, display_name="Dave Hughes", email="dave@example.org", mobile="07700900222"
    )


@pytest.fixture
def group(clinician, participant, member):
    from groups import services

    return services.group_create(
        actor=clinician,
        service=clinician.service,
        name=GROUP,
        area="Riverside",
        coordinators=[participant],
        members=[member],
    )


def test_member_in_crisis_gets_help_and_the_duty_clinician_resolves_the_alert(
    live_server, screen, sign_in, group, member, duty_clinician
):
    from safeguarding.models import Alert

    page = screen
    # Dave opens his group from the home page and writes to it.
    sign_in(page, member)
    page.locator("main").get_by_role("link", name=GROUP).first.click()
    page.get_by_role("heading", name=GROUP, level=1).wait_for()
    tap(page, "All messages, and write one")
    notice = page.get_by_role("heading", name="Before you post: how messages are checked")
    notice.wait_for()
    check_page(page, "messages")
    page.get_by_label("Your message").fill(HIGH_RISK)
    page.get_by_label("I understand how messages are checked and who can see them").check()
    with page.expect_response(lambda r: r.request.method == "POST") as saved:
        page.get_by_role("button", name="Post to the group").click()
    page.wait_for_load_state()
    # The page that comes back from saving the post is the one with the help, at once.
    assert saved.value.status == 200, saved.value.status
    panel = page.get_by_role("region", name=re.compile("If you need help now"))
    assert panel.is_visible()
    assert panel.get_by_role("link", name="999").get_attribute("href") == "tel:999"
    assert panel.get_by_role("link", name="116 123").is_visible()
    # It is on the screen without hunting for it: above the message box.
    assert panel.bounding_box()["y"] < page.get_by_label("Your message").bounding_box()["y"]
    check_page(page, "crisis-panel")

    alert = Alert.objects.get(subject=member)
    assert alert.level == "high" and alert.state == "open"

    # Nobody has answered yet, and Dave writes again: the post joins his alert (decision
    # 0013), so the duty clinician sees one row for him, not two.
    page.get_by_label("Your message").fill(HIGH_RISK_AGAIN)
    with page.expect_response(lambda r: r.request.method == "POST") as saved:
        page.get_by_role("button", name="Post to the group").click()
    page.wait_for_load_state()
    assert saved.value.status == 200, saved.value.status
    assert page.get_by_role("region", name=re.compile("If you need help now")).is_visible()
    assert Alert.objects.filter(subject=member).count() == 1

    # Sam, the duty clinician, finds it from the home page.
    sign_in(page, duty_clinician)
    check_page(page, "duty-home")
    page.locator("main").get_by_role("link", name="Safeguarding alerts").click()
    page.get_by_role("heading", level=1).wait_for()
    check_page(page, "alert-queue")
    queue = page.locator("[data-alert-queue]")
    assert queue.get_by_role("link", name="Dave Hughes").count() == 1
    assert queue.get_by_text(re.compile(r"^2 posts, the latest .+ ago$")).is_visible()
    queue.get_by_role("link", name="Dave Hughes").click()
    page.get_by_role("heading", name="Dave Hughes", level=1).wait_for()
    main = page.get_by_role("main").inner_text()
    assert HIGH_RISK in main and HIGH_RISK_AGAIN in main
    assert "Another post flagged, screened high." in main
    check_page(page, "alert")

    page.get_by_role("button", name="Acknowledge: I am dealing with this").click()
    page.get_by_text("You have acknowledged this alert. It is yours now.").wait_for()
    check_page(page, "acknowledged")

    # A phone call, then the outcome: each on a page of its own (decision 0015).
    page.get_by_role("link", name="Record a contact attempt").click()
    page.get_by_role("heading", name="Record a contact attempt", level=1).wait_for()
    assert page.locator("main form").count() == 1
    page.get_by_label("Phone call").check()
    page.get_by_label("Spoke to them").check()
    page.get_by_label(re.compile("^Notes")).fill("Spoke to Dave; his sister is with him.")
    check_page(page, "contact-attempt")
    page.get_by_role("button", name="Save contact attempt").click()
    page.get_by_text("Contact attempt recorded.").wait_for()
    assert "Spoke to Dave; his sister is with him." in page.locator("[data-timeline]").inner_text()
    check_page(page, "contact-saved")

    page.get_by_role("link", name="Resolve with an outcome").click()
    page.get_by_role("heading", name="Resolve with an outcome", level=1).wait_for()
    page.get_by_label("Referred to crisis team").check()
    page.get_by_label(re.compile("^What happened")).fill("Crisis team visiting tonight.")
    check_page(page, "resolve")
    page.get_by_role("button", name="Resolve alert").click()
    page.get_by_text("Alert resolved.").wait_for()
    check_page(page, "resolved")
    alert.refresh_from_db()
    assert alert.state == "resolved", alert.state
    assert alert.contact_attempts.count() == 1
