"""HTTP throughput: gunicorn on loopback, a bounded client of a few threads.

gunicorn runs bench.wsgi (bench/scale_settings.py) with BENCH_HTTP_WORKERS sync workers.
For each URL, BENCH_HTTP_CONCURRENCY threads each send requests one after another (a new
connection per request, as gunicorn's sync workers close it) for BENCH_HTTP_SECONDS or until
BENCH_HTTP_MAX requests in all, split into BENCH_HTTP_ROUNDS turns (the URLs take turns).
The member's session cookie comes from a force_login in the benchmark process (the session
lives in the database, which gunicorn shares). Each client keeps the cookies the responses
set and sends them back, as a browser does (``CookieJar``; run 12): before run 12 the
``csrftoken`` cookie was never sent back, so every signed-in request made a new CSRF secret
and a ``Set-Cookie``, which no browser causes. The pages' code is the same either way. With
BENCH_HTTP_TIMING each worker also records its own time per request (bench/wsgi_timing.py),
read back by worker_figures.
"""

from __future__ import annotations

import http.client
import http.cookies
import os
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
WORKERS = int(os.environ.get("BENCH_HTTP_WORKERS", "2"))
CONCURRENCY = int(os.environ.get("BENCH_HTTP_CONCURRENCY", "8"))
SECONDS = float(os.environ.get("BENCH_HTTP_SECONDS", "15"))
MAX_REQUESTS = int(os.environ.get("BENCH_HTTP_MAX", "5000"))
# The URLs take turns, each for SECONDS / ROUNDS at a time, ROUNDS times: on a machine shared
# with other work, each URL then sees the same mix of quiet and busy spells (1: one after
# another, as before run 5).
ROUNDS = int(os.environ.get("BENCH_HTTP_ROUNDS", "5"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [
            str(gunicorn),
            "bench.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--timeout",
            "60",
            "--log-level",
            "warning",
            # More, e.g. "--worker-class gthread --threads 4" (gunicorn's own options).
            *shlex.split(os.environ.get("BENCH_HTTP_GUNICORN_ARGS", "")),
        ],
        cwd=PROJECT,
        env=os.environ.copy(),
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("gunicorn did not start") from None
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("gunicorn did not open its port within 60 s")


class CookieJar:
    """The cookies of one browser on one site: what the responses set (``Set-Cookie``) is
    sent back with the next requests (``Cookie``); a cookie set empty or with ``Max-Age=0``
    is dropped. Shared by the client threads of one person, as the tabs of a browser."""

    def __init__(self, cookies: dict[str, str] | None = None) -> None:
        self._cookies = dict(cookies or {})
        self._lock = threading.Lock()

    def header(self) -> dict[str, str]:
        with self._lock:
            if not self._cookies:
                return {}
            return {"Cookie": "; ".join(f"{k}={v}" for k, v in self._cookies.items())}

    def keep(self, response: http.client.HTTPResponse) -> None:
        for line in response.headers.get_all("Set-Cookie") or []:
            parsed = http.cookies.SimpleCookie()
            parsed.load(line)
            with self._lock:
                for name, morsel in parsed.items():
                    if morsel.value == "" or morsel["max-age"] in ("0", 0):
                        self._cookies.pop(name, None)
                    else:
                        self._cookies[name] = morsel.coded_value  # as sent, quotes and all

    def names(self) -> list[str]:
        with self._lock:
            return sorted(self._cookies)


def load(
    port: int, path: str, jar: CookieJar, seconds: float, max_requests: int, warm_up: bool = True
) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        while time.monotonic() < deadline:
            with lock:
                if len(latencies) + len(errors) >= max_requests:
                    return
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                conn.request("GET", path, headers=jar.header())
                response = conn.getresponse()
                response.read()
                jar.keep(response)
                conn.close()
                ok = response.status == 200
            except OSError as exc:
                ok, response = False, exc
            took = (time.perf_counter() - started) * 1000
            with lock:
                if ok:
                    latencies.append(took)
                else:
                    errors.append(str(getattr(response, "status", response)))

    # Warm every worker (URL configuration imported, templates compiled, connections open)
    # before timing: the requests are sent at the same time, so that one worker cannot take
    # them all while another stays cold.
    def warm() -> None:
        for _ in range(2):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", path, headers={**jar.header(), "X-Bench-Warmup": "1"})
            response = conn.getresponse()
            response.read()
            jar.keep(response)
            conn.close()

    warmers = [threading.Thread(target=warm) for _ in range(2 * WORKERS if warm_up else 0)]
    for thread in warmers:
        thread.start()
    for thread in warmers:
        thread.join()
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {"path": path, "latencies": latencies, "errors": errors, "seconds": elapsed}


def summary(path: str, parts: list[dict]) -> dict:
    latencies = [ms for part in parts for ms in part["latencies"]]
    errors = [error for part in parts for error in part["errors"]]
    elapsed = sum(part["seconds"] for part in parts)
    done = len(latencies)
    return {
        "path": path,
        "requests": done,
        "errors": len(errors),
        "seconds": elapsed,
        "per_second": done / elapsed if elapsed else 0.0,
        "p50_ms": statistics.median(latencies) if latencies else None,
        "p95_ms": sorted(latencies)[int(0.95 * (done - 1))] if latencies else None,
        "error_sample": errors[:3],
    }


def run(actors: dict, clients: dict) -> dict:
    from django.urls import reverse

    # One browser for the member (home and the group page), one for the anonymous visitor.
    member = CookieJar({"sessionid": clients["member"].cookies["sessionid"].value})
    anonymous = CookieJar()
    targets = [
        ("bare view", reverse("bench_bare"), anonymous),
        ("member: home", reverse("home"), member),
        ("member: group page", reverse("groups:detail", args=[actors["group"]]), member),
        ("bare view, again", reverse("bench_bare"), anonymous),
    ]
    only = [w for w in os.environ.get("BENCH_HTTP_ONLY", "").split(",") if w]
    if only:
        targets = [t for t in targets if any(word in t[0] for word in only)]
    port = free_port()
    process = start_gunicorn(port)
    results = {
        "workers": WORKERS,
        "concurrency": CONCURRENCY,
        "seconds": SECONDS,
        "max_requests": MAX_REQUESTS,
        "rounds": ROUNDS,
        "targets": [],
    }
    parts: dict[str, list[dict]] = {label: [] for label, _path, _jar in targets}
    try:
        for round_number in range(ROUNDS):
            for label, path, jar in targets:
                parts[label].append(
                    load(
                        port,
                        path,
                        jar,
                        SECONDS / ROUNDS,
                        MAX_REQUESTS // ROUNDS,
                        warm_up=round_number == 0,
                    )
                )
        results["cookies"] = {"member": member.names(), "anonymous": anonymous.names()}
        print(f"  cookies kept: {results['cookies']}", flush=True)
        for label, path, _jar in targets:
            outcome = summary(path, parts[label])
            outcome["label"] = label
            results["targets"].append(outcome)
            print(
                f"  HTTP {label}: {outcome['per_second']:.1f}/s (p50 {outcome['p50_ms'] or 0:.1f}"
                f" ms, p95 {outcome['p95_ms'] or 0:.1f} ms, n={outcome['requests']})",
                flush=True,
            )
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    timing = os.environ.get("BENCH_HTTP_TIMING")
    if timing:
        results["worker"] = worker_figures(Path(timing))
        for path, figures in results["worker"].items():
            print(
                f"  worker time per request, {path}: n={figures['n']} wall median "
                f"{figures['wall_median_ms']:.1f} ms, CPU median {figures['cpu_median_ms']:.1f} "
                f"ms, CPU mean {figures['cpu_mean_ms']:.1f} ms, its PostgreSQL backend's CPU "
                f"mean {figures['db_cpu_mean_ms']:.1f} ms",
                flush=True,
            )
    return results


def worker_figures(folder: Path) -> dict:
    """The workers' own time per request (bench/wsgi_timing.py), all workers together."""
    import json

    merged: dict[str, dict[str, list[float]]] = {}
    for file in folder.glob("timing-*.json"):
        for path, figures in json.loads(file.read_text()).items():
            into = merged.setdefault(path, {"wall_ms": [], "cpu_ms": [], "db_ticks": [0, 0]})
            into["wall_ms"] += figures["wall_ms"]
            into["cpu_ms"] += figures["cpu_ms"]
            into["db_ticks"][0] += figures["db_ticks"][0]
            into["db_ticks"][1] += figures["db_ticks"][1]
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    return {
        path: {
            "n": len(f["wall_ms"]),
            "wall_median_ms": statistics.median(f["wall_ms"]),
            "cpu_median_ms": statistics.median(f["cpu_ms"]),
            "cpu_mean_ms": statistics.mean(f["cpu_ms"]),
            "db_cpu_mean_ms": f["db_ticks"][0] * tick_ms / max(1, f["db_ticks"][1]),
        }
        for path, f in merged.items()
    }


def main() -> int:
    """The HTTP part alone: `python bench/http_bench.py` with bench/scale_settings.py's
    environment (BENCH_SCALE_DATABASE_URL); BENCH_HTTP_ONLY=<words,...> picks targets."""
    import json

    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.scale_settings")
    import django

    django.setup()
    from bench.pages_bench import clients, load_actors

    actors, _meta = load_actors()
    started_load = os.getloadavg()
    results = run(actors, clients(actors))
    results["load"] = {"start": started_load, "end": os.getloadavg()}
    print(f"  load average (1, 5, 15 min) at the start {started_load}, end {os.getloadavg()}")
    out = os.environ.get("BENCH_OUT")
    if out:
        Path(out).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
