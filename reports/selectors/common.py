"""What every report shares: the filters, the meetings that count as held, and a table
shape that pages, CSV files and the command line all print."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext_lazy as _

from groups.models import Attendance, Meeting, MeetingMode, MeetingStatus
from pmp_followon.accounts.models import Role, Service
from programmes.models import Programme, ProgrammeSession, ProgrammeStatus

from ..suppression import People

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise, WithAnnotations


class ProgrammeEnd(TypedDict):
    programme_end: datetime.datetime | None  # the end of its last session


EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
DAYS_PER_MONTH = 30.4375


@dataclass(frozen=True)
class ReportFilter:
    """The filters on every page. `since`/`until` bound the period ([since, until))."""

    since: datetime.datetime | None = None
    until: datetime.datetime | None = None
    programme_id: int | None = None
    area: str = ""
    group_status: str = ""
    period_label: str = ""

    def programme_period(self) -> Q:
        """Programmes whose last session ended in the period (`programme_end` annotated)."""
        q = Q()
        if self.since is not None:
            q &= Q(programme_end__gte=self.since)
        if self.until is not None:
            q &= Q(programme_end__lt=self.until)
        return q


ALL = ReportFilter()


@dataclass
class Column:
    key: str
    label: StrOrPromise  # usually a lazy translation, rendered where it is shown
    numeric: bool = False


@dataclass
class Table:
    """Rows of cells: str, int, None (shown as a dash) or People (shown as "<5" when
    suppressed). The same table is a page table, a CSV file and a command's output."""

    key: str
    caption: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    row_keys: list[str] = field(default_factory=list)

    def text_rows(self) -> list[list[str]]:
        return [[cell_text(cell) for cell in row] for row in self.rows]

    def header(self) -> list[str]:
        return [str(c.label) for c in self.columns]

    def page_rows(self) -> list[tuple[str, list[tuple[str, str, bool]]]]:
        """(row key, cells) with each cell as (column label, text, numeric), for the
        responsive table markup."""
        keys = self.row_keys or [str(i) for i in range(len(self.rows))]
        return [
            (
                key,
                [
                    (str(col.label), cell_text(cell), col.numeric)
                    for col, cell in zip(self.columns, row, strict=True)
                ],
            )
            for key, row in zip(keys, self.rows, strict=True)
        ]


def cell_text(cell: Any) -> str:
    if cell is None:
        return "-"
    if isinstance(cell, bool):
        return str(_("Yes")) if cell else str(_("No"))
    if isinstance(cell, float):
        return f"{cell:.1f}"
    return str(cell)


def people_cells(row: Sequence[Any]) -> list[People]:
    return [c for c in row if isinstance(c, People)]


# --- what the reports read ---------------------------------------------------------------
def service_programmes(
    service: Service, flt: ReportFilter
) -> QuerySet[WithAnnotations[Programme, ProgrammeEnd]]:
    """The service's programmes (not cancelled) in the filter, with `programme_end`."""
    last_end = (
        ProgrammeSession.objects.filter(programme=OuterRef("pk"))
        .order_by("-ends_at")
        .values("ends_at")[:1]
    )
    programmes = (
        Programme.objects.filter(service=service)
        .exclude(status=ProgrammeStatus.CANCELLED)
        .annotate(programme_end=Subquery(last_end))
        .filter(flt.programme_period())
    )
    if flt.programme_id:
        programmes = programmes.filter(pk=flt.programme_id)
    return programmes


def held_meetings(now: datetime.datetime) -> QuerySet[Meeting]:
    """Meetings that took place: planned (not cancelled or only suggested), started by
    now, and not recorded as a meeting nobody came to."""
    someone_came = Attendance.objects.filter(meeting=OuterRef("pk"), attended=True)
    return Meeting.objects.filter(status=MeetingStatus.SCHEDULED, starts_at__lte=now).filter(
        Q(attendance_recorded_at__isnull=True) | Exists(someone_came)
    )


def held_face_to_face(now: datetime.datetime) -> QuerySet[Meeting]:
    return held_meetings(now).filter(mode=MeetingMode.IN_PERSON)


def participant_attendance(now: datetime.datetime) -> QuerySet[Attendance]:
    """A participant (not a volunteer or staff) came to a meeting that was held."""
    return Attendance.objects.filter(
        attended=True,
        person__role=Role.PARTICIPANT,
        meeting__in=held_meetings(now),
    )


def months_between(start: datetime.date, end: datetime.date) -> int:
    """Whole calendar months from one date to a later one (23 for 15 Mar 2016 to
    20 Feb 2018)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return max(months, 0)


def decade_label(age: int) -> str:
    return f"{(age // 10) * 10}s"
