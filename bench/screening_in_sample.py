"""Every labelled set IN SAMPLE, screened as the app does (`screen_text`, replies with the post
they answer), 2026.12.9: per set, high posts and how many scored high (raised by priority),
medium posts and how many were paged as high (by priority), ordinary posts and how many alerted
(as high; by priority); the totals with 95% Wilson intervals. The shipped model has seen every
set except held-out rounds 1-9 and the development set, so these are higher than a fresh round
will show.

    .venv/bin/python bench/screening_in_sample.py      # a few seconds
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def wilson(k: int, n: int) -> str:
    """ "k of n (p%; low-high)", the interval from the screening package's own Wilson score."""
    if n == 0:
        return "n 0"
    from safeguarding.screening.evaluation import wilson as interval

    low, high = interval(k, n)
    return f"{k} of {n} ({100 * k / n:.1f}%; {100 * low:.1f}-{100 * high:.1f})"


def main() -> int:
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings")
    import django

    django.setup()
    from safeguarding.screening import data, priority
    from safeguarding.screening.screener import LIBRARY_VERSION, screen_text

    print(f"library and model {LIBRARY_VERSION}")
    print(
        "| set | high | scored high (raised by priority) | medium | paged as high (by priority) "
        "| ordinary | alerting (as high; by priority) |"
    )
    print("|---|---|---|---|---|---|---|")
    total = dict.fromkeys(("h", "hh", "hp", "hn", "m", "mh", "mp", "mr", "n", "na", "nh", "np"), 0)
    for name, posts in data.labelled_sets().items():
        parents = data.parent_texts(posts)
        row = dict.fromkeys(total, 0)
        for p in posts:
            result = screen_text(p.text, context_text=parents.get(p.id))
            by_priority = any(priority.PRIORITY_REASON in r for r in result.reasons)
            level = str(result.level)
            if p.label == "high":
                row["h"] += 1
                row["hh"] += level == "high"
                row["hp"] += by_priority
                row["hn"] += level == "none"
            elif p.label == "medium":
                row["m"] += 1
                row["mh"] += level == "high"
                row["mp"] += by_priority
                row["mr"] += level != "none"
            else:
                row["n"] += 1
                row["na"] += level != "none"
                row["nh"] += level == "high"
                row["np"] += by_priority
        for k in total:
            total[k] += row[k]
        print(
            f"| {name} | {row['h']} | {row['hh']} ({row['hp']}) | {row['m']} | {row['mh']} "
            f"({row['mp']}) | {row['n']} | {row['na']} ({row['nh']}; {row['np']}) |"
        )
    t = total
    print(
        f"| all labelled sets | {t['h']} | {t['hh']} ({t['hp']}) | {t['m']} | {t['mh']} "
        f"({t['mp']}) | {t['n']} | {t['na']} ({t['nh']}; {t['np']}) |"
    )
    print(f"high scored high {wilson(t['hh'], t['h'])}; scored none {t['hn']}")
    print(f"medium reaching staff {wilson(t['mr'], t['m'])}")
    print(f"medium paged as high {wilson(t['mh'], t['m'])}, {t['mp']} by priority")
    print(f"ordinary alerting {wilson(t['na'], t['n'])}, {t['nh']} as high, {t['np']} by priority")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
