"""Secrets that must travel through the outbox without being readable there.

A sign-in link or a contact-check code is written into Notification.context, which the
technical admin and anyone with read access to the database can see. Sealed values are
encrypted with a key derived from SECRET_KEY (and its fallbacks, so a key rotation does not
break messages already queued); the notification template unseals them with the `unseal`
filter at render time, so the plain value exists only in the message that is sent.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

_PURPOSE = b"pmp-followon.sealed-notification-value"


def _key(secret: str) -> bytes:
    return base64.urlsafe_b64encode(hashlib.sha256(_PURPOSE + secret.encode()).digest())


def _fernet() -> MultiFernet:
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet([Fernet(_key(s)) for s in secrets])


def seal(value: str) -> str:
    return _fernet().encrypt(value.encode()).decode("ascii")


def unseal(token: str) -> str:
    """The plain value, or "" when the token is not ours (never raises into a template)."""
    try:
        return _fernet().decrypt(str(token).encode("ascii")).decode()
    except (InvalidToken, ValueError, UnicodeError):
        return ""
