"""Render a row into the words that leave: one place per kind under
templates/notifications/<kind>/ (subject.txt, email.txt, sms.txt), plain text, no HTML
escaping. Reminder emails always carry an unsubscribe link and List-Unsubscribe headers.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.template import Context
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone

from .kinds import Kind
from .preferences import unsubscribe_token_for

logger = logging.getLogger(__name__)

SMS_SINGLE_PART = 160
# Set by the renderer; a caller's context may not replace them.
RESERVED_CONTEXT_KEYS = frozenset({"recipient", "unsubscribe_url"})


@dataclass
class RenderedMessage:
    body: str
    subject: str = ""
    headers: dict[str, str] = field(default_factory=dict)


def template_names(template: str) -> dict[str, str]:
    return {part: f"notifications/{template}/{part}.txt" for part in ("subject", "email", "sms")}


def site_url() -> str:
    return settings.SITE_URL.rstrip("/")


def unsubscribe_url(recipient) -> str:
    # The day is in the cache key: a link is stamped when it is made and expires
    # (NOTIFICATION_UNSUBSCRIBE_LINK_DAYS), so a long-lived worker must not reuse old ones.
    return _unsubscribe_url(recipient.pk, site_url(), settings.SECRET_KEY, timezone.now().date())


@functools.lru_cache(maxsize=20_000)
def _unsubscribe_url(user_id: int, site: str, secret: str, day: datetime.date) -> str:
    # Signing and reversing cost more than rendering the message; a batch of reminders
    # often goes to the same people. The key includes what the URL depends on.
    return site + reverse("notifications:unsubscribe", args=[unsubscribe_token_for(user_id)])


# The compiled templates of one batch of deliveries (batch_templates()), by name; None
# outside a batch, where each render looks its templates up as usual.
_batch_templates: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "notification_batch_templates", default=None
)


@contextlib.contextmanager
def batch_templates() -> Iterator[None]:
    """Within this block each template is looked up once and its compiled form reused for
    every message (a batch renders hundreds of messages from a few templates; looking each
    up again cost 6% of a reminder's CPU, run 5 of docs/operations/benchmarks.md). Ends
    with the block, so a template changed on disk is seen by the next batch."""
    token = _batch_templates.set({})
    try:
        yield
    finally:
        _batch_templates.reset(token)


def _compiled(name: str):
    cache = _batch_templates.get()
    if cache is None:
        return get_template(name).template
    found = cache.get(name)
    if found is None:
        found = cache[name] = get_template(name).template
    return found


def _render_text(name: str, context: dict) -> str:
    # The Django backend's Template wraps the engine's; render the engine's one directly so
    # that autoescape can be off: these are text messages, not HTML.
    return _compiled(name).render(Context(context, autoescape=False))


def render_notification(*, template: str, channel: str, context: dict, recipient, kind: Kind):
    names = template_names(template)
    service = getattr(recipient, "service", None)
    link = unsubscribe_url(recipient) if kind.has_unsubscribe_link else ""
    values = {
        "service_name": service.name if service else settings.SERVICE_NAME,
        "site_url": site_url(),
        **context,
        "recipient": recipient,
        "unsubscribe_url": link,
    }
    if channel == "sms":
        body = " ".join(_render_text(names["sms"], values).split())
        if len(body) > SMS_SINGLE_PART:
            logger.warning("SMS for %s is %s characters (more than one part)", template, len(body))
        return RenderedMessage(body=body)
    subject = " ".join(_render_text(names["subject"], values).split())
    body = re.sub(r"\n{3,}", "\n\n", _render_text(names["email"], values).strip()) + "\n"
    headers: dict[str, str] = {}
    if link:
        if link not in body:
            body += f"\nTo stop these reminders, go to {link}\n"
        # RFC 8058 one-click unsubscribe: mail apps show their own button for it.
        headers["List-Unsubscribe"] = f"<{link}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return RenderedMessage(body=body, subject=subject, headers=headers)
