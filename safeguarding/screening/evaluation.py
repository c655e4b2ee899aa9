"""Evaluation of the safeguarding screener against labelled posts.

`evaluate(samples)` takes (label, kind, text) or (label, text) tuples and returns the confusion
matrix, the goal rates and the misclassified posts. The management command
`screening_report` is a thin wrapper; `python -m safeguarding.screening.evaluation` prints the same
report without Django settings.

Goals (docs/clinical-safety/screening.md), computed on the data, never hard-coded:
- high posts reaching staff (high or medium) >= 95%, and no high post scored "none";
- medium posts reaching staff >= 85%;
- ordinary ("none") posts raising an alert <= 25%.
"""

from __future__ import annotations

import sys
import time
import timeit

from . import data
from .screener import LIBRARY_VERSION, screen_text

LABELS = ("high", "medium", "none")
GOAL_HIGH_REACH = 0.95
GOAL_MEDIUM_REACH = 0.85
GOAL_NONE_ALERT_MAX = 0.25


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def evaluate(samples) -> dict:
    matrix = {true: dict.fromkeys(LABELS, 0) for true in LABELS}
    errors = []
    for sample in samples:
        label, text = sample[0], sample[-1]
        result = screen_text(text)
        predicted = str(result.level)
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

    goals = [
        {
            "name": "high posts reaching staff (high or medium), none scored 'none'",
            "value": high_reach,
            "target": f">= {GOAL_HIGH_REACH:.0%} and 0 scored none",
            "detail": f"{high_as_none} of {high_total} high posts scored none",
            "passed": high_reach is not None
            and high_reach >= GOAL_HIGH_REACH
            and high_as_none == 0,
        },
        {
            "name": "medium posts reaching staff (high or medium)",
            "value": medium_reach,
            "target": f">= {GOAL_MEDIUM_REACH:.0%}",
            "detail": "",
            "passed": medium_reach is not None and medium_reach >= GOAL_MEDIUM_REACH,
        },
        {
            "name": "ordinary posts raising an alert (false alarms)",
            "value": none_alert,
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
        value = "n/a" if goal["value"] is None else f"{goal['value']:.1%}"
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


def full_report(show_errors: bool = False, timing: bool = False) -> tuple[str, bool]:
    sets = load_sample_sets()
    corpora = data.training_corpora()
    sets["training corpora (statistical layer), all"] = [
        (label, "subtle" if label != "none" else "tricky", text)
        for items in corpora.values()
        for label, text in items
    ]
    parts = []
    passed = True
    for name, samples in sets.items():
        result = evaluate(samples)
        passed = passed and result["passed"]
        parts.append(format_report(name, result, show_errors))
    if timing:
        texts = [
            s[-1]
            for name, samples in sets.items()
            if not name.endswith("all rounds")
            for s in samples
        ]
        timing_result = measure_timing(texts, number=2)
        parts.append(
            f"timing: {timing_result['cpu'] * 1e6:.0f} microseconds CPU, "
            f"{timing_result['wall'] * 1e6:.0f} microseconds wall-clock per post (mean over "
            f"{len(texts)} posts, best of 5 timeit runs)"
        )
    parts.append(SEEN_NOTE)
    parts.append(f"library version: {LIBRARY_VERSION}")
    return "\n\n".join(parts), passed


if __name__ == "__main__":  # pragma: no cover
    report, ok = full_report(show_errors="--show-errors" in sys.argv, timing="--timing" in sys.argv)
    print(report)  # noqa: T201
    sys.exit(0 if ok else 1)
