"""CPU time per request, in-process, for the cases that explain the HTTP ratio (run 6).

Django's test Client against the scale database (bench/scale_settings.py), DEBUG off: each
case's requests are timed with `time.process_time` (this process only: the database's own
work is not in it) and the cases take turns in BENCH_CPU_ROUNDS rounds, so that each sees the
same spells of a shared machine. Prints the median and the 10th to 90th percentile range
per case, and the load average at the start and the end.

    BENCH_SCALE_DATABASE_URL=postgres://... REDIS_URL=redis://... python bench/cpu_cases.py

BENCH_CPU_REQUESTS (150 a case), BENCH_CPU_ROUNDS (5), BENCH_CPU_ONLY=<words,...>,
BENCH_CPU_PROFILE=<folder>: a cProfile of each case (all its timed requests) written there
as <case>.prof (CPU time, not wall time; read with `python -m pstats`). BENCH_CPU_JSON=<file>:
every request's CPU time per case, with the load average and a label (BENCH_CPU_LABEL), so
that runs of two versions taken in turns can be pooled and compared (run 7).
"""

from __future__ import annotations

import cProfile
import json
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
REQUESTS = int(os.environ.get("BENCH_CPU_REQUESTS", "150"))
ROUNDS = int(os.environ.get("BENCH_CPU_ROUNDS", "5"))


def cases(actors: dict, member) -> list[tuple[str, object, str]]:
    from django.test import Client
    from django.urls import reverse

    anonymous = Client()
    return [
        ("bare view, anonymous", anonymous, reverse("bench_bare")),
        ("bare view, signed in", member, reverse("bench_bare")),
        ("help page, anonymous", anonymous, reverse("help_now")),
        ("help page, signed in", member, reverse("help_now")),
        ("member: home", member, reverse("home")),
        ("member: group page", member, reverse("groups:detail", args=[actors["group"]])),
    ]


def decile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> int:
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.scale_settings")
    import django

    django.setup()
    from bench.pages_bench import clients, load_actors

    actors, _meta = load_actors()
    member = clients(actors)["member"]
    chosen = cases(actors, member)
    only = [w for w in os.environ.get("BENCH_CPU_ONLY", "").split(",") if w]
    if only:
        chosen = [c for c in chosen if any(w in c[0] for w in only)]
    folder = os.environ.get("BENCH_CPU_PROFILE")
    profilers = (
        {label: cProfile.Profile(time.process_time) for label, _c, _u in chosen} if folder else {}
    )
    cpu: dict[str, list[float]] = {label: [] for label, _c, _u in chosen}
    for label, client, url in chosen:
        for _ in range(5):  # warm: templates compiled, connection open
            response = client.get(url)
            assert response.status_code == 200, (label, response.status_code)
    load_start = os.getloadavg()
    started = time.strftime("%H:%M:%S", time.gmtime())
    for _round in range(ROUNDS):
        for label, client, url in chosen:
            profiler = profilers.get(label)
            for _ in range(REQUESTS // ROUNDS):
                if profiler:
                    profiler.enable()
                before = time.process_time()
                client.get(url)
                cpu[label].append((time.process_time() - before) * 1000)
                if profiler:
                    profiler.disable()
    print(
        f"in-process CPU per request, {started} to {time.strftime('%H:%M:%S', time.gmtime())} UTC,"
        f" load average at the start {load_start[0]:.1f}, at the end {os.getloadavg()[0]:.1f}"
    )
    for label, values in cpu.items():
        print(
            f"  {label:24} n={len(values)} median {statistics.median(values):6.2f} ms"
            f"  (10th to 90th percentile {decile(values, 0.1):.2f} to {decile(values, 0.9):.2f})"
        )
    if os.environ.get("BENCH_CPU_JSON"):
        with open(os.environ["BENCH_CPU_JSON"], "a") as out:
            record = {
                "label": os.environ.get("BENCH_CPU_LABEL", ""),
                "started": started,
                "load": [load_start[0], os.getloadavg()[0]],
                "cpu_ms": cpu,
            }
            out.write(json.dumps(record) + "\n")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for label, profiler in profilers.items():
            name = "".join(ch if ch.isalnum() else "-" for ch in label)
            profiler.dump_stats(str(Path(folder) / f"{name}.prof"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
