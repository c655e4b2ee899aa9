"""The "Need help now?" page: the right numbers, from settings, and no false reassurance."""

import re

import pytest
from django.urls import reverse

from tests.ui.htmltree import parse

pytestmark = pytest.mark.django_db

# Words that would suggest someone in the service is watching or will answer soon
# (safeguarding.md: "never suggests that staff are watching live").
FALSE_REASSURANCE = [
    r"\bstaff (are|will be) (watching|monitoring|reading)",
    r"\bwe (are|will be) (watching|monitoring|reading)",
    r"\bmonitored\b",
    r"\bmoderat",
    r"\bwill (reply|respond|get back|be in touch|call you|contact you)",
    r"\bin touch (soon|shortly)",
    r"\bshortly\b",
    r"\bas soon as possible\b",
    r"\bwithin \d+ (minutes|hours)",
    r"\b24/7\b",
    r"\bsomeone (will|is) (read|see|check)",
]


def visible_text(html: str) -> str:
    without_comments = re.sub(r"<!--.*?-->", "", html, flags=re.S)
    return parse(without_comments).find("body").text


@pytest.fixture
def help_page(client):
    response = client.get(reverse("help_now"))
    assert response.status_code == 200
    return response.content.decode()


def test_reachable_without_signing_in(client):
    response = client.get("/help/")
    assert response.status_code == 200
    assert response.templates[0].name == "pages/help_now.html"


def test_reachable_by_staff_who_have_not_set_up_their_authenticator(client, service):
    from pmp_followon.accounts.models import Role
    from tests.factories import UserFactory

    staff = UserFactory(service=service, role=Role.CLINICIAN, password="x" * 20)
    client.force_login(staff)
    assert client.get("/help/").status_code == 200


def test_shows_every_crisis_number(help_page):
    text = visible_text(help_page)
    assert "Call 999 or go to A&E now" in text
    assert "Call NHS 111 and choose option 2" in text
    assert "mental health" in text
    assert "any time, day or night" in text
    assert "116 123" in text
    assert "Samaritans" in text
    assert "Text SHOUT to 85258" in text


def test_numbers_are_links_you_can_tap(help_page):
    page = parse(help_page)
    hrefs = {a.attrs["href"] for a in page.find("main").find_all("a")}
    assert {"tel:999", "tel:111", "tel:116123", "sms:85258"} <= hrefs


def test_emergency_comes_first(help_page):
    text = visible_text(help_page)
    assert text.index("999") < text.index("111") < text.index("116 123") < text.index("85258")


def test_numbers_come_from_settings(client, settings):
    settings.CRISIS_CONTACTS = {
        "version": "test-version-1",
        "review_by": "2099-01-01",
        "emergency": {"name": "998", "number": "998"},
        "nhs_111": {"number": "112", "option": "7"},
        "samaritans": {"number": "116 999", "tel": "116999"},
        "shout": {"keyword": "HELLO", "number": "80000"},
    }
    html = client.get(reverse("help_now")).content.decode()
    text = visible_text(html)
    assert "Call 998 or go to A&E now" in text
    assert "Call NHS 112 and choose option 7" in text
    assert "116 999" in text
    assert "Text HELLO to 80000" in text
    hrefs = {a.attrs["href"] for a in parse(html).find("main").find_all("a")}
    assert {"tel:998", "tel:112", "tel:116999", "sms:80000"} <= hrefs
    assert "116 123" not in text
    assert "85258" not in text


def test_version_and_review_date_are_not_shown(help_page, settings):
    text = visible_text(help_page)
    assert settings.CRISIS_CONTACTS["version"] not in text
    assert settings.CRISIS_CONTACTS["review_by"] not in text
    assert settings.CRISIS_CONTACTS["version"] in help_page  # in an HTML comment


def test_says_this_is_not_a_crisis_service(help_page):
    text = visible_text(help_page)
    assert "This app is not a crisis service" in text
    assert "Nobody is watching posts as they are written" in text


def test_never_suggests_staff_are_watching_or_will_reply(help_page):
    text = visible_text(help_page).lower()
    for pattern in FALSE_REASSURANCE:
        assert not re.search(pattern, text), pattern


def test_has_one_main_heading(help_page):
    page = parse(help_page)
    assert [h.text for h in page.find_all("h1")] == ["Need help now?"]
