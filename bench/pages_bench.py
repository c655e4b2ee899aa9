"""Page benchmark: every main page of every kind of user, in-process, at national size.

Django's test Client with force_login, DEBUG off, against the database seed_scale built
(bench/scale_settings.py). Each page is requested a few times to warm up, then BENCH_REQUESTS
times (or for BENCH_PAGE_SECONDS, whichever ends first, at least 5): the query count (one
extra request with the queries captured), median and p95, response size, and the ratio of
the median to a bare one-query view measured in the same run. Then HTTP throughput against
gunicorn on loopback (http_bench.py) and the screener's cost per post.

Run through bench/run.py (`make bench`); prints a table and writes JSON to BENCH_OUT.
URLs are resolved by name, so moving views between modules does not break this.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "30"))
PAGE_SECONDS = float(os.environ.get("BENCH_PAGE_SECONDS", "20"))
GOAL_P95_MS = 150.0


@dataclass
class PageResult:
    label: str
    url: str
    status: int
    queries: int
    n: int
    median_ms: float
    p95_ms: float
    kb: float
    ratio: float = 0.0
    sql_ms: float = 0.0  # time in SQL of the one request whose queries were captured
    cpu_ms: float = 0.0  # median CPU time of this process (Python and templates, not SQL)
    slowest_sql: list[tuple[float, str]] = field(default_factory=list)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def pages(actors: dict) -> list[tuple[str, str, str, list, dict]]:
    """(label, who, url name, args, query) for each page measured."""
    group, meeting, poll = actors["group"], actors["meeting"], actors["poll"]
    return [
        ("service admin: people list", "admin", "accounts:people", [], {}),
        ("service admin: message problems", "admin", "notifications:problems", [], {}),
        ("clinician: programmes list", "lead", "programmes:list", [], {}),
        ("clinician: closure calendar", "lead", "programmes:closures", [], {}),
        ("clinician: programme page", "lead", "programmes:detail", [actors["programme"]], {}),
        ("clinician: programme outcomes", "lead", "programmes:outcomes", [actors["programme"]], {}),
        ("clinician: staff overview", "lead", "groups:staff_overview", [], {}),
        ("duty: alert queue", "duty", "safeguarding:alert_list", [], {}),
        ("duty: alert page", "duty", "safeguarding:alert_detail", [actors["alert"]], {}),
        ("lead: safeguarding report, 30 days", "lead", "safeguarding:reports", [], {"days": "30"}),
        (
            "lead: safeguarding report, 365 days",
            "lead",
            "safeguarding:reports",
            [],
            {"days": "365"},
        ),
        ("member: home", "member", "home", [], {}),
        ("member: my groups", "member", "groups:my_groups", [], {}),
        ("member: directory", "member", "groups:directory", [], {}),
        ("member: group page", "member", "groups:detail", [group], {}),
        ("coordinator: board", "member", "groups:board", [group], {}),
        ("member: meeting page", "member", "groups:meeting_detail", [group, meeting], {}),
        ("member: poll page", "member", "groups:poll_detail", [group, poll], {}),
    ]


def load_actors() -> tuple[dict, dict]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT actors, counts, factor, services, years, seconds FROM scale_seed_info "
            "ORDER BY id DESC LIMIT 1"
        )
        actors, counts, factor, services, years, seconds = cursor.fetchone()
    load = lambda v: json.loads(v) if isinstance(v, str) else v  # noqa: E731
    meta = {
        "factor": factor,
        "services": services,
        "years": years,
        "seed_seconds": seconds,
        "counts": load(counts),
    }
    actors = load(actors)
    fill_in(actors)
    return actors, meta


def fill_in(actors: dict) -> None:
    """Pages the seed did not name one for (a small data set may have no running programme
    with the lead among its facilitators): the service's latest that fits."""
    from programmes.models import Programme
    from safeguarding.models import Alert

    if "programme" not in actors:
        programmes = Programme.objects.filter(service_id=actors["service"])
        chosen = (
            programmes.filter(status="running").order_by("-first_session_date").first()
            or programmes.exclude(status="planned").order_by("-first_session_date").first()
        )
        actors["programme"] = chosen.pk
    if "alert" not in actors:
        actors["alert"] = Alert.objects.filter(service_id=actors["service"]).latest("raised_at").pk


def measure(client, url: str, query: dict, label: str) -> PageResult:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        response = client.get(url, query)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, query)
    # Later requests empty the log, so keep it now; BEGIN and COMMIT (ATOMIC_REQUESTS) and
    # savepoints are not counted as queries.
    queries = [
        q
        for q in captured.captured_queries
        if not q["sql"].startswith(("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE"))
    ]
    sql_ms = sum(float(q["time"]) * 1000 for q in queries)
    slowest = sorted(((float(q["time"]) * 1000, q["sql"]) for q in queries), reverse=True)[:3]
    times, cpu = [], []
    deadline = time.perf_counter() + PAGE_SECONDS
    while len(times) < REQUESTS and (len(times) < 5 or time.perf_counter() < deadline):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, query)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return PageResult(
        label=label,
        url=url + (f"?{'&'.join(f'{k}={v}' for k, v in query.items())}" if query else ""),
        status=response.status_code,
        queries=len(queries),
        n=len(times),
        median_ms=statistics.median(times),
        p95_ms=percentile(times, 0.95),
        kb=len(response.content) / 1024,
        slowest_sql=slowest,
        sql_ms=sql_ms,
        cpu_ms=statistics.median(cpu),
    )


def clients(actors: dict) -> dict:
    from django.test import Client

    from pmp_followon.accounts.models import User

    made = {}
    for who in ("admin", "lead", "duty", "member"):
        client = Client()
        client.force_login(User.objects.get(pk=actors[who]))
        made[who] = client
    return made


def profile(client, url: str, query: dict, top: int = 30) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(3):
        client.get(url, query)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)


def screening_cost() -> dict:
    """The screener on real post texts from the database: cost per post, one at a time."""
    from groups.models import Post
    from safeguarding.screening import screen_text

    bodies = list(Post.objects.order_by("-id").values_list("body", flat=True)[:2000])
    screen_text("warm up")
    times = []
    started_cpu = time.process_time()
    for body in bodies:
        started = time.perf_counter()
        screen_text(body)
        times.append((time.perf_counter() - started) * 1000)
    cpu = (time.process_time() - started_cpu) * 1000
    # CPU time per post as well: on a shared machine wall time includes waiting for a core.
    return {
        "posts": len(times),
        "mean_ms": statistics.mean(times),
        "p95_ms": percentile(times, 0.95),
        "max_ms": max(times),
        "cpu_mean_ms": cpu / max(1, len(times)),
    }


def main() -> int:
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.scale_settings")
    import django

    django.setup()
    from django.test import Client
    from django.urls import reverse

    actors, meta = load_actors()
    print(
        f"data: {meta['services']} services, {meta['years']} years, factor {meta['factor']} "
        f"(seeded in {meta['seed_seconds']:.0f} s); "
        + ", ".join(
            f"{t.split('_', 1)[1]} {n:,}" for t, n in sorted(meta["counts"].items()) if n >= 1000
        )
    )
    logged_in = clients(actors)
    only = os.environ.get("BENCH_ONLY", "")
    bare = measure(Client(), reverse("bench_bare"), {}, "bare view (one query)")
    results = [bare]
    for label, who, name, args, query in pages(actors):
        if only and only not in label:
            continue
        if os.environ.get("BENCH_PROFILE") and os.environ["BENCH_PROFILE"] in label:
            profile(logged_in[who], reverse(name, args=args), query)
        result = measure(logged_in[who], reverse(name, args=args), query, label)
        result.ratio = result.median_ms / bare.median_ms
        results.append(result)
        print(f"  {label}: {result.median_ms:.1f} ms", flush=True)
    bare_again = measure(Client(), reverse("bench_bare"), {}, "bare view, again at the end")
    bare_again.ratio = bare_again.median_ms / bare.median_ms
    results.append(bare_again)
    screening = screening_cost()

    from bench import http_bench

    http = None if os.environ.get("BENCH_HTTP_SKIP") else http_bench.run(actors, logged_in)
    out = {
        "meta": meta,
        "pages": [asdict(r) for r in results],
        "http": http,
        "screening": screening,
        "load": os.getloadavg(),
        "cpus": os.cpu_count(),
    }
    Path(os.environ.get("BENCH_OUT", "var/bench/pages.json")).parent.mkdir(
        parents=True, exist_ok=True
    )
    Path(os.environ.get("BENCH_OUT", "var/bench/pages.json")).write_text(
        json.dumps(out, indent=1, default=str)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
