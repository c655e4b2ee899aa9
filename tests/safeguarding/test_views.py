"""Every safeguarding page: the permitted role succeeds; people of another service, members
and outsiders get 404; staff of the same service without the right role get 403; the wrong
method gets 405. Plus the queue, the alert page and what each view writes to the audit."""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from safeguarding.models import Alert, AlertState, AuditAction, AuditEvent, RotaEntry
from safeguarding.services import callback_request, post_screen

from .conftest import HIGH_TEXT, MEDIUM_TEXT, NONE_TEXT

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]


@pytest.fixture
def now():
    return timezone.now()


@pytest.fixture
def alert(rota, member, group, make_post, now):
    post = make_post(member, group, HIGH_TEXT, at=now - datetime.timedelta(minutes=3))
    post_screen(post=post, now=now - datetime.timedelta(minutes=3))
    return Alert.objects.get(post=post)


@pytest.fixture
def people(
    duty_clinician,
    clinical_lead,
    clinician,
    service_admin,
    other_service_reviewer,
    member,
    outsider,
):
    return {
        "reviewer": duty_clinician,
        "lead": clinical_lead,
        "clinician": clinician,
        "admin": service_admin,
        "other_service": other_service_reviewer,
        "member": member,
        "outsider": outsider,
    }


# name, the methods it answers. Each alert page is for reviewers and leads of the alert's
# service only: staff without the safeguarding role get 403, everyone else 404. The actions
# on an alert each have a page of their own (GET shows the form, POST saves it; decision 0015).
ALERT_PAGES = [
    ("alert_detail", ("get",)),
    ("alert_acknowledge", ("post",)),
    ("alert_contact", ("get", "post")),
    ("alert_note", ("get", "post")),
    ("alert_resolve", ("get", "post")),
    ("alert_dismiss", ("get", "post")),
    ("alert_hide_post", ("get", "post")),
]


def _post_data(name, alert):
    return {
        "alert_contact": {"method": "phone", "result": "no_answer", "note": ""},
        "alert_note": {"text": "Tried the landline too"},
        "alert_resolve": {"outcome": "crisis_team", "note": "Referred to the crisis team"},
        "alert_dismiss": {"reason": "A song lyric"},
        "alert_hide_post": {"post_id": alert.post_id, "reason": "Describes a method"},
    }.get(name, {})


@pytest.mark.parametrize(("name", "methods"), ALERT_PAGES)
def test_alert_pages_permission_matrix(client, people, alert, name, methods):
    url = reverse(f"safeguarding:{name}", args=[alert.pk])
    expected = {
        "clinician": 403,
        "admin": 403,
        "other_service": 404,
        "member": 404,
        "outsider": 404,
    }
    for persona, status in expected.items():
        client.force_login(people[persona])
        for method in methods:
            data = _post_data(name, alert) if method == "post" else {}
            response = getattr(client, method)(url, data)
            assert response.status_code == status, (persona, method, response.status_code)

    client.force_login(people["reviewer"])
    for wrong in {"get", "post", "put"} - set(methods):
        assert getattr(client, wrong)(url).status_code == 405, wrong
    if "get" in methods:
        assert client.get(url).status_code == 200
    if "post" in methods:
        assert client.post(url, _post_data(name, alert)).status_code == 302
    # Nothing the refused people did changed the alert or left a trace of an action.
    events = AuditEvent.objects.filter(alert=alert).exclude(actor=None)
    actors = set(events.values_list("actor_id", flat=True))
    assert actors <= {people["reviewer"].pk}


def test_anonymous_people_are_sent_to_sign_in(client, alert):
    response = client.get(reverse("safeguarding:alert_detail", args=[alert.pk]))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_clinical_lead_of_the_service_may_see_and_act(client, people, alert):
    client.force_login(people["lead"])
    assert client.get(reverse("safeguarding:alert_detail", args=[alert.pk])).status_code == 200
    client.post(reverse("safeguarding:alert_acknowledge", args=[alert.pk]))
    alert.refresh_from_db()
    assert alert.assigned_to == people["lead"]


SERVICE_PAGES = [
    # name, method, who may, who gets 403, data
    ("alert_list", "get", ("reviewer", "lead"), ("clinician", "admin")),
    ("alert_create", "get", ("reviewer", "lead"), ("clinician", "admin")),
    ("rota", "get", ("reviewer", "lead", "admin"), ("clinician",)),
    ("rota_add", "get", ("admin",), ("reviewer", "lead", "clinician")),
    ("service_hours", "get", ("admin",), ("reviewer", "lead", "clinician")),
    ("escalation_policy", "get", ("admin", "lead"), ("reviewer", "clinician")),
    ("reports", "get", ("reviewer", "lead", "admin"), ("clinician",)),
]


@pytest.mark.parametrize(("name", "method", "allowed", "forbidden"), SERVICE_PAGES)
def test_service_pages_permission_matrix(client, people, alert, name, method, allowed, forbidden):
    url = reverse(f"safeguarding:{name}")
    for persona in allowed:
        client.force_login(people[persona])
        assert client.get(url).status_code == 200, persona
    for persona in forbidden:
        client.force_login(people[persona])
        assert client.get(url).status_code == 403, persona
    for persona in ("member", "outsider"):
        client.force_login(people[persona])
        assert client.get(url).status_code == 404, persona
    # Staff of another service see their own service's page, never this one's people.
    client.force_login(people["other_service"])
    response = client.get(url)
    assert response.status_code in (200, 403)
    assert people["member"].display_name not in response.content.decode()
    client.force_login(people[allowed[0]])
    for wrong in ("put", "delete"):
        assert getattr(client, wrong)(url).status_code == 405


def test_a_clinical_lead_reads_the_escalation_settings_but_cannot_change_them(client, people):
    url = reverse("safeguarding:escalation_policy")
    client.force_login(people["lead"])
    body = client.get(url).content.decode()
    assert "Only a service admin can change these settings." in body
    # No form in the page's content (the idle-timeout warning after </main> is chrome).
    assert "<form" not in body.split("<main", 1)[1].split("</main>", 1)[0]
    assert client.post(url, {"high_ack_minutes": 1}).status_code == 403
    client.force_login(people["admin"])
    assert "Save escalation settings" in client.get(url).content.decode()


def test_rota_remove_is_for_the_service_admin_by_post_only(client, people, rota):
    entry = RotaEntry.objects.first()
    url = reverse("safeguarding:rota_remove", args=[entry.pk])
    for persona, status in (
        ("reviewer", 403),
        ("lead", 403),
        ("clinician", 403),
        ("other_service", 404),
        ("member", 404),
        ("outsider", 404),
    ):
        client.force_login(people[persona])
        assert client.post(url).status_code == status, persona
    client.force_login(people["admin"])
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 302
    assert not RotaEntry.objects.filter(pk=entry.pk).exists()


def test_member_pages_are_for_members_of_the_group(
    client, people, rota, other_member, group, make_post
):
    post = make_post(other_member, group, NONE_TEXT)
    pages = [
        reverse("safeguarding:concern_post", args=[post.pk]),
        reverse("safeguarding:concern_member", args=[group.pk]),
    ]
    for url in pages:
        for persona in ("reviewer", "clinician", "admin", "other_service", "outsider"):
            client.force_login(people[persona])
            assert client.get(url).status_code == 404, (url, persona)
        client.force_login(people["member"])
        assert client.get(url).status_code == 200
        assert client.put(url).status_code == 405

    callback = reverse("safeguarding:callback")
    for persona in ("reviewer", "clinician", "outsider"):
        client.force_login(people[persona])
        assert client.get(callback).status_code == 404, persona
    client.force_login(people["member"])
    assert client.get(callback).status_code == 200
    assert client.delete(callback).status_code == 405
    assert client.get(reverse("safeguarding:callback_sent")).status_code == 200
    assert client.get(reverse("safeguarding:concern_sent")).status_code == 200
    assert client.post(reverse("safeguarding:concern_sent")).status_code == 405


# --- the queue ----------------------------------------------------------------------------------
def test_the_queue_orders_by_level_then_age_and_offers_a_one_click_claim(
    client, rota, member, other_member, group, make_post, now
):
    from groups.models import Membership
    from tests.factories import UserFactory

    def another(name):
        person = UserFactory(service=group.service, display_name=name)
        Membership.objects.create(group=group, person=person)
        return person

    # One member each: a member's next worrying post joins their waiting alert (decisions
    # 0012 and 0013), so it would not make a row of its own.
    ages = {
        "new high": (member, HIGH_TEXT, 5),
        "old high": (another("Olive Older"), HIGH_TEXT, 40),
        "old medium": (another("Mo Medium"), MEDIUM_TEXT, 50),
    }
    made = {}
    for label, (author, text, minutes) in ages.items():
        at = now - datetime.timedelta(minutes=minutes)
        post = make_post(author, group, text, at=at)
        post_screen(post=post, now=at)
        made[label] = Alert.objects.get(post=post)
    # The old high alert's member posts again: still one row, in its place (the alert's
    # age counts, not the latest post's), saying how many posts and how recent.
    again_at = now - datetime.timedelta(minutes=2)
    post_screen(post=make_post(ages["old high"][0], group, HIGH_TEXT, at=again_at), now=again_at)
    callback = callback_request(
        actor=other_member,
        reason="Medication",
        preferred_time="any",
        now=now - datetime.timedelta(hours=3),
    )
    client.force_login(rota["duty"])
    html = client.get(reverse("safeguarding:alert_list")).content.decode()
    order = [int(pk) for pk in re.findall(r'data-alert-id="(\d+)"', html)]
    assert order == [made["old high"].pk, made["new high"].pk, made["old medium"].pk, callback.pk]
    assert html.count(">Acknowledge<") == 4
    assert html.count("Olive Older</a>") == 1
    assert re.findall(r'data-post-count="(\d+)"><strong>([^<]*)<', html) == [
        ("2", "2 posts, the latest 2\xa0minutes ago")
    ]
    assert HIGH_TEXT not in html, "the queue never shows what people wrote"
    assert AuditEvent.objects.filter(action=AuditAction.QUEUE_VIEWED, actor=rota["duty"]).exists()

    filtered = client.get(reverse("safeguarding:alert_list"), {"level": "medium"}).content.decode()
    assert re.findall(r'data-alert-id="(\d+)"', filtered) == [str(made["old medium"].pk)]


def test_the_queue_runs_the_same_number_of_queries_for_few_or_many_alerts(
    client, rota, member, group, make_post, now
):
    client.force_login(rota["duty"])
    url = reverse("safeguarding:alert_list")

    def add_alerts(count):
        from groups.models import Membership
        from tests.factories import UserFactory

        for i in range(count):
            at = now - datetime.timedelta(minutes=i + 1)
            # One member each: a member's second medium post joins their first alert (the
            # row then shows the count of posts and the latest, read with no extra query).
            author = UserFactory(service=group.service)
            Membership.objects.create(group=group, person=author)
            post_screen(post=make_post(author, group, MEDIUM_TEXT, at=at), now=at)
            if i % 2:
                post_screen(post=make_post(author, group, MEDIUM_TEXT, at=now), now=now)

    def queries():
        # A look again within the window is not written twice (test_view_audit.py): warm up
        # so that both sizes are measured as the same kind of look.
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured), response.content.decode().count("data-alert-id=")

    add_alerts(2)
    few, shown_few = queries()
    add_alerts(18)
    many, shown_many = queries()
    assert (shown_few, shown_many) == (2, 20)
    assert few == many
    assert Alert.objects.filter(snapshot__has_key="later_posts").count() == 10


def test_acknowledge_from_the_queue(client, rota, alert):
    client.force_login(rota["backup"])
    response = client.post(reverse("safeguarding:alert_acknowledge", args=[alert.pk]))
    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.state == AlertState.ACKNOWLEDGED
    assert alert.assigned_to == rota["backup"]
    # The second reviewer is told who has it, and nothing changes.
    client.force_login(rota["duty"])
    response = client.post(reverse("safeguarding:alert_acknowledge", args=[alert.pk]), follow=True)
    assert "Bo Backup has already acknowledged this alert." in response.content.decode()
    alert.refresh_from_db()
    assert alert.assigned_to == rota["backup"]


# --- the alert page ------------------------------------------------------------------------------
def test_the_alert_page_shows_the_minimum_and_records_who_looked(
    client, rota, member, other_member, group, make_post, now
):
    start = now - datetime.timedelta(hours=2)
    root = make_post(other_member, group, "Thread opener: how is everyone?", at=start)
    replies = [
        make_post(
            other_member if i % 2 else member,
            group,
            f"reply number {i}",
            parent=root,
            at=start + datetime.timedelta(minutes=i + 1),
        )
        for i in range(6)
    ]
    flagged = make_post(
        member, group, HIGH_TEXT, parent=root, at=start + datetime.timedelta(minutes=3, seconds=30)
    )
    post_screen(post=flagged, now=flagged.created_at)
    alert = Alert.objects.get(post=flagged)
    elsewhere = make_post(other_member, group, "A different thread about the cafe", at=start)

    client.force_login(rota["duty"])
    html = client.get(reverse("safeguarding:alert_detail", args=[alert.pk])).content.decode()

    # The evidence is highlighted in the snapshot.
    assert "<mark>" in html
    for cue in alert.evidence:
        assert f"<mark>{cue['text']}</mark>" in html
    # Two posts before and two after in the same thread; never the rest of the group.
    shown = [int(pk) for pk in re.findall(r'data-context-post="(\d+)"', html)]
    assert shown == [replies[1].pk, replies[2].pk, replies[3].pk, replies[4].pk]
    for hidden_from_staff in (root, replies[0], replies[5], elsewhere):
        assert hidden_from_staff.body not in html
    # The member's contact details.
    assert member.email in html
    assert str(member.mobile) in html
    # The look is on the record, with the posts shown.
    event = AuditEvent.objects.filter(action=AuditAction.ALERT_VIEWED, alert=alert).latest("pk")
    assert event.actor == rota["duty"]
    assert event.detail["context_post_ids"] == sorted(shown)
    assert 'name="viewport"' in html, "works on a phone"


def test_every_action_from_the_page_is_audited(client, rota, alert):
    client.force_login(rota["duty"])
    steps = [
        ("alert_acknowledge", {}, AuditAction.ALERT_ACKNOWLEDGED),
        ("alert_contact", {"method": "phone", "result": "spoke"}, AuditAction.CONTACT_ATTEMPTED),
        ("alert_note", {"text": "Plan agreed"}, AuditAction.NOTE_ADDED),
        (
            "alert_hide_post",
            {"post_id": alert.post_id, "reason": "Method described"},
            AuditAction.POST_HIDDEN,
        ),
        ("alert_resolve", {"outcome": "crisis_team", "note": ""}, AuditAction.ALERT_RESOLVED),
    ]
    for name, data, action in steps:
        response = client.post(reverse(f"safeguarding:{name}", args=[alert.pk]), data)
        assert response.status_code == 302, name
        assert AuditEvent.objects.filter(alert=alert, action=action, actor=rota["duty"]).exists()
    alert.refresh_from_db()
    assert alert.state == AlertState.RESOLVED
    assert alert.post.hidden_at is not None
    # The timeline shows it all, in order.
    html = client.get(reverse("safeguarding:alert_detail", args=[alert.pk])).content.decode()
    timeline = re.findall(r'data-action="(\w+)"', html)
    for _name, _data, action in steps:
        assert action in timeline
    assert "Plan agreed" in html


def test_an_invalid_form_shows_the_error_and_changes_nothing(client, rota, alert):
    client.force_login(rota["duty"])
    response = client.post(reverse("safeguarding:alert_dismiss", args=[alert.pk]), {"reason": ""})
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    alert.refresh_from_db()
    assert alert.state == AlertState.OPEN


def test_a_member_flag_through_the_page(client, rota, member, other_member, group, make_post):
    post = make_post(other_member, group, NONE_TEXT)
    client.force_login(member)
    page = client.get(reverse("safeguarding:concern_post", args=[post.pk])).content.decode()
    assert "We will not tell the person" in page
    assert 'href="tel:999"' in page
    response = client.post(
        reverse("safeguarding:concern_post", args=[post.pk]), {"note": "worried"}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("safeguarding:concern_sent")
    assert "Thank you for telling us" in response.content.decode()
    assert Alert.objects.get(post=post).concerns.get().raised_by == member


def test_a_call_back_request_through_the_page(client, member):
    client.force_login(member)
    response = client.post(
        reverse("safeguarding:callback"),
        {"reason": "Talk about flare-up plan", "preferred_time": "afternoon", "phone": ""},
    )
    assert response.status_code == 302
    alert = Alert.objects.get(source="callback")
    assert alert.subject == member and alert.callback_preferred_time == "afternoon"


def test_the_rota_page_shows_empty_positions_and_the_admin_fills_them(
    client, service_admin, duty_clinician
):
    client.force_login(service_admin)
    html = client.get(reverse("safeguarding:rota")).content.decode()
    # 14 days always include open weekdays; with an empty rota every position is a gap.
    assert "Nobody" in html
    response = client.post(
        reverse("safeguarding:rota_add"),
        {"position": "duty", "person": duty_clinician.pk, "weekday": "0"},
    )
    assert response.status_code == 302
    assert RotaEntry.objects.get().person == duty_clinician


def test_the_hide_page_is_for_a_post_shown_with_the_alert_and_keeps_the_reason(
    client, rota, member, other_member, group, make_post, now
):
    """The hide page shows the one post it hides (the flagged one or one shown around it);
    a refusal comes back on it with the error linked to the box and the text kept; any other
    post is not this page's (404), nor is a post id altered in the form."""
    from tests.ui.htmltree import parse

    at = now - datetime.timedelta(minutes=3)
    root = make_post(other_member, group, NONE_TEXT, at=at - datetime.timedelta(minutes=1))
    post = make_post(member, group, HIGH_TEXT, at=at, parent=root)
    elsewhere = make_post(other_member, group, "Another thread entirely")
    post_screen(post=post, now=at)
    alert = Alert.objects.get(post=post)
    client.force_login(rota["duty"])
    url = reverse("safeguarding:alert_hide_post", args=[alert.pk])

    detail = client.get(reverse("safeguarding:alert_detail", args=[alert.pk])).content.decode()
    assert f"{url}?post={root.pk}" in detail and f"{url}?post={post.pk}" in detail
    page = parse(client.get(url, {"post": root.pk}).content)
    assert page.find("div", data_post_to_hide=str(root.pk)) is not None
    assert NONE_TEXT in page.find("div", data_post_to_hide=str(root.pk)).text

    response = client.post(url, {"post_id": root.pk, "reason": " "})
    assert response.status_code == 400
    page = parse(response.content)
    ids = [node.attrs["id"] for node in page.iter() if node.attrs.get("id")]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for label in page.find_all("label"):
        assert page.by_id(label.attrs["for"]) is not None, label.attrs["for"]
    box = page.find("input", name="reason")
    assert page.find("a", href=f"#{box.attrs['id']}") is not None
    assert page.by_id(f"{box.attrs['id']}-error") is not None
    assert page.find("input", name="post_id").attrs["value"] == str(root.pk)

    assert client.get(url, {"post": elsewhere.pk}).status_code == 404
    assert client.get(url, {"post": "not a number"}).status_code == 404
    assert client.post(url, {"post_id": elsewhere.pk, "reason": "x"}).status_code == 404
    root.refresh_from_db()
    elsewhere.refresh_from_db()
    assert root.hidden_at is None and elsewhere.hidden_at is None


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("alert_contact", {"method": "", "result": "spoke", "note": "Rang twice"}),
        ("alert_resolve", {"outcome": "other", "note": ""}),
        ("alert_dismiss", {"reason": ""}),
        ("alert_note", {"text": ""}),
    ],
)
def test_each_action_page_has_one_form_and_keeps_what_was_typed(client, rota, alert, name, typed):
    from tests.ui.htmltree import parse

    client.force_login(rota["duty"])
    url = reverse(f"safeguarding:{name}", args=[alert.pk])
    shown = parse(client.get(url).content)
    main = shown.find("main")
    assert len(main.find_all("form")) == 1 and len(main.find_all("h1")) == 1
    response = client.post(url, typed)
    assert response.status_code == 400
    body = response.content.decode()
    assert "There is a problem" in body
    for value in typed.values():
        if value.strip():
            assert value in body
    page = parse(response.content)
    ids = [node.attrs["id"] for node in page.iter() if node.attrs.get("id")]
    assert len(ids) == len(set(ids))
    alert.refresh_from_db()
    assert alert.state == AlertState.OPEN
    assert not AuditEvent.objects.filter(
        alert=alert, action__in=[AuditAction.CONTACT_ATTEMPTED, AuditAction.NOTE_ADDED]
    ).exists()


def test_a_closed_alert_sends_its_action_pages_back_but_still_takes_a_note(client, rota, alert):
    client.force_login(rota["duty"])
    client.post(reverse("safeguarding:alert_dismiss", args=[alert.pk]), {"reason": "A lyric"})
    alert.refresh_from_db()
    assert alert.state == AlertState.DISMISSED
    back = reverse("safeguarding:alert_detail", args=[alert.pk])
    for name in ("alert_contact", "alert_resolve", "alert_dismiss", "alert_hide_post"):
        response = client.get(reverse(f"safeguarding:{name}", args=[alert.pk]))
        assert response.status_code == 302 and response["Location"] == back, name
    page = client.get(back).content.decode()
    assert reverse("safeguarding:alert_resolve", args=[alert.pk]) not in page
    assert reverse("safeguarding:alert_note", args=[alert.pk]) in page
    assert client.get(reverse("safeguarding:alert_note", args=[alert.pk])).status_code == 200
    saved = client.post(reverse("safeguarding:alert_note", args=[alert.pk]), {"text": "Told GP"})
    assert saved.status_code == 302
    assert AuditEvent.objects.filter(alert=alert, action=AuditAction.NOTE_ADDED).exists()


def test_safeguarding_templates_have_no_inline_css_or_javascript():
    """Ready for a strict Content Security Policy: styles and scripts come from static files."""
    import pathlib

    from django.conf import settings

    folder = pathlib.Path(settings.BASE_DIR) / "templates" / "safeguarding"
    templates = sorted(folder.rglob("*.html"))
    assert templates
    inline = re.compile(r"<style|\sstyle=|<script(?![^>]*\ssrc=)|\son[a-z]+=", re.IGNORECASE)
    for path in templates:
        found = inline.search(path.read_text())
        assert found is None, f"{path.name}: {found.group(0)}"
