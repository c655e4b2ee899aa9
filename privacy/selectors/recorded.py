"""The readable page: the bundle's sections with labels and UK dates, and the part of it
staff recorded (for "what staff have recorded about you")."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.ui.dates import uk_date, uk_datetime

from .bundle import _BUILDERS, SECTIONS

# Sections whose facts a member of staff records about a participant.
STAFF_RECORDED = (
    "enrolments",
    "programme_attendance",
    "choices",
    "contact_sharing",
    "evaluation_profile",
)


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _display(value: Any) -> str:
    if value is None or value == "" or value == []:
        return _("Not recorded")
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            if len(value) == 10:
                return uk_date(datetime.date.fromisoformat(value))
            return uk_datetime(datetime.datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def readable_sections(bundle: dict[str, Any], keys: tuple[str, ...] | None = None) -> list[dict]:
    sections = []
    for key, title in SECTIONS:
        if keys is not None and key not in keys:
            continue
        items = bundle["sections"].get(key, [])
        sections.append(
            {
                "key": key,
                "title": title,
                "items": [[(_label(k), _display(v)) for k, v in item.items()] for item in items],
            }
        )
    return sections


def staff_recorded(person: User) -> list[dict]:
    bundle = {"sections": {key: _BUILDERS[key](person) for key in STAFF_RECORDED}}
    return readable_sections(bundle, STAFF_RECORDED)
