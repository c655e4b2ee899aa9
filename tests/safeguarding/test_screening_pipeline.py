"""The real screener end to end (issue 12): each kind of risk, and the 2026.12.2 meaning rules,
from the post a member saves to the alert staff see and the panel the member sees, with no fake
screener in between; and a reply screened with the post it answers (post_screen passes the
parent's text), so a supportive reply raises nothing while a risky one still does."""

from __future__ import annotations

import pytest
from django.urls import reverse

from groups.models import Post
from safeguarding.models import Alert, AlertLevel, PostScreening, RiskKind
from safeguarding.screening import screen_text
from safeguarding.services import post_screen

from .conftest import MONDAY_10AM

pytestmark = pytest.mark.django_db

EMERGENCY = "my husband's face has dropped on one side and he can't lift his arm. what do i do"
OTHER = "my sister has left her two year old home alone all night again"
SELF_HARM = "cut my arm again last night, deeper than before. wearing long sleeves so nobody asks"
NOT_SAFE = "not sure im safe at home tonight. hes been drinking since lunch"
WORRYING = (
    "sorry everyone. i've sorted everything out now and i won't be a problem anymore. "
    "thank you for everything. bye"
)
SUPPORTIVE = (
    "you're not on your own. please ring samaritans on 116 123 or go to A&E, we're all here"
)
SILENT = "she's not answering her phone, i've rung 8 times"


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


def post_on_board(client, group, body):
    return client.post(reverse("groups:board", args=[group.pk]), {"body": body, "agree": "on"})


def alert_for(body: str) -> Alert | None:
    post = Post.objects.get(body=body)
    return Alert.objects.filter(post=post).first()


@pytest.mark.parametrize(
    ("body", "kind", "response"),
    [
        (EMERGENCY, RiskKind.MEDICAL_EMERGENCY, "medical_emergency"),
        (OTHER, RiskKind.OTHER_AT_RISK, "other_at_risk"),
        (SELF_HARM, RiskKind.SELF, "crisis"),
        (NOT_SAFE, RiskKind.SELF, "crisis"),
    ],
)
def test_each_kind_reaches_staff_as_high_and_shows_its_panel(
    login, group, member, rota, body, kind, response
):
    result = screen_text(body)
    assert str(result.level) == "high"
    assert result.kind == kind
    html = post_on_board(login(member), group, body).content.decode()
    assert f'data-response="{response}"' in html
    alert = alert_for(body)
    assert alert is not None
    assert alert.level == AlertLevel.HIGH
    assert alert.kind == kind


def test_a_medical_emergency_panel_leads_with_999_from_the_real_screener(login, group, member):
    html = post_on_board(login(member), group, EMERGENCY).content.decode()
    assert html.index("Call 999 now") < html.index("116 123")


def test_a_supportive_reply_raises_nothing_and_a_silence_under_a_goodbye_is_other_at_risk(
    group, member, other_member, rota, make_post
):
    parent = make_post(member, group, WORRYING)
    post_screen(post=parent, now=MONDAY_10AM)
    assert Alert.objects.filter(post=parent, level=AlertLevel.HIGH).exists()

    reply = make_post(other_member, group, SUPPORTIVE, parent=parent)
    screening = post_screen(post=reply, now=MONDAY_10AM)
    assert str(screening.level) == "none"
    assert not Alert.objects.filter(post=reply).exists()
    assert PostScreening.objects.get(post=reply).level == "none"

    # the same words about someone not answering: someone else at risk only in the thread
    silent = make_post(other_member, group, SILENT, parent=parent)
    screening = post_screen(post=silent, now=MONDAY_10AM)
    assert str(screening.level) == "high"
    assert screening.kind == RiskKind.OTHER_AT_RISK
    assert screen_text(SILENT).kind != RiskKind.OTHER_AT_RISK


def test_a_risky_reply_still_raises_its_own_alert(group, member, other_member, rota, make_post):
    parent = make_post(member, group, WORRYING)
    post_screen(post=parent, now=MONDAY_10AM)
    reply = make_post(other_member, group, SELF_HARM, parent=parent)
    screening = post_screen(post=reply, now=MONDAY_10AM)
    assert str(screening.level) == "high"
    alert = Alert.objects.get(post=reply)
    assert alert.subject == other_member
    assert alert.level == AlertLevel.HIGH
