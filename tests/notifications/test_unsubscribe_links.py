"""Unsubscribe links expire, name no one, and refuse kindly when expired or tampered."""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pmp_followon.notifications import preferences
from pmp_followon.notifications.kinds import get_kind
from pmp_followon.notifications.models import NotificationPreference
from pmp_followon.notifications.rendering import render_notification
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NAME = "Zebedee Quillfeather"
EMAIL = "zq.unsubscriber@example.org"
PREFERENCES = reverse("notifications:preferences")


@pytest.fixture
def person():
    return UserFactory(display_name=NAME, email=EMAIL)


def url_for(token: str) -> str:
    return reverse("notifications:unsubscribe", args=[token])


def days_ago(days: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def assert_kind_refusal(response, status: int) -> None:
    html = response.content.decode()
    assert response.status_code == status
    assert f'href="{PREFERENCES}"' in html
    assert "sign in" in html
    assert "Nothing has been changed" in html
    assert NAME not in html and EMAIL not in html
    assert not NotificationPreference.objects.exists()


def test_a_link_older_than_the_limit_is_refused_with_the_expired_page(person):
    url = url_for(preferences.unsubscribe_token(person, now=days_ago(61)))
    for method in ("get", "post"):
        response = getattr(Client(), method)(url)
        assert_kind_refusal(response, 410)
        assert "This link has expired" in response.content.decode()


def test_a_link_within_the_limit_still_works(person):
    url = url_for(preferences.unsubscribe_token(person, now=days_ago(59)))
    assert Client().post(url).status_code == 200
    assert NotificationPreference.objects.get(user=person).reminders_enabled is False


def test_the_limit_is_a_setting_read_when_the_link_is_used(person, settings):
    token = preferences.unsubscribe_token(person, now=days_ago(3))
    settings.NOTIFICATION_UNSUBSCRIBE_LINK_DAYS = 2
    assert_kind_refusal(Client().get(url_for(token)), 410)
    settings.NOTIFICATION_UNSUBSCRIBE_LINK_DAYS = 4
    assert Client().get(url_for(token)).status_code == 200


@pytest.mark.parametrize("value", [0, -5, "soon", None])
def test_an_unusable_limit_falls_back_to_sixty_days(value, settings):
    settings.NOTIFICATION_UNSUBSCRIBE_LINK_DAYS = value
    assert preferences.unsubscribe_link_max_age() == datetime.timedelta(days=60)


def test_links_in_emails_sent_before_links_expired_get_the_expired_page(person):
    untimed = signing.Signer(salt=preferences.UNSUBSCRIBE_SALT).sign_object({"u": person.pk})
    for method in ("get", "post"):
        assert_kind_refusal(getattr(Client(), method)(url_for(untimed)), 410)


def test_one_click_unsubscribe_works_with_a_fresh_link_and_is_refused_with_an_expired_one(
    person,
):
    kind = get_kind("notifications.reminder")
    message = render_notification(
        template=kind.name,
        channel="email",
        context={"title": "Coffee", "when": "Tuesday"},
        recipient=person,
        kind=kind,
    )
    assert message.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = urlsplit(message.headers["List-Unsubscribe"].strip("<>")).path
    client = Client(enforce_csrf_checks=True)
    response = client.post(link, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert NotificationPreference.objects.get(user=person).reminders_enabled is False
    NotificationPreference.objects.all().delete()
    old = url_for(preferences.unsubscribe_token(person, now=days_ago(90)))
    response = client.post(old, {"List-Unsubscribe": "One-Click"})
    assert_kind_refusal(response, 410)


def test_neither_page_shows_the_persons_name_or_email(person):
    url = url_for(preferences.unsubscribe_token(person))
    client = Client()
    confirm = client.get(url)
    done = client.post(url)
    for response, heading in ((confirm, "Stop reminders"), (done, "Reminders stopped")):
        html = response.content.decode()
        assert response.status_code == 200
        assert heading in html
        assert "this email address" in html
        assert NAME not in html
        assert EMAIL not in html and EMAIL.split("@")[0] not in html
        assert "no-store" in response["Cache-Control"]


def test_a_tampered_link_gets_the_kind_page_not_an_error(person):
    other = UserFactory()
    token = preferences.unsubscribe_token(person)
    payload, stamp, signature = token.rsplit(":", 2)
    forged_user = preferences.unsubscribe_token(other).rsplit(":", 1)[0] + ":" + signature
    forged_time = f"{payload}:{signing.b62_encode(int(timezone.now().timestamp()) + 10)}"
    for bad in (
        forged_user,
        forged_time + ":" + signature,
        payload + ":" + stamp + ":AAAA",
        "nonsense",
        "a:b:c:d",
        token[:-1],
    ):
        for method in ("get", "post"):
            response = getattr(Client(), method)(url_for(bad))
            assert_kind_refusal(response, 400)
            assert "This link does not work" in response.content.decode()


def test_a_fresh_link_unsubscribes_once_however_often_it_is_used(person):
    url = url_for(preferences.unsubscribe_token(person))
    client = Client()
    assert client.post(url).status_code == 200
    first = NotificationPreference.objects.get(user=person)
    assert first.reminders_enabled is False
    assert first.unsubscribed_at is not None
    assert client.post(url).status_code == 200
    second = NotificationPreference.objects.get(user=person)
    assert NotificationPreference.objects.count() == 1
    assert (second.unsubscribed_at, second.updated_at) == (first.unsubscribed_at, first.updated_at)


def test_a_link_for_a_closed_account_changes_nothing(person):
    url = url_for(preferences.unsubscribe_token(person))
    person.is_active = False
    person.save()
    assert_kind_refusal(Client().post(url), 400)


@pytest.mark.parametrize("method", ["put", "patch", "delete", "options"])
def test_other_methods_are_not_allowed(person, method):
    url = url_for(preferences.unsubscribe_token(person))
    assert getattr(Client(), method)(url).status_code == 405
    assert not NotificationPreference.objects.exists()
