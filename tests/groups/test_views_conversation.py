"""The message board: the notice before a first post, screening on save, the crisis panel
in the same response, replies, flags, and hidden posts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from groups import services
from groups.models import GroupEvent, Membership, Post
from groups.notice import SCREENING_NOTICE_VERSION
from safeguarding.models import Alert, Concern, PostScreening

pytestmark = pytest.mark.django_db

WORRYING = "I've been saving up my tramadol and tonight I'm going to take them all"


def test_first_post_needs_the_notice_and_keeps_what_was_typed(login, group, member):
    client = login(member)
    page = client.get(reverse("groups:board", args=[group.pk])).content.decode()
    assert "Before you post: how messages are checked" in page
    assert "not a crisis service" in page
    response = client.post(
        reverse("groups:board", args=[group.pk]), {"body": "Hello everyone, see you Thursday"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Tick the box" in body
    assert "Hello everyone, see you Thursday" in body
    assert not Post.objects.exists()
    response = client.post(
        reverse("groups:board", args=[group.pk]),
        {"body": "Hello everyone, see you Thursday", "agree": "on"},
    )
    assert response.status_code == 302
    membership = Membership.objects.get(group=group, person=member)
    assert membership.screening_notice_version == SCREENING_NOTICE_VERSION
    assert membership.screening_notice_agreed_at is not None
    # Agreed once: the notice and the box are gone.
    page = client.get(reverse("groups:board", args=[group.pk])).content.decode()
    assert "Before you post" not in page and 'name="agree"' not in page


def test_every_post_is_screened_when_saved(login, group, member):
    client = login(member)
    client.post(
        reverse("groups:board", args=[group.pk]),
        {"body": "The pain is killing me today but the pacing helps", "agree": "on"},
    )
    post = Post.objects.get()
    screening = PostScreening.objects.get(post=post)
    assert screening.level == "none"
    assert not Alert.objects.exists()


def test_worrying_post_shows_the_crisis_panel_in_the_same_response(login, group, member):
    client = login(member)
    response = client.post(
        reverse("groups:board", args=[group.pk]), {"body": WORRYING, "agree": "on"}
    )
    assert response.status_code == 200  # rendered, not redirected
    body = response.content.decode()
    assert "data-crisis-panel" in body
    assert "116 123" in body and "85258" in body and "999" in body
    assert "Your message is posted" in body
    post = Post.objects.get()
    assert Alert.objects.filter(post=post, level="high").exists()
    # The panel is not shown again on the next visit.
    assert (
        "data-crisis-panel"
        not in client.get(reverse("groups:board", args=[group.pk])).content.decode()
    )


def test_worrying_reply_shows_the_panel_too(login, group, member, secret_post):
    client = login(member)
    response = client.post(
        reverse("groups:thread", args=[group.pk, secret_post.pk]), {"body": WORRYING}
    )
    assert response.status_code == 200
    assert "data-crisis-panel" in response.content.decode()


def test_a_post_only_the_statistical_layer_raises_shows_the_panel_and_alerts(login, group, member):
    from safeguarding.screening import Level, screen_text
    from safeguarding.screening_training import training_samples

    # a post labelled at risk (high or medium) that no phrase rule matches and the statistical
    # layer raises with the words it weighed (a very short post can be raised with none shown;
    # since model 2026.12.16 most such high posts are raised to high by both heads)
    text = next(
        t
        for label, t in training_samples()
        if label in ("high", "medium")
        and screen_text(t, statistical_layer=False).level == Level.NONE
        and (both := screen_text(t)).level == Level.MEDIUM
        and any(cue.category == "statistical" for cue in both.evidence)
    )
    client = login(member)
    response = client.post(reverse("groups:board", args=[group.pk]), {"body": text, "agree": "on"})
    assert response.status_code == 200
    assert "data-crisis-panel" in response.content.decode()
    alert = Alert.objects.get(post=Post.objects.get())
    assert alert.level == "medium"
    assert any(cue["category"] == "statistical" for cue in alert.evidence)


def test_replies_move_the_thread_to_the_top(login, group, member, coordinator):
    first = services.post_create(
        actor=member,
        group=group,
        body="First thread",
        agree_notice_version=SCREENING_NOTICE_VERSION,
    ).post
    services.post_create(
        actor=coordinator,
        group=group,
        body="Second thread",
        agree_notice_version=SCREENING_NOTICE_VERSION,
    )
    client = login(coordinator)
    response = client.post(
        reverse("groups:thread", args=[group.pk, first.pk]), {"body": "See you all on Thursday"}
    )
    assert response.status_code == 302
    page = client.get(reverse("groups:board", args=[group.pk])).content.decode()
    assert page.index("First thread") < page.index("Second thread")
    thread = client.get(reverse("groups:thread", args=[group.pk, first.pk])).content.decode()
    assert "See you all on Thursday" in thread


def test_member_flags_a_post_and_staff_are_told_not_the_author(
    login, group, coordinator, secret_post
):
    client = login(coordinator)
    form = client.get(reverse("groups:post_flag", args=[group.pk, secret_post.pk]))
    assert form.status_code == 200
    response = client.post(
        reverse("groups:post_flag", args=[group.pk, secret_post.pk]),
        {"note": "She has been quiet since"},
    )
    assert response.status_code == 200
    assert "data-crisis-panel" in response.content.decode()
    concern = Concern.objects.get()
    assert (concern.raised_by, concern.post) == (coordinator, secret_post)
    assert concern.alert.post == secret_post
    assert not GroupEvent.objects.filter(verb__icontains="flag").exists()


def test_hidden_post_is_hidden_from_others_but_not_its_author(
    login, group, member, coordinator, secret_post
):
    from django.utils import timezone

    Post.objects.filter(pk=secret_post.pk).update(
        hidden_at=timezone.now(), hidden_reason="Method detail"
    )
    others = login(coordinator).get(reverse("groups:board", args=[group.pk])).content.decode()
    assert "SECRET-POST-TEXT" not in others and "has hidden this message" in others
    own = login(member).get(reverse("groups:board", args=[group.pk])).content.decode()
    assert "SECRET-POST-TEXT" in own and "Only you can see it" in own


def test_empty_message_is_a_clear_error(login, group, member):
    client = login(member)
    response = client.post(reverse("groups:board", args=[group.pk]), {"body": "  ", "agree": "on"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not Post.objects.exists()
