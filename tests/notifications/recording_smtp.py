"""A recording SMTP server on 127.0.0.1 (aiosmtpd, in a thread), for tests that send real
email through Django's SMTP backend. Every message the server accepts is recorded with its
Message-ID and the moment it arrived; nothing is unique, so a duplicate shows as two
records. A message whose connection closes before the final "." is never recorded (the
server discards it), which is what the hand-over record in channels.py relies on.

Addresses added to `refuse` are answered "550" at RCPT TO (a mailbox that does not exist),
and each refusal is recorded in `refused` with the moment it was given.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter

from aiosmtpd.controller import Controller

from .processes import free_port

_MESSAGE_ID = re.compile(rb"^Message-ID:\s*(<[^>]+>)", re.IGNORECASE | re.MULTILINE)


class _Handler:
    def __init__(self, server: RecordingSMTP) -> None:
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        with self.server.lock:
            refused = address.lower() in self.server.refuse
            if refused:
                self.server.refused.append((address, time.time()))
        if refused:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        found = _MESSAGE_ID.search(envelope.original_content or envelope.content)
        message_id = found.group(1).decode() if found else ""
        with self.server.lock:
            self.server.received.append((message_id, time.time(), list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"


class RecordingSMTP:
    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[tuple[str, float, list[str]]] = []
        self.refuse: set[str] = set()  # lower-case addresses answered 550 at RCPT TO
        self.refused: list[tuple[str, float]] = []
        self.lock = threading.Lock()
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> RecordingSMTP:
        self._controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self._controller.stop()

    def reset(self) -> None:
        """Forget what was received and refused, and refuse nobody (between tests)."""
        with self.lock:
            self.received.clear()
            self.refuse.clear()
            self.refused.clear()

    def count(self) -> int:
        with self.lock:
            return len(self.received)

    def by_message_id(self) -> Counter:
        with self.lock:
            return Counter(message_id for message_id, _at, _to in self.received)

    def first_arrival(self) -> dict[str, float]:
        with self.lock:
            arrivals: dict[str, float] = {}
            for message_id, at, _to in self.received:
                arrivals.setdefault(message_id, at)
            return arrivals
