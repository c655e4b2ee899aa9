"""Learning from real use, safely (issue 12): false positives and posts the screener missed
that members flagged go to the clinical safety lead's review list, anonymised; the lead
approves (with a label) or rejects each, audited; only approved items are exported, as JSON
Lines in the labelled-data format; the reports page shows the monthly figures, with small
numbers as "<5"."""

from __future__ import annotations

import datetime
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape

from safeguarding.anonymise import anonymise
from safeguarding.models import (
    Alert,
    AuditAction,
    AuditEvent,
    ReviewReason,
    ReviewState,
    ScreenerReviewItem,
)
from safeguarding.services import (
    alert_dismiss,
    alert_resolve,
    flag_raise,
    post_screen,
    review_item_approve,
    review_item_reject,
    review_items_export,
)

from .conftest import MEDIUM_TEXT, MONDAY_10AM, NONE_TEXT

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]

MIN = datetime.timedelta(minutes=1)


# --- the anonymiser ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("email me at dave.smith@example.com please", ["dave.smith@example.com"], ["[email]"]),
        ("ring 07700 900123 or +44 (0)113 496 0000", ["07700 900123", "496 0000"], ["[phone]"]),
        ("i live at 12 Acacia Avenue, LS1 4AB", ["Acacia", "LS1 4AB", "12"], ["[address]"]),
        ("i went to see Dr Patel with my son Jack", ["Patel", "Jack"], ["Dr [name]", "my son"]),
        ("spoke to sue brown and @mike", ["sue", "brown", "mike"], ["[name]"]),
        (
            "call 999, 111 option 2, Samaritans 116 123 or text SHOUT to 85258",
            [],
            ["999", "111", "116 123", "SHOUT", "85258", "Samaritans"],
        ),
    ],
)
def test_the_anonymiser_removes_names_emails_phones_and_addresses(text, gone, kept):
    result = anonymise(text, names=["Sue Brown"])
    for words in gone:
        assert words.lower() not in result.lower(), result
    for words in kept:
        assert words in result, result


def test_the_anonymiser_keeps_the_words_that_matter():
    text = "ive saved up all my tramadol, tonight is the night. sorry everyone"
    assert anonymise(text, names=["Dave"]) == text


# --- offers -----------------------------------------------------------------------------------
def medium_alert(member, group, make_post, body=MEDIUM_TEXT):
    post = make_post(member, group, body, at=MONDAY_10AM)
    post_screen(post=post, now=MONDAY_10AM)
    return Alert.objects.get(post=post)


def test_a_dismissed_alert_offers_its_post_anonymised(rota, member, group, make_post):
    body = MEDIUM_TEXT + ". text me on 07700 900555, Jo x"
    alert = medium_alert(member, group, make_post, body)
    alert_dismiss(actor=rota["duty"], alert=alert, reason="Song lyrics", now=MONDAY_10AM + MIN)
    item = ScreenerReviewItem.objects.get()
    assert (item.reason, item.state, item.alert) == (
        ReviewReason.FALSE_POSITIVE,
        ReviewState.PENDING,
        alert,
    )
    assert "07700" not in item.text and "[phone]" in item.text
    assert "Jo" not in item.text
    assert item.screening_level == "medium"
    assert item.evidence and all(set(c) == {"rule", "category", "level"} for c in item.evidence)
    assert AuditEvent.objects.filter(
        action=AuditAction.REVIEW_ITEM_OFFERED, alert=alert, detail__review_item_id=item.pk
    ).exists()


def test_resolving_as_a_false_positive_offers_it_and_other_outcomes_do_not(
    rota, member, other_member, group, make_post
):
    real = medium_alert(member, group, make_post)
    alert_resolve(actor=rota["duty"], alert=real, outcome="crisis_team", now=MONDAY_10AM + MIN)
    assert not ScreenerReviewItem.objects.exists()
    wrong = medium_alert(other_member, group, make_post)
    alert_resolve(actor=rota["duty"], alert=wrong, outcome="false_positive", now=MONDAY_10AM + MIN)
    assert ScreenerReviewItem.objects.get().alert == wrong


def test_a_member_flag_on_a_post_scored_none_offers_it_as_missed(
    rota, member, other_member, group, make_post
):
    post = make_post(member, group, NONE_TEXT, at=MONDAY_10AM)
    post_screen(post=post, now=MONDAY_10AM)
    concern = flag_raise(actor=other_member, group=group, post=post, now=MONDAY_10AM + MIN)
    item = ScreenerReviewItem.objects.get()
    assert (item.reason, item.screening_level, item.alert) == (
        ReviewReason.MISSED,
        "none",
        concern.alert,
    )
    # A flag on a post the screener did raise is not a miss.
    flagged = medium_alert(other_member, group, make_post)
    flag_raise(actor=member, group=group, post=flagged.post, now=MONDAY_10AM + 2 * MIN)
    assert ScreenerReviewItem.objects.count() == 1


# --- decisions and export ---------------------------------------------------------------------
@pytest.fixture
def items(rota, member, other_member, group, make_post):
    made = []
    for person in (member, other_member):
        alert = medium_alert(person, group, make_post)
        alert_dismiss(actor=rota["duty"], alert=alert, reason="TV", now=MONDAY_10AM + MIN)
        made.append(alert.review_items.get())
    return made


def test_the_lead_approves_or_rejects_each_item_and_it_is_audited(rota, items):
    lead = rota["lead"]
    approved = review_item_approve(
        actor=lead, item=items[0], label="none", category="song", now=MONDAY_10AM + 5 * MIN
    )
    rejected = review_item_reject(
        actor=lead, item=items[1], note="Identifiable", now=MONDAY_10AM + 6 * MIN
    )
    assert (approved.state, approved.label, approved.category) == ("approved", "none", "song")
    assert rejected.state == "rejected"
    for action, item in (
        (AuditAction.REVIEW_ITEM_APPROVED, approved),
        (AuditAction.REVIEW_ITEM_REJECTED, rejected),
    ):
        event = AuditEvent.objects.get(action=action)
        assert event.actor == lead and event.detail["review_item_id"] == item.pk
    with pytest.raises(ValidationError):
        review_item_reject(actor=lead, item=approved)


def test_only_a_clinical_lead_of_the_service_decides(rota, items, other_service_reviewer):
    with pytest.raises(PermissionDenied):
        review_item_approve(actor=rota["duty"], item=items[0], label="none")
    with pytest.raises(PermissionDenied):
        review_item_reject(actor=other_service_reviewer, item=items[0])
    with pytest.raises(ValidationError):
        review_item_approve(actor=rota["lead"], item=items[0], label="maybe")
    assert set(ScreenerReviewItem.objects.values_list("state", flat=True)) == {"pending"}


def test_only_approved_items_are_exported_in_the_labelled_data_format(rota, items, tmp_path):
    review_item_approve(actor=rota["lead"], item=items[0], label="none")
    review_item_reject(actor=rota["lead"], item=items[1])
    out = tmp_path / "real-use.jsonl"
    call_command("export_screener_reviews", output=str(out), round_name="real-use-2027-03")
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines == [
        {
            "id": f"real-use-{items[0].pk}",
            "text": ScreenerReviewItem.objects.get(pk=items[0].pk).text,
            "label": "none",
            "category": "false_positive",
            "source": "real-use",
            "round": "real-use-2027-03",
        }
    ]
    assert AuditEvent.objects.filter(action=AuditAction.REVIEW_ITEMS_EXPORTED).count() == 1
    # Exported once: a second run adds nothing unless asked for everything.
    assert review_items_export(round_name="again") == []
    assert len(review_items_export(round_name="again", include_exported=True)) == 1


# --- the pages --------------------------------------------------------------------------------
def test_review_pages_permissions(
    client, rota, items, service_admin, participant, other_service_reviewer
):
    listing = reverse("safeguarding:review_list")
    item = reverse("safeguarding:review_item", args=[items[0].pk])
    for person, list_status, item_status in [
        (rota["lead"], 200, 200),
        (rota["duty"], 403, 403),  # a reviewer who is not the clinical lead
        (service_admin, 403, 403),
        (participant, 404, 404),
        # Staff elsewhere: their own (empty) list is not theirs to see; this item is not.
        (other_service_reviewer, 403, 404),
    ]:
        client.force_login(person)
        assert client.get(listing).status_code == list_status, person
        assert client.get(item).status_code == item_status, person
    client.force_login(rota["lead"])
    assert client.delete(listing).status_code == 405
    assert client.post(listing).status_code == 405
    assert client.put(item).status_code == 405
    client.logout()
    assert client.get(listing).status_code == 302  # to sign in


def test_the_lead_decides_from_the_page(client, rota, items):
    client.force_login(rota["lead"])
    url = reverse("safeguarding:review_item", args=[items[0].pk])
    page = client.get(url).content.decode()
    assert escape(items[0].text) in page
    missing_label = client.post(url, {"decision": "approve", "label": ""})
    assert missing_label.status_code == 200
    assert "Choose the label" in missing_label.content.decode()
    response = client.post(url, {"decision": "approve", "label": "none", "category": ""})
    assert response.status_code == 302
    items[0].refresh_from_db()
    assert (items[0].state, items[0].label) == ("approved", "none")
    listing = client.get(reverse("safeguarding:review_list")).content.decode()
    assert f'data-review-item="{items[1].pk}"' in listing
    assert f'data-review-item="{items[0].pk}"' not in listing
    assert AuditEvent.objects.filter(action=AuditAction.REVIEW_LIST_VIEWED).exists()


def test_the_monthly_figures_show_small_numbers_as_under_five(
    client, rota, member, other_member, group, make_post
):
    from safeguarding.selectors import screener_months_for_user, small_count

    assert [small_count(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
    a = medium_alert(member, group, make_post)
    alert_dismiss(actor=rota["duty"], alert=a, reason="TV", now=MONDAY_10AM + MIN)
    b = medium_alert(other_member, group, make_post)
    alert_resolve(actor=rota["duty"], alert=b, outcome="crisis_team", now=MONDAY_10AM + MIN)
    months = screener_months_for_user(user=rota["lead"], until=MONDAY_10AM + 10 * MIN)
    this_month = months[0]
    assert (this_month.closed, this_month.false_positives) == (2, 1)
    assert (this_month.closed_words, this_month.false_positive_words) == ("<5", "<5")
    assert this_month.precision is None, "too few to say"

    client.force_login(rota["lead"])
    html = client.get(reverse("safeguarding:reports")).content.decode()
    assert "data-screener-months" in html
    assert "2 of" not in html.split("data-screener-months")[1]
