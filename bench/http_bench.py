"""HTTP throughput: gunicorn on loopback, a bounded client of a few threads.

gunicorn runs bench.wsgi (bench/scale_settings.py) with BENCH_HTTP_WORKERS sync workers.
For each URL, BENCH_HTTP_CONCURRENCY threads each send requests one after another (a new
connection per request, as gunicorn's sync workers close it) for BENCH_HTTP_SECONDS or until
BENCH_HTTP_MAX requests in all. The member's session cookie comes from a force_login in
the benchmark process (the session lives in the database, which gunicorn shares).
"""

from __future__ import annotations

import http.client
import os
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


def load(port: int, path: str, cookie: str) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    headers = {"Cookie": cookie} if cookie else {}

    def worker() -> None:
        while time.monotonic() < deadline:
            with lock:
                if len(latencies) + len(errors) >= MAX_REQUESTS:
                    return
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
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

    # Warm both workers (templates compiled, connections open) before timing.
    for _ in range(2 * WORKERS):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", path, headers=headers)
        conn.getresponse().read()
        conn.close()
    deadline = time.monotonic() + SECONDS
    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
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

    cookie = f"sessionid={clients['member'].cookies['sessionid'].value}"
    targets = [
        ("bare view", reverse("bench_bare"), ""),
        ("member: home", reverse("home"), cookie),
        ("member: group page", reverse("groups:detail", args=[actors["group"]]), cookie),
        ("bare view, again", reverse("bench_bare"), ""),
    ]
    port = free_port()
    process = start_gunicorn(port)
    results = {
        "workers": WORKERS,
        "concurrency": CONCURRENCY,
        "seconds": SECONDS,
        "max_requests": MAX_REQUESTS,
        "targets": [],
    }
    try:
        for label, path, header in targets:
            outcome = load(port, path, header)
            outcome["label"] = label
            results["targets"].append(outcome)
            print(f"  HTTP {label}: {outcome['per_second']:.1f}/s", flush=True)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    return results
