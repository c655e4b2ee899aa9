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
        self._group: list = []  # send_group()'s connections, one a message

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

    @property
    def hands_over_in_groups(self) -> bool:
        """True when the backend is Django's SMTP backend, where send_group() works."""
        return issubclass(type(get_connection(fail_silently=False)), SMTPEmailBackend)

    def send_group(
        self,
        messages: list[OutgoingMessage],
        *,
        before_handover: Callable[[list[int]], set[int]],
    ) -> list[str | SendError]:
        """Hand several emails over at once, each on its own SMTP connection, and return
        for each message its Message-ID or the error that stopped it.

        The connections move in step: MAIL FROM is written on every one, then every reply
        read; then RCPT TO, DATA and the message text the same way, so waiting for the
        server overlaps. With every message up to (not including) its final ".",
        `before_handover(indices)` records in ONE database round trip that those rows
        are being handed over and returns the indices still ours; only then do their "."
        go. So the rule of `send()` holds for each message (no "." leaves before its
        row's hand-over record is committed) at one round trip per group, not per email.
        A connection whose message was not ours, or that failed, is closed without its
        "." (the server discards the message) and opened afresh next time.
        """
        while len(self._group) < len(messages):
            self._group.append(None)
        results: list[str | SendError | None] = [None] * len(messages)
        live: dict[int, smtplib.SMTP] = {}
        data: dict[int, bytes] = {}
        for index, message in enumerate(messages):
            try:
                backend = self._group_backend(index)
                email = self._email(message, backend)
                data[index] = _smtp_text(email)
                live[index] = backend.connection
            except Exception as exc:  # noqa: BLE001 - one message's fault, not the group's
                results[index] = self._group_failed(index, exc)
                if _server_not_answering(exc):
                    # A server that cannot be reached or hangs is not tried once per email
                    # (each would wait for the whole timeout): the rest of the group waits.
                    self._give_up(range(index + 1, len(messages)), live, results)
                    break
        sender = sanitize_address(settings.DEFAULT_FROM_EMAIL, settings.DEFAULT_CHARSET)
        steps = (
            ("mail", [f"FROM:{smtplib.quoteaddr(sender)}"] * len(messages), (250,)),
            ("rcpt", [f"TO:{smtplib.quoteaddr(m.to)}" for m in messages], (250, 251)),
            ("data", [""] * len(messages), (354,)),
        )
        for command, arguments, wanted in steps:
            for index, smtp in list(live.items()):
                try:
                    smtp.putcmd(command, arguments[index])
                except Exception as exc:  # noqa: BLE001
                    del live[index]
                    results[index] = self._group_failed(index, exc)
            for index, smtp in list(live.items()):
                try:
                    code, reply = smtp.getreply()
                    if code not in wanted:
                        raise _refusal(command, code, reply, messages[index].to)
                except Exception as exc:  # noqa: BLE001
                    del live[index]
                    results[index] = self._group_failed(index, exc)
                    if _server_not_answering(exc):
                        self._give_up(list(live), live, results)  # no "." has gone
        self._in_step(live, results, lambda i, smtp: smtp.send(data[i]))
        try:
            ours = before_handover(sorted(live)) if live else set()
        except Exception as exc:  # noqa: BLE001 - no "." has gone: nothing was sent
            ours = set()
            for index in list(live):
                results[index] = TemporaryError(
                    f"Could not record the hand-over: {exc}",
                    problem="Sending was interrupted. We will try again.",
                )
        for index in [i for i in live if i not in ours]:
            del live[index]
            self._discard_group_connection(index)
            results[index] = results[index] or TemporaryError(
                "The row was no longer ours at hand-over; the email was not sent.",
                problem="Sending was interrupted. We will try again.",
            )
        self._in_step(live, results, lambda i, smtp: smtp.send(b".\r\n"))
        waited = False
        for index, smtp in live.items():
            try:
                if waited and smtp.sock is not None:
                    # Every "." went at the same moment, so after one reply took the whole
                    # timeout the others have had it too: read what is there, briefly.
                    smtp.sock.settimeout(0.5)
                code, reply = smtp.getreply()
                if code != 250:
                    raise smtplib.SMTPDataError(code, reply)
                results[index] = _message_id(messages[index].reference)
            except Exception as exc:  # noqa: BLE001
                waited = waited or _server_not_answering(exc)
                results[index] = self._group_failed(index, exc)
        return [r if r is not None else TemporaryError("Not sent.") for r in results]

    def _give_up(self, indices, live: dict, results: list) -> None:
        for index in indices:
            live.pop(index, None)
            self._discard_group_connection(index)
            results[index] = TemporaryError(
                "The email server did not answer another message of this group; not sent.",
                problem="The email server could not be reached. We will try again.",
            )

    def _in_step(self, live: dict, results: list, write: Callable) -> None:
        for index, smtp in list(live.items()):
            try:
                write(index, smtp)
            except Exception as exc:  # noqa: BLE001
                del live[index]
                results[index] = self._group_failed(index, exc)

    def _group_backend(self, index: int):
        backend = self._group[index]
        if backend is None:
            backend = _open_email_connection(self._timeout)
            self._group[index] = backend
        backend.connection.ehlo_or_helo_if_needed()
        return backend

    def _group_failed(self, index: int, exc: Exception) -> SendError:
        self._discard_group_connection(index)
        return exc if isinstance(exc, SendError) else _classify_email_error(exc)

    def _discard_group_connection(self, index: int) -> None:
        if index < len(self._group):
            _close_without_quit(self._group[index])
            self._group[index] = None

    def _email(self, message: OutgoingMessage, connection) -> EmailMessage:
        return EmailMessage(
            subject=message.subject,
            body=message.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[message.to],
            headers={"Message-ID": _message_id(message.reference), **message.headers},
            connection=connection,
        )

    def close(self) -> None:
        self._discard_connection()
        for index in range(len(self._group)):
            self._discard_group_connection(index)

    def _open(self):
        if self._connection is None:
            self._connection = _open_email_connection(self._timeout)
        return self._connection

    def _discard_connection(self) -> None:
        connection, self._connection = self._connection, None
        _close_without_quit(connection)


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


def _open_email_connection(timeout):
    """An open connection to the email server (Django's email backend), or TemporaryError."""
    options = {"timeout": timeout} if timeout else {}
    connection = get_connection(fail_silently=False, **options)
    try:
        connection.open()
    except Exception as exc:
        raise TemporaryError(
            f"Could not connect to the email server: {exc}",
            problem="The email server could not be reached. We will try again.",
        ) from exc
    return connection


def _close_without_quit(connection) -> None:
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


def _smtp_text(email: EmailMessage) -> bytes:
    """The message as DATA carries it: dot-stuffed, CRLF, without the final "."."""
    data = email.message().as_bytes(linesep="\r\n")
    text = re.sub(rb"(?m)^\.", b"..", data)
    return text if text.endswith(b"\r\n") else text + b"\r\n"


def _server_not_answering(exc: BaseException) -> bool:
    """A connection that could not be made, timed out or was dropped; not a refusal (the
    server answered). smtplib's exceptions are OSErrors too, so refusals are ruled out."""
    if isinstance(exc, TemporaryError):  # _group_backend: could not connect
        exc = exc.__cause__ or exc
    if isinstance(exc, (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused)):
        return False
    return isinstance(exc, (OSError, TemporaryError))


def _refusal(command: str, code: int, reply: bytes, address: str) -> Exception:
    if command == "rcpt":
        return smtplib.SMTPRecipientsRefused({address: (code, reply)})
    if command == "mail":
        return smtplib.SMTPSenderRefused(code, reply, settings.DEFAULT_FROM_EMAIL)
    return smtplib.SMTPDataError(code, reply)


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
