"""Pages: delivery problems (service admins and clinical leads), preferences, unsubscribe."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pmp_followon.notifications import preferences, services
from pmp_followon.notifications.errors import PermanentError
from pmp_followon.notifications.models import Notification, NotificationPreference, Status
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PROBLEMS = reverse("notifications:problems")
REMINDER = "notifications.reminder"
CONTEXT = {"title": "Coffee", "when": "Tuesday"}


class RefusingBackend:
    supports_lookup = False

    def send(self, *, to, body, reference):
        raise PermanentError("400 phone_number", problem="The mobile number was not accepted.")


@pytest.fixture
def failed_text(texted_person, settings):
    settings.SMS_BACKEND = "tests.notifications.test_views.RefusingBackend"
    (row,) = services.notification_create(
        recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key="r"
    )
    services.notification_deliver(notification_id=row.pk)
    settings.SMS_BACKEND = "pmp_followon.notifications.sms.DatabaseSMSBackend"
    row.refresh_from_db()
    assert row.status == Status.FAILED
    return row


@pytest.mark.parametrize("who", ["service_admin", "clinical_lead"])
def test_operators_see_failed_and_stuck_messages_in_plain_english(
    who, request, staff_client, failed_text, texted_person
):
    user = request.getfixturevalue(who)
    stuck_since = timezone.now() - datetime.timedelta(hours=1)
    (stuck,) = services.notification_create(
        recipient=texted_person,
        kind=REMINDER,
        context=CONTEXT,
        idempotency_key="stuck",
        now=stuck_since,
    )
    response = staff_client(user).get(PROBLEMS)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The mobile number was not accepted." in html
    assert "Due 60 minutes ago and not sent yet." in html
    assert reverse("notifications:problem_retry", args=[failed_text.pk]) in html
    assert reverse("notifications:problem_retry", args=[stuck.pk]) in html


def test_a_clinician_without_the_role_is_refused(staff_client, clinician):
    assert staff_client(clinician).get(PROBLEMS).status_code == 403


def test_participants_and_outsiders_get_not_found(client, participant, outsider):
    client.force_login(participant)
    assert client.get(PROBLEMS).status_code == 404
    client.force_login(outsider)
    assert client.get(PROBLEMS).status_code == 404


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get(PROBLEMS)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_another_services_problems_are_hidden(staff_client, other_service, failed_text):
    from pmp_followon.accounts.models import Role
    from tests.factories import STAFF_PASSWORD, add_totp

    elsewhere = UserFactory(service=other_service, role=Role.SERVICE_ADMIN, password=STAFF_PASSWORD)
    add_totp(elsewhere)
    client = staff_client(elsewhere)
    assert "was not accepted" not in client.get(PROBLEMS).content.decode()
    url = reverse("notifications:problem_retry", args=[failed_text.pk])
    assert client.post(url).status_code == 404
    failed_text.refresh_from_db()
    assert failed_text.status == Status.FAILED


def test_retry_button_sends_the_message_again(
    staff_client, service_admin, failed_text, django_capture_on_commit_callbacks
):
    url = reverse("notifications:problem_retry", args=[failed_text.pk])
    client = staff_client(service_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == PROBLEMS
    failed_text.refresh_from_db()
    assert failed_text.status == Status.SENT
    assert failed_text.retried_by == service_admin


def test_retry_needs_post(staff_client, service_admin, failed_text):
    url = reverse("notifications:problem_retry", args=[failed_text.pk])
    assert staff_client(service_admin).get(url).status_code == 405
    failed_text.refresh_from_db()
    assert failed_text.status == Status.FAILED


def test_retry_refused_for_a_clinician(staff_client, clinician, failed_text):
    url = reverse("notifications:problem_retry", args=[failed_text.pk])
    assert staff_client(clinician).post(url).status_code == 403


def test_problems_page_warns_when_the_workers_have_stopped(staff_client, service_admin):
    services.heartbeat_record(name="celery", now=timezone.now() - datetime.timedelta(hours=1))
    html = staff_client(service_admin).get(PROBLEMS).content.decode()
    assert "Sending has stopped" in html
    services.heartbeat_record(name="celery")
    html = staff_client(service_admin).get(PROBLEMS).content.decode()
    assert "Sending has stopped" not in html


def test_send_me_a_test_message(staff_client, service_admin, django_capture_on_commit_callbacks):
    client = staff_client(service_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("notifications:test_message"))
    assert response.status_code == 302
    (email,) = mail.outbox
    assert email.to == [service_admin.email]
    assert "test message" in email.subject.lower()
    assert staff_client(service_admin).get(reverse("notifications:test_message")).status_code == 405


def test_preferences_page_saves_choices(client, participant):
    client.force_login(participant)
    url = reverse("notifications:preferences")
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "email_enabled": "on",
            "sms_enabled": "on",
            "reminders_enabled": "on",
            "quiet_hours_start": "21:30",
            "quiet_hours_end": "07:45",
        },
    )
    assert response.status_code == 302
    pref = NotificationPreference.objects.get(user=participant)
    assert (pref.email_enabled, pref.sms_enabled, pref.reminders_enabled) == (True, True, True)
    assert pref.quiet_hours_start == datetime.time(21, 30)
    assert pref.quiet_hours_end == datetime.time(7, 45)


def test_preferences_page_needs_a_channel_and_both_quiet_times(client, participant):
    client.force_login(participant)
    url = reverse("notifications:preferences")
    response = client.post(url, {"reminders_enabled": "on"})
    assert response.status_code == 200
    assert "Choose at least one way" in response.content.decode()
    response = client.post(url, {"email_enabled": "on", "quiet_hours_start": "22:00"})
    assert "Give both times" in response.content.decode()
    assert not NotificationPreference.objects.exists()


def test_preferences_page_needs_sign_in_and_get_or_post(client, participant):
    url = reverse("notifications:preferences")
    assert client.get(url).status_code == 302
    client.force_login(participant)
    assert client.delete(url).status_code == 405


def test_unsubscribe_link_asks_first_then_turns_reminders_off(participant):
    token = preferences.unsubscribe_token(participant)
    url = reverse("notifications:unsubscribe", args=[token])
    client = Client()  # signed out
    response = client.get(url)
    assert response.status_code == 200
    assert "Stop reminders" in response.content.decode()
    assert not NotificationPreference.objects.exists()  # a GET changes nothing
    response = client.post(url)
    assert response.status_code == 200
    pref = NotificationPreference.objects.get(user=participant)
    assert pref.reminders_enabled is False
    assert pref.unsubscribed_at is not None


def test_one_click_unsubscribe_from_a_mail_app_needs_no_csrf_token(participant):
    url = reverse("notifications:unsubscribe", args=[preferences.unsubscribe_token(participant)])
    client = Client(enforce_csrf_checks=True)
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert NotificationPreference.objects.get(user=participant).reminders_enabled is False


def test_a_tampered_unsubscribe_token_is_refused(participant, outsider):
    token = preferences.unsubscribe_token(participant)
    user_part, signature = token.rsplit(":", 1)
    forged = preferences.unsubscribe_token(outsider).rsplit(":", 1)[0] + ":" + signature
    for bad in (forged, "nonsense", user_part + ":AAAA"):
        url = reverse("notifications:unsubscribe", args=[bad])
        assert Client().post(url).status_code == 400
    assert not NotificationPreference.objects.exists()


def test_unsubscribe_keeps_the_persons_channels_and_stops_their_reminders(
    participant, django_capture_on_commit_callbacks
):
    participant.preferred_channel = "sms"
    participant.save()
    url = reverse("notifications:unsubscribe", args=[preferences.unsubscribe_token(participant)])
    Client().post(url)
    pref = NotificationPreference.objects.get(user=participant)
    assert (pref.email_enabled, pref.sms_enabled) == (False, True)
    (row,) = services.notification_create(
        recipient=participant, kind=REMINDER, context=CONTEXT, idempotency_key="r"
    )
    assert services.notification_deliver(notification_id=row.pk) == "cancelled"
    assert Notification.objects.get(pk=row.pk).status == Status.CANCELLED
