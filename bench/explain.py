"""EXPLAIN (ANALYZE, BUFFERS) the slowest queries of each page in the last page benchmark.

    .venv/bin/python bench/explain.py [word in a page label] [--all]

Reads var/bench/pages.json (written by `make bench`) and runs, read-only, each page's
slowest captured queries on the scale database (BENCH_SCALE_DATABASE_URL, as in run.py).
By default only pages that missed the 150 ms goal; --all for every page.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    import psycopg

    sys.path.insert(0, str(PROJECT))
    from bench.run import settings_env

    env = settings_env()
    data = json.loads((PROJECT / "var" / "bench" / "pages.json").read_text())
    words = [a for a in argv if not a.startswith("--")]
    with psycopg.connect(env["BENCH_SCALE_DATABASE_URL"]) as conn:
        conn.execute("SET default_transaction_read_only = on")
        for page in data["pages"]:
            if words and not any(w in page["label"] for w in words):
                continue
            if "--all" not in argv and page["p95_ms"] < 150 and not words:
                continue
            print(
                f"\n=== {page['label']}: p95 {page['p95_ms']:.0f} ms, {page['queries']} "
                f"queries, {page['sql_ms']:.0f} ms in SQL"
            )
            for took, sql in page["slowest_sql"]:
                if not sql.lstrip().upper().startswith("SELECT"):
                    continue
                print(f"\n--- {took:.1f} ms when captured:\n{sql[:1500]}\n")
                for (line,) in conn.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}"):
                    print("   ", line)
            conn.rollback()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.scale_settings")
    sys.exit(main(sys.argv[1:]))
