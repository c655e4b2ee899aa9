"""The screener's cost per post, and the literal prefilter's identity check (2026.12.5).

Screens every labelled post and every post of the realistic weeks (a reply with the post it
answers, as the app does) twice: with the prefilter (safeguarding/screening/prefilter.py) and
with it switched off (every pattern tried, as before 2026.12.5). It prints how many posts give
the same level, evidence, reasons and kind both ways (they must all), then the CPU time per
post of each way over PASSES interleaved passes (best and median), with n and the load average.

    .venv/bin/python bench/screening_bench.py            # all posts, 3 passes each
    BENCH_PASSES=5 .venv/bin/python bench/screening_bench.py

Not a test: it takes a minute or two. The identity on a sample is a test
(tests/safeguarding/test_screening_prefilter.py).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PASSES = int(os.environ.get("BENCH_PASSES", "3"))


def posts() -> list[tuple[str, str | None]]:
    from safeguarding.screening import data

    items: list[tuple[str, str | None]] = []
    for name, set_posts in data.labelled_sets().items():
        if name not in data.realistic_weeks():
            items += [(p.text, None) for p in set_posts]
    for week in data.realistic_weeks().values():
        parents = data.parent_texts(week)
        items += [(p.text, parents.get(p.id)) for p in week]
    return items


def outcome(screening) -> tuple:
    return (screening.level, screening.evidence, screening.reasons, screening.kind)


class _NoIndex:
    def present(self, text: str) -> frozenset[str]:
        return frozenset()


def run(items, prefiltered: bool) -> tuple[list[tuple], float]:
    from safeguarding.screening import screener

    original, index, live_rules = screener._Pattern.live, screener._INDEX, screener._live_rules
    if not prefiltered:
        # as before 2026.12.5: no literal scan, every pattern tried
        screener._Pattern.live = lambda self, present: True  # type: ignore[method-assign]
        screener._INDEX = _NoIndex()  # type: ignore[assignment]
        screener._live_rules = lambda literals: list(screener._RULES)
    try:
        started = time.process_time()
        results = [outcome(screener.screen_text(t, context_text=c)) for t, c in items]
        cpu = time.process_time() - started
    finally:
        screener._Pattern.live = original  # type: ignore[method-assign]
        screener._INDEX, screener._live_rules = index, live_rules
    return results, cpu


def main() -> int:
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings")
    import django

    django.setup()
    from safeguarding.screening import screen_text

    items = posts()
    screen_text("warm up")
    before, _ = run(items, prefiltered=False)
    after, _ = run(items, prefiltered=True)
    same = sum(a == b for a, b in zip(before, after, strict=True))
    print(f"posts: {len(items)}; same level, evidence, reasons and kind both ways: {same}")
    for i, (a, b) in enumerate(zip(before, after, strict=True)):
        if a != b:
            print(f"  DIFFERENT: {items[i][0][:100]!r}")
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(PASSES):
        for prefiltered in (False, True):
            times[prefiltered].append(run(items, prefiltered)[1] / len(items) * 1e6)
    for prefiltered, label in ((False, "every pattern tried"), (True, "with the prefilter")):
        spread = times[prefiltered]
        print(
            f"{label}: CPU per post best {min(spread):.0f} us, median "
            f"{statistics.median(spread):.0f} us, worst {max(spread):.0f} us "
            f"({PASSES} passes of {len(items)} posts)"
        )
    print(f"load average: {os.getloadavg()}; cpus {os.cpu_count()}")
    return 0 if same == len(items) else 1


if __name__ == "__main__":
    sys.exit(main())
