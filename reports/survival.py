"""Kaplan-Meier survival of groups: months from the end of the programme to the last
contact, with groups still meeting censored (we know they lasted at least that long)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    month: int
    at_risk: int
    ended: int
    censored: int
    surviving: float  # proportion still meeting just after this month


@dataclass(frozen=True)
class Survival:
    steps: list[Step]
    groups: int
    ended: int
    still_meeting: int
    median: int | None  # months at which the curve first reaches 50% or below
    observed_mean: float | None
    observed_median: float | None
    observed_min: int | None
    observed_max: int | None


def kaplan_meier(durations: Iterable[tuple[int, bool]]) -> Survival:
    """`durations`: (months, ended) for each group; ended=False means still meeting."""
    data = sorted((int(m), bool(e)) for m, e in durations)
    at_risk = len(data)
    surviving = 1.0
    steps: list[Step] = []
    median = None
    for month in sorted({m for m, _e in data}):
        ended = sum(1 for m, e in data if m == month and e)
        censored = sum(1 for m, e in data if m == month and not e)
        if ended:
            surviving *= 1 - ended / at_risk
        steps.append(Step(month, at_risk, ended, censored, surviving))
        if median is None and surviving <= 0.5:
            median = month
        at_risk -= ended + censored
    months = [m for m, _e in data]
    return Survival(
        steps=steps,
        groups=len(data),
        ended=sum(1 for _m, e in data if e),
        still_meeting=sum(1 for _m, e in data if not e),
        median=median,
        observed_mean=round(statistics.fmean(months), 1) if months else None,
        observed_median=statistics.median(months) if months else None,
        observed_min=min(months) if months else None,
        observed_max=max(months) if months else None,
    )


# The study's groups A to K (Table 2): months from the final PMP meeting to last contact.
PAPER = {"mean": 22, "median": 13, "min": 6, "max": 80}
