"""Channels: how a rendered message leaves. Email goes through Django's email backend
(SMTP/Mailpit, locmem in tests, django-anymail if installed); SMS through sms.py.

A channel is opened once per delivery task, so a batch shares one SMTP connection and one
HTTP session. Each send() hands over exactly one message so that each row gets its own
outcome. Crisis deliveries open their channels with short timeouts.

Exactly-once email over SMTP: SMTP cannot be asked "did you already take this?", so the
moment of hand-over is made visible instead. Through Django's SMTP backend a message is
sent up to, but not including, the final "." of DATA; then `before_handover()` records in
the database that the row is being handed over; then the "." goes. A server discards a
message whose connection closes before the "." (RFC 5321 section 4.1.1.4), so a worker
killed before the record sent nothing, and a row with the record is never sent again (the
sweeper counts it as sent). The one gap left is the instant between that record's commit
and the "." leaving this process (see docs/operations/notifications.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import smtplib
import socket
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPEmailBackend
from django.core.mail.message import sanitize_address

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

    def __init__(self, *, timeout: float | None = None) -> None:
        self._connection = None
        self._timeout = timeout

    @staticmethod
    def address_for(recipient) -> str:
        return recipient.email or ""

    def send(
        self, message: OutgoingMessage, *, before_handover: Callable[[], bool] | None = None
    ) -> str:
        """Hand one email over. `before_handover()` is called at the last moment before the
        server takes the message (only through Django's SMTP backend, where that moment
        exists); when it returns False the message is abandoned unsent."""
        message_id = _message_id(message.reference)
        connection = self._open()
        email = EmailMessage(
            subject=message.subject,
            body=message.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[message.to],
            headers={"Message-ID": message_id, **message.headers},
            connection=connection,
        )
        try:
            if before_handover is not None and isinstance(connection, SMTPEmailBackend):
                _smtp_send_in_two_steps(connection, email, before_handover)
            else:
                email.send(fail_silently=False)
        except SendError:
            self._discard_connection()
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
            options = {"timeout": self._timeout} if self._timeout else {}
            connection = get_connection(fail_silently=False, **options)
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
        smtp = getattr(connection, "connection", None)
        if isinstance(smtp, smtplib.SMTP):
            # Close the socket without QUIT: in the middle of DATA a QUIT would be taken
            # as part of the message, and the server would wait for the final ".".
            with contextlib.suppress(Exception):
                smtp.close()
            connection.connection = None
        if connection is not None:
            # Closing a broken connection may fail too; there is nothing left to do then.
            with contextlib.suppress(Exception):
                connection.close()


class SMSChannel:
    name = "sms"

    def __init__(self, *, timeout: float | None = None) -> None:
        self._backend: BaseSMSBackend | None = None
        self._setup_error: SendError | None = None
        try:
            self._backend = get_sms_backend(timeout=timeout)
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

    def send(self, message: OutgoingMessage, *, before_handover=None) -> str:
        # Notify is asked by reference before any resend; no hand-over record is needed.
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


def open_channels(*, priority: str = "default") -> dict[str, EmailChannel | SMSChannel]:
    """Both channels; crisis deliveries get short timeouts, so that a hanging provider
    costs seconds before the retry."""
    if priority == "crisis":
        return {
            "email": EmailChannel(timeout=settings.NOTIFICATION_CRISIS_EMAIL_TIMEOUT_SECONDS),
            "sms": SMSChannel(timeout=settings.NOTIFY_CRISIS_TIMEOUT_SECONDS),
        }
    return {"email": EmailChannel(), "sms": SMSChannel()}


def close_channels(channels: dict) -> None:
    for channel in channels.values():
        channel.close()


def _smtp_send_in_two_steps(backend, email: EmailMessage, before_handover) -> None:
    """smtplib's sendmail() for one message, with `before_handover()` between the message
    text and the final ".". Raises what sendmail() raises."""
    if backend.connection is None:
        backend.open()
    smtp = backend.connection
    encoding = email.encoding or settings.DEFAULT_CHARSET
    sender = sanitize_address(email.from_email, encoding)
    recipients = [sanitize_address(address, encoding) for address in email.recipients()]
    data = email.message().as_bytes(linesep="\r\n")
    smtp.ehlo_or_helo_if_needed()
    options = [f"size={len(data)}"] if smtp.does_esmtp and smtp.has_extn("size") else []
    code, reply = smtp.mail(sender, options)
    if code != 250:
        smtp.rset()
        raise smtplib.SMTPSenderRefused(code, reply, sender)
    refused = {}
    for recipient in recipients:
        code, reply = smtp.rcpt(recipient)
        if code not in (250, 251):
            refused[recipient] = (code, reply)
    if len(refused) == len(recipients):
        smtp.rset()
        raise smtplib.SMTPRecipientsRefused(refused)
    code, reply = smtp.docmd("data")
    if code != 354:
        smtp.rset()
        raise smtplib.SMTPDataError(code, reply)
    text = re.sub(rb"(?m)^\.", b"..", data)
    if not text.endswith(b"\r\n"):
        text += b"\r\n"
    smtp.send(text)
    if not before_handover():
        raise TemporaryError(
            "The row was no longer ours at hand-over; the email was not sent.",
            problem="Sending was interrupted. We will try again.",
        )
    smtp.send(b".\r\n")
    code, reply = smtp.getreply()
    if code != 250:
        raise smtplib.SMTPDataError(code, reply)


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
