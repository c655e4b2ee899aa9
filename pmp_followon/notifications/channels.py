"""Channels: how a rendered message leaves. Email goes through Django's email backend
(SMTP/Mailpit, locmem in tests, django-anymail if installed); SMS through sms.py.

A channel is opened once per delivery task, so a batch shares one SMTP connection and one
HTTP session. Each send() hands over exactly one message so that each row gets its own
outcome.
"""

from __future__ import annotations

import contextlib
import hashlib
import smtplib
import socket
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from .errors import AmbiguousError, PermanentError, SendError, TemporaryError
from .sms import BaseSMSBackend, get_sms_backend


@dataclass
class OutgoingMessage:
    to: str
    body: str
    reference: str  # the row's idempotency key
    subject: str = ""
    headers: dict[str, str] = field(default_factory=dict)


class EmailChannel:
    name = "email"
    supports_lookup = False  # SMTP has no "did you already take this?"

    def __init__(self) -> None:
        self._connection = None

    @staticmethod
    def address_for(recipient) -> str:
        return recipient.email or ""

    def send(self, message: OutgoingMessage) -> str:
        message_id = _message_id(message.reference)
        email = EmailMessage(
            subject=message.subject,
            body=message.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[message.to],
            headers={"Message-ID": message_id, **message.headers},
            connection=self._open(),
        )
        try:
            email.send(fail_silently=False)
        except SendError:
            raise
        except Exception as exc:
            self._discard_connection()
            raise _classify_email_error(exc) from exc
        status = getattr(email, "anymail_status", None)  # set by django-anymail backends
        return str(getattr(status, "message_id", None) or message_id)

    def lookup(self, *, reference: str) -> str | None:
        return None

    def close(self) -> None:
        self._discard_connection()

    def _open(self):
        if self._connection is None:
            connection = get_connection(fail_silently=False)
            try:
                connection.open()
            except Exception as exc:
                raise TemporaryError(
                    f"Could not connect to the email server: {exc}",
                    problem="The email server could not be reached. We will try again.",
                ) from exc
            self._connection = connection
        return self._connection

    def _discard_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            # Closing a broken connection may fail too; there is nothing left to do then.
            with contextlib.suppress(Exception):
                connection.close()


class SMSChannel:
    name = "sms"

    def __init__(self) -> None:
        self._backend: BaseSMSBackend | None = None
        self._setup_error: SendError | None = None
        try:
            self._backend = get_sms_backend()
        except SendError as exc:
            self._setup_error = exc

    @property
    def supports_lookup(self) -> bool:
        return bool(self._backend and self._backend.supports_lookup)

    @staticmethod
    def address_for(recipient) -> str:
        mobile = recipient.mobile
        if not mobile:
            return ""
        return getattr(mobile, "as_e164", None) or str(mobile)

    def send(self, message: OutgoingMessage) -> str:
        return self._require_backend().send(
            to=message.to, body=message.body, reference=message.reference
        )

    def lookup(self, *, reference: str) -> str | None:
        return self._require_backend().lookup(reference=reference)

    def close(self) -> None:
        pass

    def _require_backend(self) -> BaseSMSBackend:
        if self._setup_error is not None:
            raise self._setup_error
        assert self._backend is not None
        return self._backend


def open_channels() -> dict[str, EmailChannel | SMSChannel]:
    return {"email": EmailChannel(), "sms": SMSChannel()}


def close_channels(channels: dict) -> None:
    for channel in channels.values():
        channel.close()


def _message_id(reference: str) -> str:
    """The same Message-ID for every attempt at one row, so that a mail system that sees
    the message twice can tell it is one message."""
    digest = hashlib.sha256(reference.encode()).hexdigest()[:32]
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip("> ") or "localhost"
    return f"<{digest}@{domain}>"


def _classify_email_error(exc: Exception) -> SendError:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return PermanentError(
            f"The email server refused the address: {exc}",
            problem="The email server did not accept the address. Check it is right.",
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        if 500 <= exc.smtp_code < 600:
            return PermanentError(
                f"The email server refused the message: {exc}",
                problem="The email server refused the message.",
            )
        return TemporaryError(
            f"The email server said try later: {exc}",
            problem="The email server asked us to try later. We will.",
        )
    status = getattr(exc, "status_code", None)  # django-anymail's API errors
    if isinstance(status, int) and 400 <= status < 500 and status != 429:
        return PermanentError(
            f"The email provider refused the message: {exc}",
            problem="The email provider refused the message.",
        )
    if isinstance(exc, (smtplib.SMTPServerDisconnected, socket.timeout, TimeoutError)):
        # SMTP gives no way to look the message up, so this is resent: a duplicate is
        # possible only if the server took the message and then dropped the connection.
        return AmbiguousError(
            f"The email server stopped answering: {exc}",
            problem="The email server stopped answering. We will try again.",
        )
    return TemporaryError(
        f"Email could not be sent: {exc.__class__.__name__}: {exc}",
        problem="The email could not be sent. We will try again.",
    )
