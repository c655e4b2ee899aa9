"""Channels that refuse some people, for tests of an unreachable duty clinician.

The numbers and addresses to refuse come from the environment, so that a real worker
process started by a test refuses the same ones: PMP_TEST_FAIL_SMS_TO and
PMP_TEST_FAIL_EMAIL_TO, comma-separated. Everyone else is sent to as usual (the database
SMS backend, Django's locmem email backend).
"""

from __future__ import annotations

import os
import smtplib

from django.core.mail.backends.locmem import EmailBackend

from pmp_followon.notifications.errors import PermanentError
from pmp_followon.notifications.sms import DatabaseSMSBackend


def _refused(variable: str) -> set[str]:
    return {v.strip().lower() for v in os.environ.get(variable, "").split(",") if v.strip()}


def _digits(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return "0" + digits[2:] if digits.startswith("44") else digits


class FailingSMSBackend(DatabaseSMSBackend):
    """A provider answering 400 (a permanent error) for the refused numbers."""

    def send(self, *, to: str, body: str, reference: str) -> str:
        if _digits(to) in {_digits(n) for n in _refused("PMP_TEST_FAIL_SMS_TO")}:
            raise PermanentError(
                "400 Bad Request: not a valid number",
                problem="The text message provider refused the number.",
            )
        return super().send(to=to, body=body, reference=reference)


class FailingEmailBackend(EmailBackend):
    """An SMTP server answering 550 (recipient refused) for the refused addresses."""

    def send_messages(self, messages):
        refused = _refused("PMP_TEST_FAIL_EMAIL_TO")
        for message in messages:
            bad = {a.lower() for a in message.recipients()} & refused
            if bad:
                raise smtplib.SMTPRecipientsRefused(
                    dict.fromkeys(bad, (550, b"5.1.1 mailbox unavailable"))
                )
        return super().send_messages(messages)
