"""Text message backends: a small interface, GOV.UK Notify for production, and two for
development (one stores messages in the database, one prints them).

settings.SMS_BACKEND names the class; it is read each time a backend is made.
"""

from __future__ import annotations

import logging
import time

import requests
from django.conf import settings
from django.utils.module_loading import import_string
from urllib3.exceptions import NewConnectionError

from .errors import AmbiguousError, PermanentError, TemporaryError

logger = logging.getLogger(__name__)


class BaseSMSBackend:
    """Hand a text message to a provider.

    send() returns the provider's id for the message or raises one of the errors in
    errors.py. lookup() answers "did you already accept a message with this reference?"
    with the provider's id or None; it raises TemporaryError when it cannot tell.
    """

    supports_lookup = False

    def __init__(self, *, timeout: float | None = None) -> None:
        # Seconds to wait for the provider; None for the backend's usual timeout.
        self.timeout = timeout

    def send(self, *, to: str, body: str, reference: str) -> str:
        raise NotImplementedError

    def lookup(self, *, reference: str) -> str | None:
        return None


class DatabaseSMSBackend(BaseSMSBackend):
    """Development and tests: each hand-off is a new SMSMessage row, committed on its own
    like a real provider's record (it is written outside the delivery transaction)."""

    supports_lookup = True

    def send(self, *, to: str, body: str, reference: str) -> str:
        from .models import SMSMessage

        delay = settings.SMS_DATABASE_BACKEND_DELAY_SECONDS
        if delay:
            time.sleep(delay)  # stands in for a provider's latency in fault-injection tests
        message = SMSMessage.objects.create(to=to, body=body, reference=reference)
        return f"dev-sms-{message.pk}"

    def lookup(self, *, reference: str) -> str | None:
        from .models import SMSMessage

        pk = (
            SMSMessage.objects.filter(reference=reference)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )
        return None if pk is None else f"dev-sms-{pk}"


class ConsoleSMSBackend(BaseSMSBackend):
    """Development: print the message in the worker's log. Cannot look anything up."""

    def send(self, *, to: str, body: str, reference: str) -> str:
        logger.info("SMS to %s (reference %s): %s", to, reference, body)
        return f"console-{reference}"


class NotifySMSBackend(BaseSMSBackend):
    """GOV.UK Notify. The Notify template (NOTIFY_SMS_TEMPLATE_ID) must be exactly
    `((body))`, so the text comes from our templates. The idempotency key is sent as
    Notify's `reference`, which lookup() searches for before any resend."""

    supports_lookup = True

    def __init__(self, *, timeout: float | None = None) -> None:
        from notifications_python_client.notifications import NotificationsAPIClient

        super().__init__(timeout=timeout)
        api_key = settings.NOTIFY_API_KEY
        if not api_key or not settings.NOTIFY_SMS_TEMPLATE_ID:
            raise PermanentError(
                "NOTIFY_API_KEY and NOTIFY_SMS_TEMPLATE_ID must be set",
                problem="Text messages are not set up (no GOV.UK Notify key or template).",
            )
        self.template_id = settings.NOTIFY_SMS_TEMPLATE_ID
        self.client = NotificationsAPIClient(
            api_key,
            base_url=settings.NOTIFY_BASE_URL,
            timeout=timeout or settings.NOTIFY_TIMEOUT_SECONDS,
        )

    def send(self, *, to: str, body: str, reference: str) -> str:
        from notifications_python_client.errors import APIError

        try:
            response = self.client.send_sms_notification(
                phone_number=to,
                template_id=self.template_id,
                personalisation={"body": body},
                reference=reference,
            )
        except APIError as exc:
            raise _classify(exc) from exc
        return str(response.get("id", ""))

    def lookup(self, *, reference: str) -> str | None:
        from notifications_python_client.errors import APIError

        try:
            found = self.client.get_all_notifications(template_type="sms", reference=reference)
        except APIError as exc:
            raise TemporaryError(
                f"GOV.UK Notify lookup failed: {exc}",
                problem="Could not check with GOV.UK Notify whether the text was already sent.",
            ) from exc
        notifications = (found or {}).get("notifications") or []
        if not notifications:
            return None
        return str(notifications[0].get("id") or "notify-accepted")


def _classify(exc: Exception) -> Exception:
    """Turn a Notify client error into ours. The client wraps every requests failure in an
    HTTPError; the original is its __cause__."""
    cause = exc.__cause__
    status = getattr(exc, "status_code", None)
    response = getattr(exc, "response", None)
    if response is None:
        if _never_connected(cause):
            # The request never reached Notify.
            return TemporaryError(
                f"GOV.UK Notify connection timed out: {cause}",
                problem="GOV.UK Notify could not be reached. We will try again.",
            )
        # A read timeout or a dropped connection: Notify may have accepted it.
        return AmbiguousError(
            f"No answer from GOV.UK Notify: {cause or exc}",
            problem="GOV.UK Notify did not answer in time. We will check and try again.",
        )
    if status == 429:
        return TemporaryError(
            f"GOV.UK Notify rate limit: {exc}",
            problem="GOV.UK Notify asked us to slow down. We will try again.",
        )
    if status is not None and 400 <= status < 500:
        return PermanentError(
            f"GOV.UK Notify refused the message: {exc}",
            problem=_plain_refusal(str(exc)),
        )
    return AmbiguousError(
        f"GOV.UK Notify error: {exc}",
        problem="GOV.UK Notify had a problem. We will check and try again.",
    )


def _never_connected(cause: BaseException | None) -> bool:
    """A connect timeout or a refused connection: nothing was sent. (A read timeout or a
    connection dropped after sending may have delivered the request.)"""
    if isinstance(cause, requests.ConnectTimeout):
        return True
    if isinstance(cause, requests.ConnectionError):
        reason = getattr(cause.args[0], "reason", None) if cause.args else None
        return isinstance(reason, NewConnectionError)
    return False


def _plain_refusal(detail: str) -> str:
    lowered = detail.lower()
    if "phone" in lowered or "number" in lowered:
        return "GOV.UK Notify did not accept the mobile number. Check it is right."
    if "auth" in lowered or "token" in lowered or "key" in lowered or detail.startswith("403"):
        return "GOV.UK Notify did not accept our key. The text message set-up needs checking."
    return "GOV.UK Notify refused the message."


def get_sms_backend(*, timeout: float | None = None) -> BaseSMSBackend:
    """The configured backend. Subclasses of BaseSMSBackend take `timeout` (seconds); any
    other class with send() and lookup() keeps its own."""
    backend = import_string(settings.SMS_BACKEND)
    if isinstance(backend, type) and issubclass(backend, BaseSMSBackend):
        return backend(timeout=timeout)
    return backend()
