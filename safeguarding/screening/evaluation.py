"""Evaluation of the safeguarding screener against labelled posts.

`evaluate(samples)` takes (label, kind, text) or (label, text) tuples and returns the confusion
matrix, the goal rates and the misclassified posts. The management command
`screening_report` is a thin wrapper; `python -m safeguarding.screening.evaluation` prints the same
report without Django settings.

Goals (docs/clinical-safety/screening.md, issue 12), computed on the data, never hard-coded:
- every high post reaches staff (high or medium): none scored "none";
- at least 90% of high posts scored high;
- at least 90% of medium posts reach staff;
- at most 15% of ordinary ("none") posts of a hard-case set raise an alert;
- on realistic weeks of board traffic, at most 3 alerts per 100 ordinary posts.
Every rate is printed with its number of posts and a 95% Wilson interval.
"""

from __future__ import annotations

import math
import os
import sys
import time
import timeit
from pathlib import Path

from . import data
from .screener import LIBRARY_VERSION, screen_text

LABELS = ("high", "medium", "none")
GOAL_HIGH_REACH = 1.0  # every high post reaches staff: none scored "none"
GOAL_HIGH_AS_HIGH = 0.90
GOAL_MEDIUM_REACH = 0.90
GOAL_NONE_ALERT_MAX = 0.15
GOAL_REALISTIC_ALERTS_PER_100 = 3.0
# The size of service the weekly figure is given for (issue 12).
SERVICE_GROUPS = 50


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """The 95% Wilson score interval of k successes in n trials (0..1); (0, 1) when n is 0."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def rate_text(k: int, n: int, per: int = 0) -> str:
    """ "12.5% (5 of 40; 95% CI 5.5% to 26.0%)", or per `per` posts ("2.1 per 100 ...")."""
    if n == 0:
        return "n/a (0 posts)"
    low, high = wilson(k, n)
    if per:
        return (
            f"{k / n * per:.1f} per {per} ({k} of {n}; 95% CI {low * per:.1f} to {high * per:.1f})"
        )
    return f"{k / n:.1%} ({k} of {n}; 95% CI {low:.1%} to {high:.1%})"


def evaluate(
    samples, contexts: dict[str, str] | None = None, screenings: dict | None = None
) -> dict:
    """`contexts`: {text of a reply: the text of the post it answers} (thread context).
    `screenings`: a dict kept by the caller across calls, {(text, context): Screening}, so a
    post in two sets (each held-out round and "all rounds") is screened once."""
    matrix = {true: dict.fromkeys(LABELS, 0) for true in LABELS}
    errors = []
    levels = []  # the level given to each sample, in order
    contexts = contexts or {}
    screenings = {} if screenings is None else screenings
    for sample in samples:
        label, text = sample[0], sample[-1]
        key = (text, contexts.get(text))
        result = screenings.get(key)
        if result is None:
            result = screenings[key] = screen_text(text, context_text=key[1])
        predicted = str(result.level)
        levels.append(predicted)
        matrix[label][predicted] += 1
        if predicted != label:
            errors.append(
                {
                    "label": label,
                    "predicted": predicted,
                    "text": text,
                    "evidence": [
                        (c.rule, c.text, str(c.level), c.context) for c in result.evidence
                    ],
                    "reasons": list(result.reasons),
                }
            )

    def reach(label):
        row = matrix[label]
        return _rate(row["high"] + row["medium"], sum(row.values()))

    high_total = sum(matrix["high"].values())
    high_reach = reach("high")
    medium_reach = reach("medium")
    none_total = sum(matrix["none"].values())
    none_alert = _rate(matrix["none"]["high"] + matrix["none"]["medium"], none_total)
    high_as_none = matrix["high"]["none"]

    high_as_high = matrix["high"]["high"]
    high_alerts = matrix["high"]["high"] + matrix["high"]["medium"]
    medium_total = sum(matrix["medium"].values())
    medium_alerts = matrix["medium"]["high"] + matrix["medium"]["medium"]
    none_alerts = matrix["none"]["high"] + matrix["none"]["medium"]
    goals = [
        {
            "name": "high posts reaching staff (high or medium), none scored 'none'",
            "value": high_reach,
            "counts": (high_alerts, high_total),
            "target": "every one (0 scored none)",
            "detail": f"{high_as_none} of {high_total} high posts scored none",
            "passed": high_reach is not None and high_as_none == 0,
        },
        {
            "name": "high posts scored high",
            "value": _rate(high_as_high, high_total),
            "counts": (high_as_high, high_total),
            "target": f">= {GOAL_HIGH_AS_HIGH:.0%}",
            "detail": "",
            "passed": high_total > 0 and high_as_high / high_total >= GOAL_HIGH_AS_HIGH,
        },
        {
            "name": "medium posts reaching staff (high or medium)",
            "value": medium_reach,
            "counts": (medium_alerts, medium_total),
            "target": f">= {GOAL_MEDIUM_REACH:.0%}",
            "detail": "",
            "passed": medium_reach is not None and medium_reach >= GOAL_MEDIUM_REACH,
        },
        {
            "name": "ordinary posts raising an alert (false alarms)",
            "value": none_alert,
            "counts": (none_alerts, none_total),
            "target": f"<= {GOAL_NONE_ALERT_MAX:.0%}",
            "detail": "",
            "passed": none_alert is not None and none_alert <= GOAL_NONE_ALERT_MAX,
        },
    ]
    return {
        "library_version": LIBRARY_VERSION,
        "total": sum(sum(row.values()) for row in matrix.values()),
        "matrix": matrix,
        "high_as_none": high_as_none,
        "goals": goals,
        "passed": all(g["passed"] for g in goals),
        "errors": errors,
        "levels": levels,
    }


def format_report(name: str, result: dict, show_errors: bool = False) -> str:
    lines = [f"== {name}: {result['total']} posts, library {result['library_version']}"]
    lines.append("rows: true label; columns: predicted")
    lines.append(f"{'':>10}" + "".join(f"{p:>8}" for p in LABELS) + f"{'total':>8}")
    for true in LABELS:
        row = result["matrix"][true]
        lines.append(
            f"{true:>10}" + "".join(f"{row[p]:>8}" for p in LABELS) + f"{sum(row.values()):>8}"
        )
    for goal in result["goals"]:
        value = rate_text(*goal["counts"])
        status = "PASS" if goal["passed"] else "FAIL"
        detail = f" ({goal['detail']})" if goal["detail"] else ""
        lines.append(f"{status}  {goal['name']}: {value}, goal {goal['target']}{detail}")
    if show_errors:
        lines.append(f"-- misclassified: {len(result['errors'])}")
        for e in result["errors"]:
            lines.append(f"[true {e['label']}, got {e['predicted']}] {e['text']}")
            for rule, text, level, context in e["evidence"]:
                note = f" ({context})" if context else ""
                lines.append(f"      {rule} -> {level}{note}: {text!r}")
            for reason in e["reasons"]:
                lines.append(f"      because: {reason}")
    return "\n".join(lines)


# Every held-out round has been evaluated once as clean data and its misses then fixed (rounds
# 1-7), or it judged one model version once (round 8: 2026.11.4+model-2026.11.4; round 9:
# +model-2026.11.5), so every round is now SEEN: a regression check, not an estimate. Which
# rounds the statistical layer may learn from: training.NOT_TRAINED_ON. Each round's provenance
# is in data/manifest.json; its clean first-run figures in docs/clinical-safety/.


SEEN_NOTE = (
    "note: every held-out round above has been evaluated and its misses then fixed, and the "
    "statistical layer is trained on every set above, so these figures are regression checks, "
    "not estimates for unseen posts. The clean first-run figures of each independent round, and "
    "the out-of-fold figures of the statistical layer (python manage.py train_screener), are in "
    "docs/clinical-safety/screening.md."
)


def load_sample_sets() -> dict[str, list]:
    """The development set, each held-out round, and all held-out rounds together, as
    (label, kind, text) (from data/, see data.py)."""
    sets: dict[str, list] = data.evaluation_sets()
    sets["held-out set, all rounds"] = [
        sample for name, samples in sets.items() if name != "development set" for sample in samples
    ]
    return sets


def measure_timing(texts, number: int = 20) -> dict[str, float]:
    """Mean seconds per post over `number` passes through `texts` (timeit, best of 5).

    Both wall-clock and CPU (process) time are given: on a busy machine the wall-clock figure
    includes waiting for a CPU, the CPU figure is the screener's own cost.
    """
    texts = list(texts)

    def run():
        for text in texts:
            screen_text(text)

    per_post = number * len(texts)
    wall = min(timeit.Timer(run).repeat(repeat=5, number=number)) / per_post
    cpu = min(timeit.Timer(run, timer=time.process_time).repeat(repeat=5, number=number))
    return {"wall": wall, "cpu": cpu / per_post}


def realistic_report(show_errors: bool = False, screenings: dict | None = None) -> tuple[str, bool]:
    """Alerts per 100 ordinary posts on the realistic weeks (replies screened with the post
    they answer), with the implied alerts a week for a service of SERVICE_GROUPS groups.
    `screenings`: as for evaluate()."""
    weeks = data.realistic_weeks()
    if not weeks:
        return "== realistic weeks: none in the data", True
    lines: list[str] = []
    posts = [p for week in weeks.values() for p in week]
    contexts: dict[str, str] = {}
    for week in weeks.values():
        by_id = data.parent_texts(week)
        contexts.update({p.text: by_id[p.id] for p in week if p.id in by_id})
    group_weeks = len({(p.source, p.group) for p in posts})
    result = evaluate([(p.label, p.text) for p in posts], contexts, screenings)
    ordinary = sum(result["matrix"]["none"].values())
    false_alarms = result["matrix"]["none"]["high"] + result["matrix"]["none"]["medium"]
    all_alerts = sum(
        result["matrix"][label]["high"] + result["matrix"][label]["medium"] for label in LABELS
    )
    per_100 = 100 * false_alarms / ordinary if ordinary else 0.0
    passed = ordinary > 0 and per_100 <= GOAL_REALISTIC_ALERTS_PER_100
    low, high = wilson(false_alarms, ordinary)
    ordinary_per_group_week = ordinary / group_weeks
    scale = ordinary_per_group_week * SERVICE_GROUPS
    lines.append(
        f"== realistic weeks ({', '.join(weeks)}): {len(posts)} posts, {group_weeks} "
        "group-weeks, "
        f"{ordinary} ordinary, {len(contexts)} replies screened with the post they answer; "
        f"library {LIBRARY_VERSION}"
    )
    lines.append(format_report("realistic weeks", result, show_errors).split("\n", 1)[1])
    status = "PASS" if passed else "FAIL"
    lines.append(
        f"{status}  alerts per 100 ordinary posts: {rate_text(false_alarms, ordinary, 100)}, "
        f"goal <= {GOAL_REALISTIC_ALERTS_PER_100:g}"
    )
    high_false = result["matrix"]["none"]["high"]
    lines.append(f"      of which high (paging someone): {rate_text(high_false, ordinary, 100)}")
    lines.append(
        f"      implied for a service of {SERVICE_GROUPS} groups ({ordinary_per_group_week:.0f} "
        f"ordinary posts a group a week): {false_alarms / ordinary * scale:.0f} false alarms a "
        f"week (95% CI {low * scale:.0f} to {high * scale:.0f}); "
        f"{all_alerts / group_weeks * SERVICE_GROUPS:.0f} alerts a week in all"
    )
    return "\n".join(lines), passed


def round_report(path, show_errors: bool = False) -> tuple[str, bool]:
    """One fresh round (a JSON Lines file in any schema of data.py, usually from data/sealed/),
    scored once: the four goals of a hard-case set, each kind of risk of its high posts where
    the writer gave one, and, for board traffic with threads, alerts per 100 ordinary posts
    (replies screened with the post they answer)."""
    posts = data.read_file(path)
    by_id = data.parent_texts(posts)
    contexts = {p.text: by_id[p.id] for p in posts if p.id in by_id}
    result = evaluate([(p.label, p.text) for p in posts], contexts)
    lines = [
        format_report(
            f"{Path(path).name} ({len(contexts)} replies in thread)", result, show_errors
        ),
    ]
    level_of = dict(zip((p.id for p in posts), result["levels"], strict=True))
    kinds = sorted({p.risk_kind for p in posts if p.label == "high" and p.risk_kind})
    for kind in kinds:
        levels = [level_of[p.id] for p in posts if p.label == "high" and p.risk_kind == kind]
        lines.append(
            f"      high posts of kind {kind}: scored high "
            f"{rate_text(levels.count('high'), len(levels))}; scored none {levels.count('none')}"
        )
    passed = result["passed"]
    if contexts:
        ordinary = sum(result["matrix"]["none"].values())
        alarms = result["matrix"]["none"]["high"] + result["matrix"]["none"]["medium"]
        per_100_passed = ordinary > 0 and 100 * alarms / ordinary <= GOAL_REALISTIC_ALERTS_PER_100
        status = "PASS" if per_100_passed else "FAIL"
        lines.append(
            f"{status}  alerts per 100 ordinary posts: {rate_text(alarms, ordinary, 100)}, "
            f"goal <= {GOAL_REALISTIC_ALERTS_PER_100:g} (of which high: "
            f"{rate_text(result['matrix']['none']['high'], ordinary, 100)})"
        )
        passed = per_100_passed and result["high_as_none"] == 0
    lines.append(f"library version: {LIBRARY_VERSION}")
    return "\n".join(lines), passed


def full_report(
    show_errors: bool = False, timing: bool = False, screenings: dict | None = None
) -> tuple[str, bool]:
    """Every labelled set and the realistic weeks. `screenings`: as for evaluate() (the
    screener is deterministic: each post is screened once a report, or once for all the
    callers that share the dict)."""
    sets = load_sample_sets()
    corpora = data.training_corpora()
    sets["training corpora (statistical layer), all"] = [
        (label, "subtle" if label != "none" else "tricky", text)
        for items in corpora.values()
        for label, text in items
    ]
    parts = []
    passed = True
    screenings = {} if screenings is None else screenings
    for name, samples in sets.items():
        result = evaluate(samples, screenings=screenings)
        passed = passed and result["passed"]
        parts.append(format_report(name, result, show_errors))
    realistic, realistic_passed = realistic_report(show_errors, screenings)
    passed = passed and realistic_passed
    parts.append(realistic)
    if timing:
        texts = [
            s[-1]
            for name, samples in sets.items()
            if not name.endswith("all rounds")
            for s in samples
        ]
        timing_result = measure_timing(texts, number=2)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        parts.append(
            f"timing: {timing_result['cpu'] * 1e6:.0f} microseconds CPU, "
            f"{timing_result['wall'] * 1e6:.0f} microseconds wall-clock per post (mean over "
            f"{len(texts)} posts, best of 5 timeit runs; load average {load:.1f} on "
            f"{os.cpu_count()} CPUs)"
        )
    parts.append(SEEN_NOTE)
    parts.append(f"library version: {LIBRARY_VERSION}")
    return "\n\n".join(parts), passed


if __name__ == "__main__":  # pragma: no cover
    report, ok = full_report(show_errors="--show-errors" in sys.argv, timing="--timing" in sys.argv)
    print(report)  # noqa: T201
    sys.exit(0 if ok else 1)
