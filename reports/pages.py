"""What each report page shows, as tables (also CSV and command output) and charts. Views,
CSV downloads and the management commands all build their tables here, so the numbers
are the same wherever they are read."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Service

from . import charts
from .selectors import funnel, groups, people, safeguarding
from .selectors.common import ReportFilter, Table
from .survival import PAPER


@dataclass
class Page:
    tables: dict[str, Table]
    charts: dict[str, object] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)


def groups_page(service: Service, flt: ReportFilter, now: datetime.datetime) -> Page:
    rows = groups.group_rows(service, flt, now=now)
    return Page(tables={"groups": groups.groups_table(rows, service.zone)}, extra={"rows": rows})


def funnel_page(service: Service, flt: ReportFilter, now: datetime.datetime) -> Page:
    rows, total, window = funnel.funnel_rows(service, flt, now=now)
    table = funnel.funnel_table(rows, total, window)
    stages = (
        "enrolled",
        "completed",
        "keen",
        "shared",
        "checked",
        "came_first",
        "att3",
        "att6",
        "att12",
    )
    chart = charts.bar_chart(
        [(str(funnel.FUNNEL_LABELS[k]), total.cells[k]) for k in stages],
        title=_("From programme to follow-on group, all programmes"),
        desc=_(
            "People at each stage, as in the table below. <5 means a small number "
            "that is not shown."
        ),
        css_id="chart-funnel",
    )
    return Page(
        tables={"funnel": table, "reasons": funnel.reasons_table(service, flt)},
        charts={"funnel": chart},
        extra={"window": window},
    )


def group_life_page(service: Service, flt: ReportFilter, now: datetime.datetime) -> Page:
    rows = groups.group_rows(service, flt, now=now)
    survival = groups.survival_of(rows)
    attendance_charts = [
        (
            r,
            charts.column_chart(
                [(m.strftime("%b %Y"), n) for m, n in r.monthly],
                title=_("Attendance at %(group)s each month") % {"group": r.name},
                desc=_("Different people who came to a meeting each month."),
                css_id=f"chart-attendance-{r.pk}",
            ),
        )
        for r in rows
        if r.monthly
    ]
    return Page(
        tables={
            "survival": groups.survival_table(survival),
            "attendance": groups.attendance_table(rows),
        },
        charts={
            "survival": charts.survival_chart(
                survival,
                title=_("Share of groups still meeting by months after the programme"),
                desc=_(
                    "Kaplan-Meier estimate. Groups still meeting are counted up to their "
                    "latest contact and marked with a tick."
                ),
                css_id="chart-survival",
            )
        },
        extra={"survival": survival, "paper": PAPER, "attendance_charts": attendance_charts},
    )


def people_page(service: Service, flt: ReportFilter, now: datetime.datetime) -> Page:
    who = people.who_takes_part(service, flt, now=now)
    return Page(
        tables={
            "gender": who.gender,
            "ages": who.ages,
            "condition_category": who.condition,
            "ethnic_category": who.ethnicity,
        }
    )


def safeguarding_page(service: Service, flt: ReportFilter, now: datetime.datetime) -> Page:
    figures = safeguarding.safeguarding_figures(service, flt, now=now)
    chart = (
        charts.column_chart(
            figures.chart,
            title=_("Safeguarding alerts each month"),
            desc=_("All alerts raised each month, as in the table below."),
            css_id="chart-alerts",
        )
        if figures.chart
        else None
    )
    return Page(
        tables={
            "safeguarding": figures.monthly,
            "times": figures.times,
            "outcomes": figures.outcomes,
        },
        charts={"alerts": chart} if chart else {},
    )


PAGES: dict[str, Callable[[Service, ReportFilter, datetime.datetime], Page]] = {
    "groups": groups_page,
    "funnel": funnel_page,
    "group_life": group_life_page,
    "people": people_page,
    "safeguarding": safeguarding_page,
}
# Which page each CSV table comes from.
TABLE_PAGES = {
    "groups": "groups",
    "funnel": "funnel",
    "reasons": "funnel",
    "survival": "group_life",
    "attendance": "group_life",
    "gender": "people",
    "ages": "people",
    "condition_category": "people",
    "ethnic_category": "people",
    "safeguarding": "safeguarding",
    "times": "safeguarding",
    "outcomes": "safeguarding",
}


def table_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.header())
    writer.writerows(table.text_rows())
    return out.getvalue()


def table_text(table: Table) -> str:
    """A plain-text table for the command line."""
    rows = [table.header(), *table.text_rows()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join([table.caption, *lines]) + "\n"
