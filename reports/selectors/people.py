"""Who takes part, in the shape of Table 1 of the study: age and gender of the people who
came to at least one group meeting and of those who did not; condition categories and
ethnicity where recorded. From evaluation profiles only, in aggregate, small numbers
suppressed. Four grouped queries whatever the number of people."""

from __future__ import annotations

import datetime
import statistics
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.models import Role, Service, User
from programmes.models import Enrolment
from reports.models import ConditionCategory, EthnicCategory, Gender

from ..suppression import THRESHOLD, People, suppress
from .common import Column, ReportFilter, Table, participant_attendance, service_programmes

PROFILE = "evaluation_profile__"
NOT_RECORDED = _("Not recorded")
AGE_ROW_KEYS: dict[bool | None, str] = {True: "attended", False: "not_attended", None: "all"}


@dataclass
class AgeFigures:
    people: int
    mean: float | None
    median: float | None
    low: int | None
    high: int | None

    @property
    def shown(self) -> bool:
        return self.people >= THRESHOLD


@dataclass
class WhoTakesPart:
    gender: Table
    ages: Table
    condition: Table
    ethnicity: Table


def _people(service: Service, flt: ReportFilter, now: datetime.datetime):
    programmes = service_programmes(service, flt)
    came = participant_attendance(now).filter(
        person=OuterRef("pk"), meeting__group__service=service
    )
    return User.objects.filter(
        role=Role.PARTICIPANT,
        pk__in=Enrolment.objects.filter(programme__in=programmes).values("participant_id"),
    ).annotate(attender=Exists(came))


def _ages(histogram: dict[int, int], year: int) -> AgeFigures:
    ages = {year - yob: n for yob, n in histogram.items()}
    people = sum(ages.values())
    if not people:
        return AgeFigures(0, None, None, None, None)
    expanded = [age for age, n in sorted(ages.items()) for _i in range(n)]
    return AgeFigures(
        people=people,
        mean=round(sum(a * n for a, n in ages.items()) / people, 1),
        median=round(float(statistics.median(expanded)), 1),
        low=min(ages),
        high=max(ages),
    )


def who_takes_part(service: Service, flt: ReportFilter, *, now: datetime.datetime) -> WhoTakesPart:
    people = _people(service, flt, now)
    g = f"{PROFILE}gender"
    totals = {
        row["attender"]: row
        for row in people.order_by()
        .values("attender")
        .annotate(
            n=Count("pk"),
            women=Count("pk", filter=Q(**{g: Gender.WOMAN})),
            men=Count("pk", filter=Q(**{g: Gender.MAN})),
            other=Count("pk", filter=Q(**{f"{g}__in": [Gender.OTHER, Gender.NOT_STATED]})),
        )
    }
    histograms: dict[bool, dict[int, int]] = {True: {}, False: {}}
    for attender, yob, n in (
        people.filter(**{f"{PROFILE}year_of_birth__isnull": False})
        .order_by()
        .values("attender", f"{PROFILE}year_of_birth")
        .annotate(n=Count("pk"))
        .values_list("attender", f"{PROFILE}year_of_birth", "n")
    ):
        histograms[attender][yob] = n
    by = {}
    for field_name in ("condition_category", "ethnic_category"):
        by[field_name] = {
            (attender, value or ""): n
            for attender, value, n in people.order_by()
            .values("attender", f"{PROFILE}{field_name}")
            .annotate(n=Count("pk"))
            .values_list("attender", f"{PROFILE}{field_name}", "n")
        }

    groups = (
        (True, _("Came to at least one group meeting")),
        (False, _("Did not come to a group meeting")),
    )
    n = {a: People(totals.get(a, {}).get("n", 0)) for a, _l in groups}
    n_all = People(n[True].value + n[False].value)
    constraints = [[n[True], n[False], n_all]]

    gender = Table(
        key="gender",
        caption=str(_("Gender")),
        columns=[
            Column("who", _("Who")),
            Column("people", _("People"), numeric=True),
            Column("women", _("Women"), numeric=True),
            Column("men", _("Men"), numeric=True),
            Column("other", _("In another way, or prefers not to say"), numeric=True),
            Column("not_recorded", _("Not recorded"), numeric=True),
        ],
    )
    column_cells: dict[str, list[People]] = {}
    for attender, label in groups:
        t = totals.get(attender, {})
        parts = [People(t.get(k, 0)) for k in ("women", "men", "other")]
        parts.append(People(n[attender].value - sum(p.value for p in parts)))
        constraints.append([*parts, n[attender]])
        for key, cell in zip(("women", "men", "other", "not_recorded"), parts, strict=True):
            column_cells.setdefault(key, []).append(cell)
        gender.row_keys.append("attended" if attender else "not_attended")
        gender.rows.append([str(label), n[attender], *parts])
    total_parts = [
        People(sum(c.value for c in column_cells[k]))
        for k in ("women", "men", "other", "not_recorded")
    ]
    for key, total in zip(("women", "men", "other", "not_recorded"), total_parts, strict=True):
        constraints.append([*column_cells[key], total])
    constraints.append([*total_parts, n_all])
    gender.row_keys.append("all")
    gender.rows.append([str(_("Everyone")), n_all, *total_parts])

    ages = Table(
        key="ages",
        caption=str(_("Age in years (where year of birth recorded)")),
        columns=[
            Column("who", _("Who")),
            Column("recorded", _("People with a year of birth"), numeric=True),
            Column("mean", _("Mean"), numeric=True),
            Column("median", _("Median"), numeric=True),
            Column("range", _("Range")),
        ],
    )
    recorded_cells = []
    for attender, label in [*groups, (None, _("Everyone"))]:
        if attender is None:
            merged: dict[int, int] = dict(histograms[True])
            for yob, k in histograms[False].items():
                merged[yob] = merged.get(yob, 0) + k
            figures = _ages(merged, now.year)
        else:
            figures = _ages(histograms[attender], now.year)
        recorded = People(figures.people)
        recorded_cells.append(recorded)
        shown = figures.shown
        ages.row_keys.append(AGE_ROW_KEYS[attender])
        ages.rows.append(
            [
                str(label),
                recorded,
                figures.mean if shown else None,
                figures.median if shown else None,
                f"{figures.low} to {figures.high}" if shown else None,
            ]
        )
    constraints.append(recorded_cells)

    tables = {}
    for field_name, choices, caption in (
        ("condition_category", ConditionCategory, _("Main condition")),
        ("ethnic_category", EthnicCategory, _("Ethnic category (NHS data dictionary)")),
    ):
        table = Table(
            key=field_name,
            caption=str(caption),
            columns=[
                Column("category", _("Category")),
                *[Column(str(a).lower(), label, numeric=True) for a, label in groups],
                Column("all", _("Everyone"), numeric=True),
            ],
        )
        counts = by[field_name]
        columns: dict[bool, list[People]] = {True: [], False: []}
        options = [*choices.choices, ("", NOT_RECORDED)]
        for value, option_label in options:
            cells = [People(counts.get((a, value), 0)) for a, _l in groups]
            row_total = People(sum(c.value for c in cells))
            constraints.append([*cells, row_total])
            columns[True].append(cells[0])
            columns[False].append(cells[1])
            table.row_keys.append(value or "not_recorded")
            table.rows.append(
                [
                    f"{value}: {option_label}"
                    if field_name == "ethnic_category" and value
                    else str(option_label),
                    *cells,
                    row_total,
                ]
            )
        constraints.append([*columns[True], n[True]])
        constraints.append([*columns[False], n[False]])
        constraints.append([row[-1] for row in table.rows] + [n_all])
        tables[field_name] = table
    suppress(constraints)
    return WhoTakesPart(
        gender=gender,
        ages=ages,
        condition=tables["condition_category"],
        ethnicity=tables["ethnic_category"],
    )
