"""Pool the runs of bench/cpu_cases.py that BENCH_CPU_JSON collected, by label and case.

Run two versions in turns (A, B, A, B, ...), each with BENCH_CPU_LABEL naming it and the same
BENCH_CPU_JSON file, then:

    python bench/cpu_compare.py var/cpu.jsonl

prints, for each case, each label's median CPU per request with the 10th to 90th percentile
range, the number of requests and the load averages its runs saw.
"""

from __future__ import annotations

import json
import statistics
import sys


def decile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main(path: str) -> int:
    pooled: dict[str, dict[str, list[float]]] = {}
    loads: dict[str, list[float]] = {}
    times: dict[str, list[str]] = {}
    with open(path) as lines:
        for line in lines:
            record = json.loads(line)
            label = record["label"] or "(no label)"
            loads.setdefault(label, []).extend(record["load"])
            times.setdefault(label, []).append(record["started"])
            for case, values in record["cpu_ms"].items():
                pooled.setdefault(case, {}).setdefault(label, []).extend(values)
    for label in loads:
        print(
            f"{label}: {len(times[label])} runs from {min(times[label])} UTC, load average"
            f" {min(loads[label]):.1f} to {max(loads[label]):.1f}"
        )
    for case, by_label in pooled.items():
        print(case)
        for label, values in by_label.items():
            print(
                f"  {label:28} n={len(values):4} median {statistics.median(values):6.2f} ms"
                f"  (10th to 90th percentile {decile(values, 0.1):.2f} to"
                f" {decile(values, 0.9):.2f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
