"""The funnel, per programme and in total: from enrolment, through the handover choice and
contact sharing, to the first meeting, a formed group and who is still coming a year on;
and the reasons people gave for not continuing.

Five queries whatever the number of programmes or people, each grouped in the database.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from groups.models import Group, Membership
from pmp_followon.accounts.models import Service
from programmes.models import (
    ContactCheck,
    ContactConsent,
    ContinueChoice,
    Enrolment,
    EnrolmentStatus,
    NotContinuingReason,
    ProgrammeSession,
    ProgrammeSettings,
)

from ..suppression import People, difference, suppress
from .common import (
    Column,
    ReportFilter,
    Table,
    held_face_to_face,
    participant_attendance,
    service_programmes,
)

# "Still attending at N months": came to a group meeting at least this long after the
# programme's last session.
STILL_ATTENDING_DAYS = {3: 91, 6: 182, 12: 365}

STAGES = (
    "enrolled",
    "taking_part",
    "completed",
    "withdrawn",
    "keen",
    "keen_unsuitable",
    "prefer_not",
    "no_answer",
    "shared",
    "checked",
    "came_first",
    "att3",
    "att6",
    "att12",
)


@dataclass
class FunnelRow:
    programme_id: int | None
    name: str
    programme_end: datetime.datetime | None
    first_meeting_weeks: int | None
    first_meeting_in_window: bool | None
    formed: bool | None
    formed_count: int
    in_window_count: int
    cells: dict[str, People | None]


def _window(service: Service) -> tuple[int, int]:
    found = (
        ProgrammeSettings.objects.filter(service=service)
        .values_list("first_meeting_min_weeks", "first_meeting_max_weeks")
        .first()
    )
    return found or (4, 6)


def funnel_rows(
    service: Service, flt: ReportFilter, *, now: datetime.datetime
) -> tuple[list[FunnelRow], FunnelRow, tuple[int, int]]:
    programmes_qs = service_programmes(service, flt)
    first_face = (
        held_face_to_face(now)
        .filter(group__origin_programmes=OuterRef("pk"), starts_at__gte=OuterRef("programme_end"))
        .order_by("starts_at")
    )
    programmes = list(
        programmes_qs.annotate(
            first_meeting_at=Subquery(first_face.values("starts_at")[:1]),
            first_meeting_id=Subquery(first_face.values("pk")[:1]),
            formed=Exists(
                Group.objects.filter(origin_programmes=OuterRef("pk"), formed_at__isnull=False)
            ),
        ).order_by("programme_end", "name")
    )
    ids = [p.pk for p in programmes]
    end_of = (
        ProgrammeSession.objects.filter(programme=OuterRef("programme_id"))
        .order_by("-ends_at")
        .values("ends_at")[:1]
    )
    checked = ContactCheck.objects.filter(
        user_id=OuterRef(OuterRef("participant_id")),
        value=OuterRef("value"),
        verified_at__isnull=False,
    )
    consents = ContactConsent.objects.filter(enrolment=OuterRef("pk"), withdrawn_at__isnull=True)
    last_came = (
        participant_attendance(now)
        .filter(person_id=OuterRef("participant_id"))
        .order_by("-meeting__starts_at")
        .values("meeting__starts_at")[:1]
    )
    enrolments = Enrolment.objects.filter(programme_id__in=ids).annotate(
        programme_end=Subquery(end_of),
        shares=Exists(consents),
        shares_checked=Exists(consents.filter(Exists(checked))),
        last_came=Subquery(last_came),
    )
    active = ~Q(status=EnrolmentStatus.WITHDRAWN)
    choice = "choice__continue_choice"
    aggregates = {
        "enrolled": Count("pk"),
        "taking_part": Count("pk", filter=Q(status=EnrolmentStatus.ENROLLED)),
        "completed": Count("pk", filter=Q(status=EnrolmentStatus.COMPLETED)),
        "withdrawn": Count("pk", filter=Q(status=EnrolmentStatus.WITHDRAWN)),
        "keen": Count("pk", filter=active & Q(**{choice: ContinueChoice.KEEN})),
        "keen_unsuitable": Count(
            "pk", filter=active & Q(**{choice: ContinueChoice.KEEN_UNSUITABLE})
        ),
        "prefer_not": Count("pk", filter=active & Q(**{choice: ContinueChoice.PREFER_NOT})),
        "no_answer": Count("pk", filter=active & Q(choice__isnull=True)),
        "shared": Count("pk", filter=active & Q(shares=True)),
        "checked": Count("pk", filter=active & Q(shares_checked=True)),
    }
    for months, days in STILL_ATTENDING_DAYS.items():
        aggregates[f"att{months}"] = Count(
            "pk",
            filter=active & Q(last_came__gte=F("programme_end") + datetime.timedelta(days=days)),
        )
    counts = {
        row["programme_id"]: row
        for row in enrolments.order_by().values("programme_id").annotate(**aggregates)
    }
    first_ids = [p.first_meeting_id for p in programmes if p.first_meeting_id]
    came_first = dict(
        participant_attendance(now)
        .filter(meeting_id__in=first_ids)
        .order_by()
        .values("meeting_id")
        .annotate(n=Count("person", distinct=True))
        .values_list("meeting_id", "n")
    )
    min_weeks, max_weeks = _window(service)
    rows = []
    for p in programmes:
        found = counts.get(p.pk, {})
        cells: dict[str, People | None] = {k: People(found.get(k, 0)) for k in STAGES}
        cells["came_first"] = People(came_first.get(p.first_meeting_id, 0))
        for months, days in STILL_ATTENDING_DAYS.items():
            if p.programme_end is None or p.programme_end + datetime.timedelta(days=days) > now:
                cells[f"att{months}"] = None  # not that long ago yet
        weeks = in_window = None
        if p.first_meeting_at and p.programme_end:
            days_after = (p.first_meeting_at - p.programme_end).days
            weeks = days_after // 7
            in_window = days_after <= max_weeks * 7
        rows.append(
            FunnelRow(
                programme_id=p.pk,
                name=p.name,
                programme_end=p.programme_end,
                first_meeting_weeks=weeks,
                first_meeting_in_window=in_window,
                formed=p.formed,
                formed_count=int(p.formed),
                in_window_count=int(bool(in_window)),
                cells=cells,
            )
        )
    total = FunnelRow(
        programme_id=None,
        name=str(_("All programmes")),
        programme_end=None,
        first_meeting_weeks=None,
        first_meeting_in_window=None,
        formed=None,
        formed_count=sum(r.formed_count for r in rows),
        in_window_count=sum(r.in_window_count for r in rows),
        cells={
            k: People(sum(c.value for c in (r.cells[k] for r in rows) if c is not None))
            for k in STAGES
        },
    )
    _suppress_funnel(rows, total)
    return rows, total, (min_weeks, max_weeks)


def _counted(cells: dict[str, People | None], *keys: str) -> list[People]:
    """Cells that are always counted (only the still-attending ones can be None)."""
    found = []
    for key in keys:
        cell = cells[key]
        if cell is None:
            raise ValueError(f"the funnel cell {key!r} is always counted")
        found.append(cell)
    return found


def _suppress_funnel(rows: list[FunnelRow], total: FunnelRow) -> None:
    constraints: list[list[People]] = []
    for r in [*rows, total]:
        c = r.cells
        constraints.append(_counted(c, "taking_part", "completed", "withdrawn", "enrolled"))
        constraints.append(
            _counted(
                c, "keen", "keen_unsuitable", "prefer_not", "no_answer", "taking_part", "completed"
            )
        )
        shared, checked = _counted(c, "shared", "checked")
        constraints.append([shared, checked, difference(shared, checked)])
        for whole_key, part_key in (("att3", "att6"), ("att6", "att12")):
            whole, part = c[whole_key], c[part_key]
            if whole is not None and part is not None:
                constraints.append([whole, part, difference(whole, part)])
    for key in STAGES:
        parts = [cell for cell in (r.cells[key] for r in rows) if cell is not None]
        if len(parts) == len(rows):  # the total is the sum of every row's cell
            constraints.append([*parts, *_counted(total.cells, key)])
    suppress(constraints)


FUNNEL_LABELS = {
    "enrolled": _("Enrolled"),
    "taking_part": _("Still taking part"),
    "completed": _("Completed"),
    "withdrawn": _("Left the programme"),
    "keen": _("Keen to keep meeting"),
    "keen_unsuitable": _("Keen, but the date, time or place did not suit"),
    "prefer_not": _("Preferred not to continue"),
    "no_answer": _("No answer recorded"),
    "shared": _("Shared contact details"),
    "checked": _("Shared details checked"),
    "came_first": _("Came to the first meeting"),
    "att3": _("Still attending at 3 months"),
    "att6": _("Still attending at 6 months"),
    "att12": _("Still attending at 12 months"),
}


def _programmes(n: int) -> str:
    return ngettext("%(n)s programme", "%(n)s programmes", n) % {"n": n}


def funnel_table(rows: list[FunnelRow], total: FunnelRow, window: tuple[int, int]) -> Table:
    columns = [Column("programme", _("Programme")), Column("ended", _("Last session"))]
    columns += [Column(k, FUNNEL_LABELS[k], numeric=True) for k in STAGES]
    columns += [
        Column("first_meeting", _("First meeting within %(n)s weeks") % {"n": window[1]}),
        Column("formed", _("Group formed")),
    ]
    table = Table(
        key="funnel", caption=str(_("From programme to follow-on group")), columns=columns
    )
    first: str | None
    formed: str | bool | None
    for r in [*rows, total]:
        if r.programme_id is None:
            first = _programmes(r.in_window_count)
            formed = _programmes(r.formed_count)
            ended = None
        else:
            first = (
                None
                if r.first_meeting_in_window is None
                else (
                    _("Yes (%(n)s weeks)") if r.first_meeting_in_window else _("No (%(n)s weeks)")
                )
                % {"n": r.first_meeting_weeks}
            )
            formed = r.formed
            ended = r.programme_end.strftime("%d %b %Y") if r.programme_end else None
        table.row_keys.append(str(r.programme_id or "total"))
        table.rows.append(
            [
                r.name,
                ended,
                *[r.cells[k] for k in STAGES],
                str(first) if first else None,
                formed if isinstance(formed, bool) else str(formed),
            ]
        )
    return table


def reasons_table(service: Service, flt: ReportFilter) -> Table:
    """Reasons for not continuing, from the handover answer ("prefer not") and from members
    leaving a group; people can give more than one."""
    programmes = service_programmes(service, flt)
    choices = Enrolment.objects.filter(
        programme__in=programmes, choice__continue_choice=ContinueChoice.PREFER_NOT
    ).exclude(status=EnrolmentStatus.WITHDRAWN)
    handover = choices.aggregate(
        **{
            r.value: Count("pk", filter=Q(choice__reasons__icontains=f'"{r.value}"'))
            for r in NotContinuingReason
        },
        other=Count("pk", filter=~Q(choice__reasons_other="")),
    )
    leavers = Membership.objects.filter(group__service=service).filter(
        Q(left_reason__gt="") | ~Q(left_reason_other="")
    )
    if flt.since is not None:
        leavers = leavers.filter(ended_at__gte=flt.since)
    if flt.until is not None:
        leavers = leavers.filter(ended_at__lt=flt.until)
    if flt.programme_id:
        leavers = leavers.filter(group__origin_programmes=flt.programme_id)
    left = leavers.aggregate(
        **{r.value: Count("pk", filter=Q(left_reason=r.value)) for r in NotContinuingReason},
        other=Count("pk", filter=~Q(left_reason_other="")),
    )
    table = Table(
        key="reasons",
        caption=str(_("Reasons for not continuing")),
        columns=[
            Column("reason", _("Reason")),
            Column("handover", _("At the end of the programme"), numeric=True),
            Column("left", _("On leaving a group"), numeric=True),
        ],
    )
    cells: list[People] = []
    for key, label in [*NotContinuingReason.choices, ("other", _("Something else"))]:
        at_handover, on_leaving = People(handover[key]), People(left[key])
        cells += [at_handover, on_leaving]
        table.row_keys.append(key)
        table.rows.append([str(label), at_handover, on_leaving])
    suppress([], cells)
    return table
