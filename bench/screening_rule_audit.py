"""Precision audit of the phrase rules that can score a post high (2026.12.16).

For every rule whose cue counted at high in some training post, counts the posts it made high
(a cue at high level in the phrase layers' evidence) among: ordinary (label none) posts of the
realistic weeks, ordinary posts of the labelled (hard-case) sets, and labelled high posts.
With --save FILE it writes each post's phrase-layer level; with --compare FILE it prints how
the levels moved since (high posts lowered, ordinary posts raised or lowered).

    .venv/bin/python bench/screening_rule_audit.py [--top 40] [--save F | --compare F]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40, help="rules to list (default 40)")
    files = parser.add_mutually_exclusive_group()
    files.add_argument("--save", type=Path, help="write each post's phrase-layer level here")
    files.add_argument("--compare", type=Path, help="print how levels moved since this file")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings")
    import django

    django.setup()
    from safeguarding.screening import training as t
    from safeguarding.screening.screener import Level, screen_text

    samples = t.training_samples()
    parents = t.realistic_parents()
    weeks = {p.text for p in t.realistic_posts()}
    groups = {"week none": Counter(), "hard none": Counter(), "high": Counter()}
    sizes: Counter = Counter()
    levels: dict[str, str] = {}
    for label, text in samples:
        s = screen_text(text, context_text=parents.get(text), statistical_layer=False)
        levels[text] = str(s.level)
        group = "high" if label == "high" else None
        if label == "none":
            group = "week none" if text in weeks else "hard none"
        if group is None:
            continue
        sizes[group] += 1
        for rule in {c.rule for c in s.evidence if c.level == Level.HIGH}:
            groups[group][rule] += 1
    print(", ".join(f"{g}: {n} posts" for g, n in sizes.items()))
    rules = set().union(*groups.values())
    ranked = sorted(
        rules,
        key=lambda r: (-(groups["week none"][r] + groups["hard none"][r]), -groups["high"][r], r),
    )
    print(f"{'rule':55} week-none hard-none high")
    for r in ranked[: args.top]:
        print(f"{r:55} {groups['week none'][r]:9} {groups['hard none'][r]:9} {groups['high'][r]:4}")
    if args.save:
        args.save.write_text(json.dumps(levels))
    if args.compare:
        before = json.loads(args.compare.read_text())
        moves: Counter = Counter()
        for label, text in samples:
            if text in before and before[text] != levels[text]:
                moves[(label, before[text], levels[text])] += 1
                if label != "none" or levels[text] == "high":
                    print(f"  [{label}] {before[text]} -> {levels[text]}: {text[:110]}")
        for (label, a, b), n in sorted(moves.items()):
            print(f"label {label}: {a} -> {b}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
