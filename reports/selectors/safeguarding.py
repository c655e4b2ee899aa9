"""Safeguarding figures by month, for clinical leads and service admins: alerts by level
and source, time to acknowledge and to resolve (median and 90th percentile), outcomes,
the false-positive rate and alerts per 100 posts. Numbers only, never names or text.

Counts are grouped in the database; the times come from one query of (month, minutes)
pairs, because medians and percentiles are not portable SQL.
"""

from __future__ import annotations

import datetime
import math
import statistics
from dataclasses import dataclass

from django.db.models import Count, DurationField, ExpressionWrapper, F
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _

from groups.models import Post
from pmp_followon.accounts.models import Service
from safeguarding.models import CLOSED_STATES, Alert, AlertLevel, AlertOutcome, AlertSource

from ..suppression import THRESHOLD, People, suppress
from .common import Column, ReportFilter, Table

SCREENING_SOURCES = (AlertSource.SCREENING, AlertSource.REPEATED_MEDIUM)


@dataclass
class SafeguardingFigures:
    monthly: Table
    times: Table
    outcomes: Table
    chart: list[tuple[str, People]]


def _month(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def _minutes(value: datetime.timedelta) -> float:
    return value.total_seconds() / 60


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile (the value at or below which `fraction` of them fall)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(fraction * len(ordered)) - 1, 0)]


def _words(minutes: float | None) -> str | None:
    if minutes is None:
        return None
    if minutes < 120:
        return str(_("%(n)s min") % {"n": round(minutes)})
    if minutes < 48 * 60:
        return str(_("%(n)s hours") % {"n": round(minutes / 60, 1)})
    return str(_("%(n)s days") % {"n": round(minutes / 1440, 1)})


def safeguarding_figures(
    service: Service, flt: ReportFilter, *, now: datetime.datetime
) -> SafeguardingFigures:
    zone = service.zone
    alerts = Alert.objects.filter(service=service, raised_at__lte=now)
    posts = Post.objects.filter(group__service=service, created_at__lte=now)
    if flt.since is not None:
        alerts, posts = (
            alerts.filter(raised_at__gte=flt.since),
            posts.filter(created_at__gte=flt.since),
        )
    if flt.until is not None:
        alerts, posts = (
            alerts.filter(raised_at__lt=flt.until),
            posts.filter(created_at__lt=flt.until),
        )
    if flt.programme_id:
        alerts = alerts.filter(group__origin_programmes=flt.programme_id)
        posts = posts.filter(group__origin_programmes=flt.programme_id)
    if flt.area:
        alerts = alerts.filter(group__area__iexact=flt.area)
        posts = posts.filter(group__area__iexact=flt.area)
    alerts = alerts.annotate(month=TruncMonth("raised_at", tzinfo=zone))
    grouped: dict[tuple[str, str], dict[datetime.date, int]] = {}
    for dimension in ("level", "source", "outcome"):
        for month, value, n in (
            alerts.order_by()
            .values("month", dimension)
            .annotate(n=Count("pk"))
            .values_list("month", dimension, "n")
        ):
            grouped.setdefault((dimension, value), {})[_month(month)] = n
    closed = {
        _month(m): n
        for m, n in alerts.filter(state__in=CLOSED_STATES)
        .order_by()
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    }
    post_counts = {
        _month(m): n
        for m, n in posts.annotate(month=TruncMonth("created_at", tzinfo=zone))
        .order_by()
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    }
    to_ack = ExpressionWrapper(F("acknowledged_at") - F("raised_at"), output_field=DurationField())
    to_close = ExpressionWrapper(F("closed_at") - F("raised_at"), output_field=DurationField())
    times: dict[str, dict[datetime.date, list[float]]] = {"ack": {}, "close": {}}
    for month, ack, close in alerts.annotate(ack=to_ack, close=to_close).values_list(
        "month", "ack", "close"
    ):
        if ack is not None:
            times["ack"].setdefault(_month(month), []).append(_minutes(ack))
        if close is not None:
            times["close"].setdefault(_month(month), []).append(_minutes(close))

    months = sorted({m for series in grouped.values() for m in series})
    levels, sources, outcomes = list(AlertLevel), list(AlertSource), list(AlertOutcome)
    monthly = Table(
        key="safeguarding",
        caption=str(_("Alerts by month")),
        columns=[
            Column("month", _("Month")),
            Column("alerts", _("Alerts"), numeric=True),
            *[Column(f"level_{lv.value}", lv.label, numeric=True) for lv in levels],
            *[Column(f"source_{s.value}", s.label, numeric=True) for s in sources],
            Column("per_100_posts", _("Screening alerts per 100 posts"), numeric=True),
        ],
    )
    outcome_table = Table(
        key="outcomes",
        caption=str(_("Outcomes of closed alerts")),
        columns=[
            Column("month", _("Month")),
            Column("closed", _("Closed"), numeric=True),
            *[Column(f"outcome_{o.value}", o.label, numeric=True) for o in outcomes],
            Column("false_positive_rate", _("False-positive rate (%)"), numeric=True),
        ],
    )
    constraints = []
    chart = []
    column_cells: dict[str, list[People]] = {}
    rates = []
    for month in months:
        count = {
            f"{dimension}_{value}": People(grouped.get((dimension, value), {}).get(month, 0))
            for dimension, values in (
                ("level", AlertLevel.values),
                ("source", AlertSource.values),
                ("outcome", AlertOutcome.values),
            )
            for value in values
        }
        total = People(sum(count[f"level_{v}"].value for v in AlertLevel.values))
        closed_n = People(closed.get(month, 0))
        screening = sum(count[f"source_{s}"].value for s in SCREENING_SOURCES)
        constraints.append([*[count[f"level_{v}"] for v in AlertLevel.values], total])
        constraints.append([*[count[f"source_{v}"] for v in AlertSource.values], total])
        outcome_cells = [count[f"outcome_{v}"] for v in AlertOutcome.values]
        # Alerts dismissed without an outcome make up the rest of the closed ones.
        without = People(closed_n.value - sum(c.value for c in outcome_cells), hidden=True)
        constraints.append([*outcome_cells, without, closed_n])
        for key, cell in [*count.items(), ("alerts", total), ("closed", closed_n)]:
            column_cells.setdefault(key, []).append(cell)
        label = month.strftime("%b %Y")
        chart.append((label, total))
        rates.append(
            (
                month,
                screening,
                post_counts.get(month, 0),
                closed_n,
                count[f"outcome_{AlertOutcome.FALSE_POSITIVE}"],
            )
        )
        monthly.rows.append(
            [
                label,
                total,
                *[count[f"level_{lv.value}"] for lv in levels],
                *[count[f"source_{s.value}"] for s in sources],
                None,
            ]
        )
        outcome_table.rows.append(
            [label, closed_n, *[count[f"outcome_{o.value}"] for o in outcomes], None]
        )
        monthly.row_keys.append(month.isoformat())
        outcome_table.row_keys.append(month.isoformat())
    totals = {key: People(sum(c.value for c in cells)) for key, cells in column_cells.items()}
    for key, cells in column_cells.items():
        constraints.append([*cells, totals[key]])
    if months:
        monthly.rows.append(
            [
                str(_("All months")),
                totals["alerts"],
                *[totals[f"level_{lv.value}"] for lv in levels],
                *[totals[f"source_{s.value}"] for s in sources],
                None,
            ]
        )
        outcome_table.rows.append(
            [
                str(_("All months")),
                totals["closed"],
                *[totals[f"outcome_{o.value}"] for o in outcomes],
                None,
            ]
        )
        monthly.row_keys.append("total")
        outcome_table.row_keys.append("total")
    suppress(constraints)
    # Rates only where the counts behind them could be shown, so they reveal no small number.
    all_screening = all_posts = 0
    for index, (_when, screening, post_n, closed_n, fp) in enumerate(rates):
        all_screening += screening
        all_posts += post_n
        if post_n and screening >= THRESHOLD:
            monthly.rows[index][-1] = round(100 * screening / post_n, 1)
        if closed_n.value >= THRESHOLD and not fp.suppressed:
            outcome_table.rows[index][-1] = round(100 * fp.value / closed_n.value, 1)
    if months:
        if all_posts and all_screening >= THRESHOLD:
            monthly.rows[-1][-1] = round(100 * all_screening / all_posts, 1)
        fp_total = totals[f"outcome_{AlertOutcome.FALSE_POSITIVE}"]
        if totals["closed"].value >= THRESHOLD and not fp_total.suppressed:
            outcome_table.rows[-1][-1] = round(100 * fp_total.value / totals["closed"].value, 1)

    time_table = Table(
        key="times",
        caption=str(_("Time to acknowledge and to resolve")),
        columns=[
            Column("month", _("Month")),
            Column("ack_median", _("To acknowledge: median")),
            Column("ack_p90", _("To acknowledge: 90% within")),
            Column("close_median", _("To resolve or dismiss: median")),
            Column("close_p90", _("To resolve or dismiss: 90% within")),
        ],
    )
    everything: dict[str, list[float]] = {"ack": [], "close": []}
    for month in months:
        ack, close = times["ack"].get(month, []), times["close"].get(month, [])
        everything["ack"] += ack
        everything["close"] += close
        time_table.row_keys.append(month.isoformat())
        time_table.rows.append(
            [
                month.strftime("%b %Y"),
                _words(statistics.median(ack)) if ack else None,
                _words(percentile(ack, 0.9)),
                _words(statistics.median(close)) if close else None,
                _words(percentile(close, 0.9)),
            ]
        )
    if months:
        ack, close = everything["ack"], everything["close"]
        time_table.row_keys.append("total")
        time_table.rows.append(
            [
                str(_("All months")),
                _words(statistics.median(ack)) if ack else None,
                _words(percentile(ack, 0.9)),
                _words(statistics.median(close)) if close else None,
                _words(percentile(close, 0.9)),
            ]
        )
    return SafeguardingFigures(
        monthly=monthly, times=time_table, outcomes=outcome_table, chart=chart
    )
