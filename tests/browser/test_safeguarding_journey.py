"""A worrying message on a phone: help in the same page that saved it, then the duty
clinician picks the alert up from the queue."""

import re

import pytest

from tests.browser.conftest import assert_fits_phone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GROUP_NAME = "Riverside Thursday group"
HIGH_RISK = "I've been saving up my tramadol and I'm going to take them all tonight"


@pytest.fixture
def member(service):
    from tests.factories import UserFactory

    return UserFactory(service=service, display_name="Dave Hughes", email="dave@example.org",
                       mobile="07700900222")


@pytest.fixture
def group(clinician, participant, member):
    from groups import services

    return services.group_create(
        actor=clinician, service=clinician.service, name=GROUP_NAME, area="Riverside",
        coordinators=[participant], members=[member],
    )


def _post_high_risk_message(page, live_server, group):
    """The member writes to the group; returns the response to the post that saved it."""
    page.goto(live_server.url + f"/groups/{group.pk}/")
    page.get_by_role("link", name="All messages, and write one").click()
    page.wait_for_url(re.compile(rf"/groups/{group.pk}/posts/$"))
    assert page.locator("#screening-notice").is_visible()
    page.get_by_label("Your message").fill(HIGH_RISK)
    page.get_by_label("I understand how messages are checked and who can see them").check()
    with page.expect_response(
        lambda r: r.request.method == "POST" and f"/groups/{group.pk}/posts/" in r.url
    ) as saved:
        page.get_by_role("button", name="Post to the group").click()
    page.wait_for_load_state()
    return saved.value


def test_high_risk_post_shows_crisis_help_at_once_and_the_duty_clinician_acknowledges_it(
    live_server, phone, sign_in, group, member, duty_clinician
):
    from safeguarding.models import Alert

    # Dave posts. The page that comes back from saving the post is the one with the help.
    sign_in(phone, member)
    response = _post_high_risk_message(phone, live_server, group)
    assert response.status == 200, response.status  # rendered at once, not a redirect
    html = response.text()
    assert "116 123" in html and "999" in html

    assert phone.url.endswith(f"/groups/{group.pk}/posts/")
    panel = phone.get_by_role("region", name=re.compile("If you need help now"))
    assert panel.is_visible()
    assert panel.get_by_role("link", name="999").is_visible()
    assert panel.get_by_role("link", name="999").get_attribute("href") == "tel:999"
    samaritans = panel.get_by_role("link", name="116 123")
    assert samaritans.is_visible()
    assert "Samaritans" in panel.inner_text()
    # The panel is on the phone screen without hunting for it: it is above the form.
    assert panel.bounding_box()["y"] < phone.get_by_label("Your message").bounding_box()["y"]
    assert phone.get_by_text("Your message is posted.").first.is_visible()
    assert_fits_phone(phone)

    alert = Alert.objects.get(subject=member)
    assert alert.level == "high", alert.level
    assert alert.state == "open"

    # Sam, the duty clinician (a safeguarding reviewer in the same service), opens the queue.
    sign_in(phone, duty_clinician)
    phone.goto(live_server.url + "/safeguarding/alerts/")
    row = phone.locator(f"tr[data-alert-id='{alert.pk}']")
    assert row.is_visible()
    assert_fits_phone(phone)
    assert "High" in row.inner_text()
    row.get_by_role("link", name="Dave Hughes").click()

    phone.wait_for_url(re.compile(rf"/safeguarding/alerts/{alert.pk}/$"))
    assert phone.get_by_role("heading", name="Dave Hughes", level=1).is_visible()
    assert HIGH_RISK in phone.locator("[data-flagged-post]").inner_text()
    assert_fits_phone(phone)
    phone.get_by_role("button", name="Acknowledge: I am dealing with this").click()

    phone.wait_for_url(re.compile(rf"/safeguarding/alerts/{alert.pk}/$"))
    assert phone.get_by_text("You have acknowledged this alert. It is yours now.").is_visible()
    assert phone.get_by_role("button", name="Acknowledge: I am dealing with this").count() == 0
    assert "Sam Okafor" in phone.locator(".nhsuk-summary-list").first.inner_text()
    alert.refresh_from_db()
    assert alert.state == "acknowledged", alert.state
    assert alert.assigned_to == duty_clinician
