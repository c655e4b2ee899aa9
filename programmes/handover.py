"""What each handover step asks of the facilitators, and the first-meeting window.

Pure definitions (no database): the checklists ticked in the session, what to bring, and the
4-to-6-week check used by the confirm step form. From Figure 1 of the seed paper.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str


# Keys are stored in ChecklistTick.item: never rename one, add a new key instead.
CHECKLISTS: dict[str, tuple[ChecklistItem, ...]] = {
    "introduce": (
        ChecklistItem("ptv_story", _("The PTV shared their own story of a follow-on group")),
        ChecklistItem("info_sheet", _("Information sheet about follow-on groups given out")),
        ChecklistItem("questions", _("Questions answered")),
    ),
    "agree": (
        ChecklistItem("dates_venues", _("Possible dates and venues for the first meeting noted")),
        ChecklistItem(
            "contact_sharing",
            _("Sharing contact details explained: each person chooses what to share"),
        ),
        ChecklistItem("organisers", _("People volunteered to organise the group")),
    ),
    "confirm": (
        ChecklistItem("contacts_checked", _("Shared contact details checked: the codes arrived")),
        ChecklistItem(
            "first_meeting",
            _(
                "First meeting date and time confirmed (4 to 6 weeks after the last session), "
                "or a poll opened"
            ),
        ),
    ),
}

WHAT_TO_BRING: dict[str, str] = {
    "introduce": str(
        _(
            "Printed information sheets about follow-on groups (one for each participant), "
            "and the short film if you show it."
        )
    ),
    "agree": str(
        _(
            "A list of possible dates and venues for the first meeting, and the sheet "
            "explaining how contact details are shared."
        )
    ),
    "confirm": str(
        _(
            "The list of who is sharing which contact details, so everyone can check theirs "
            "work, and a diary to confirm the first meeting."
        )
    ),
}


def checklist_keys(kind: str) -> frozenset[str]:
    return frozenset(item.key for item in CHECKLISTS[kind])


def first_meeting_window(
    last_session_date: datetime.date, *, min_weeks: int = 4, max_weeks: int = 6
) -> tuple[datetime.date, datetime.date]:
    """The earliest and latest dates for the first meeting, both inclusive."""
    return (
        last_session_date + datetime.timedelta(weeks=min_weeks),
        last_session_date + datetime.timedelta(weeks=max_weeks),
    )


def first_meeting_window_warning(
    *,
    last_session_date: datetime.date,
    first_meeting_date: datetime.date,
    min_weeks: int = 4,
    max_weeks: int = 6,
) -> str | None:
    """A warning (never a block) when the first meeting falls outside the window.

    The paper's protocol puts the first meeting 4 to 6 weeks after the last PMP session.
    Returns None when it is inside.
    """
    earliest, latest = first_meeting_window(
        last_session_date, min_weeks=min_weeks, max_weeks=max_weeks
    )
    if first_meeting_date < last_session_date:
        return str(_("The first meeting is before the last session of the programme."))
    if first_meeting_date < earliest:
        days = (first_meeting_date - last_session_date).days
        return str(
            _(
                "The first meeting is %(days)s days after the last session: sooner than the "
                "usual %(min)s to %(max)s weeks."
            )
            % {"days": days, "min": min_weeks, "max": max_weeks}
        )
    if first_meeting_date > latest:
        days = (first_meeting_date - last_session_date).days
        return str(
            _(
                "The first meeting is %(days)s days after the last session: later than the "
                "usual %(min)s to %(max)s weeks. People lose touch when the gap is long."
            )
            % {"days": days, "min": min_weeks, "max": max_weeks}
        )
    return None
