"""The one-tap "can't make it" link in a reminder: it works without signing in.

A short token (it has to fit in a text message): ``<meeting>-<person>-<signature>``. The
signature covers the meeting's slot, so when a meeting moves the old links stop working
and the new reminders carry new ones. A token is no use once the meeting has started.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "groups.cant_make_it"
SIGNATURE_LENGTH = 16


def _signature(meeting_id: int, person_id: int, slot: int) -> str:
    return salted_hmac(SALT, f"{meeting_id}:{person_id}:{slot}", algorithm="sha256").hexdigest()[
        :SIGNATURE_LENGTH
    ]


def cant_make_it_token(*, meeting_id: int, person_id: int, slot: int) -> str:
    return f"{meeting_id}-{person_id}-{_signature(meeting_id, person_id, slot)}"


@dataclass(frozen=True)
class ParsedToken:
    meeting_id: int
    person_id: int
    signature: str

    def matches(self, slot: int) -> bool:
        return constant_time_compare(
            self.signature, _signature(self.meeting_id, self.person_id, slot)
        )


def parse_cant_make_it_token(token: str) -> ParsedToken | None:
    parts = token.split("-")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    if len(parts[2]) != SIGNATURE_LENGTH:
        return None
    return ParsedToken(meeting_id=int(parts[0]), person_id=int(parts[1]), signature=parts[2])
