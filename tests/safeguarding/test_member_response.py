"""The member's response, proportionate to the screening (rule 6, issue 12), in the same
response that saved the post: a medical emergency leads with "Call 999 now" and what to do
while waiting; someone else at risk says how to get help for them now; high the full crisis
panel; medium a calm support box with the same numbers and the service's hours; none nothing.
The mapping lives in safeguarding/responses.py."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from safeguarding.crisis import crisis_panel_context
from safeguarding.responses import MemberResponse, alert_level_for, member_response
from safeguarding.services import escalation_policy_update

from .conftest import MONDAY_10AM
from .kinds import fake_screener

pytestmark = pytest.mark.django_db

EMERGENCY = "took my tramadol twice by mistake and now hes really drowsy and slurring"
OTHER = "my friend from group said goodbye last night and isnt answering her phone"
HIGH = "high risk words"
MEDIUM = "medium risk words"
NONE = "see you all thursday"


@pytest.fixture
def screener(monkeypatch):
    return fake_screener(
        monkeypatch,
        {
            EMERGENCY: ("high", "medical_emergency", [("drowsy", "distress")]),
            OTHER: ("high", "other_at_risk", [("said goodbye", "concern_other")]),
            HIGH: ("high", "", [("high", "intent")]),
            MEDIUM: ("medium", "", [("medium", "burden")]),
        },
    )


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


def post_on_board(client, group, body):
    return client.post(reverse("groups:board", args=[group.pk]), {"body": body, "agree": "on"})


@pytest.mark.parametrize(
    ("level", "kind", "expected"),
    [
        ("high", "", MemberResponse.CRISIS),
        ("medium", "", MemberResponse.SUPPORT),
        ("none", "", MemberResponse.NONE),
        (None, "", MemberResponse.CRISIS),  # not known: the safe default
        ("medium", "medical_emergency", MemberResponse.MEDICAL_EMERGENCY),
        ("none", "medical_emergency", MemberResponse.MEDICAL_EMERGENCY),
        ("high", "other_at_risk", MemberResponse.OTHER_AT_RISK),
        ("medium", "something new", MemberResponse.SUPPORT),
    ],
)
def test_one_mapping_from_level_and_kind_to_what_the_member_sees(level, kind, expected):
    assert member_response(level, kind) == expected


@pytest.mark.parametrize(
    ("level", "kind", "expected"),
    [
        ("none", "", None),
        ("medium", "", "medium"),
        ("high", "", "high"),
        ("medium", "medical_emergency", "high"),
        ("none", "other_at_risk", "high"),
        ("unknown", "", "high"),
    ],
)
def test_a_kind_is_always_a_high_alert_and_an_unknown_level_is_high(level, kind, expected):
    assert alert_level_for(level, kind) == expected


def test_a_medical_emergency_leads_with_call_999_and_first_aid_before_mental_health(
    screener, login, group, member
):
    response = post_on_board(login(member), group, EMERGENCY)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-response="medical_emergency"' in html
    assert "Call 999 now" in html
    first_aid = html.index("While you wait for the ambulance")
    for words in (
        "Stay with them",
        "Unlock the front door",
        "Do not give them anything to eat or drink",
        "on their side",
    ):
        assert first_aid < html.index(words)
    # 999 and the first aid come before anything about mental health.
    assert html.index("Call 999 now") < first_aid < html.index("mental health")
    assert first_aid < html.index("116 123")


def test_someone_else_at_risk_says_how_to_get_help_for_them_with_a_safe_default(
    screener, login, group, member
):
    html = post_on_board(login(member), group, OTHER).content.decode()
    assert 'data-response="other_at_risk"' in html
    assert "If someone else is in danger" in html
    assert 'href="tel:999"' in html
    assert "local council&#x27;s children&#x27;s services" in html or "children's services" in html
    assert "adult social care" in html
    assert html.index("If someone else is in danger") < html.index("116 123")


def test_the_services_safeguarding_lines_replace_the_default(
    screener, login, service_admin, group, member
):
    escalation_policy_update(
        actor=service_admin,
        service=group.service,
        values={
            "children_safeguarding_phone": "0113 555 0101",
            "adults_safeguarding_phone": "0113 555 0202",
        },
    )
    html = post_on_board(login(member), group, OTHER).content.decode()
    assert 'href="tel:0113 555 0101"' in html
    assert 'href="tel:0113 555 0202"' in html
    assert "children's services" not in html.replace("&#x27;", "'")


def test_high_shows_the_full_crisis_panel(screener, login, group, member):
    html = post_on_board(login(member), group, HIGH).content.decode()
    assert 'data-response="crisis"' in html
    assert "If you need help now" in html
    assert "nhsuk-card--care--emergency" in html


def test_medium_shows_a_calm_support_box_with_the_numbers_and_hours_not_a_takeover(
    screener, login, group, member
):
    html = post_on_board(login(member), group, MEDIUM).content.decode()
    assert 'data-response="support"' in html
    assert "Support if you need it" in html
    assert "nhsuk-card--care--non-urgent" in html
    assert "nhsuk-card--care--emergency" not in html
    assert "Non-urgent advice:" in html
    assert "If you are in danger now, or you might act on these feelings" not in html
    for number in ("116 123", "85258", 'href="tel:111"', 'href="tel:999"'):
        assert number in html
    assert "Service hours:" in html


def test_none_shows_nothing(screener, login, group, member):
    response = post_on_board(login(member), group, NONE)
    assert response.status_code == 302
    assert "data-crisis-panel" not in login(member).get(response.url).content.decode()


def test_a_post_the_screener_could_not_screen_gets_the_full_panel(service, group, member):
    from groups.models import Post

    post = Post.objects.create(
        group=group, author=member, body="x", created_at=MONDAY_10AM, last_activity_at=MONDAY_10AM
    )
    html = render_to_string(
        "safeguarding/includes/crisis_panel.html",
        {"crisis_panel": crisis_panel_context(service=service, now=MONDAY_10AM), "posted": post},
    )
    assert 'data-response="crisis"' in html


def test_the_panel_context_takes_the_level_and_kind_directly(service):
    for level, kind, response in [
        ("medium", "", "support"),
        ("high", "medical_emergency", "medical_emergency"),
        ("none", "", "none"),
    ]:
        html = render_to_string(
            "safeguarding/includes/crisis_panel.html",
            {
                "crisis_panel": crisis_panel_context(
                    service=service, now=MONDAY_10AM, level=level, kind=kind
                )
            },
        )
        if response == "none":
            assert "data-crisis-panel" not in html
        else:
            assert f'data-response="{response}"' in html
