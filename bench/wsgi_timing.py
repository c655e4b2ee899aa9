"""What a gunicorn worker spends on each request, measured inside the worker.

bench/wsgi.py wraps the application with `Timed` when BENCH_HTTP_TIMING names a folder:
each worker writes `timing-<pid>.json` there (requests, wall and CPU time of the worker per
request, by path) when it exits, and, with BENCH_HTTP_PROFILE=1 as well, `profile-<pid>.prof`
(cProfile of every request; read with `python -m pstats`). It also reads the CPU time of the
worker's PostgreSQL backend process (same machine: /proc) before and after each request: how
much of a request is the database's own work, in clock ticks summed over the requests (a
tick is 10 ms; only the mean over many requests means anything). The timing costs a few
microseconds a request; the profile slows the worker down several times, so its figures say
where the time goes, not how much there is.
"""

from __future__ import annotations

import atexit
import cProfile
import json
import os
import time
from pathlib import Path


class Timed:
    def __init__(self, application, folder: str, profile: bool = False) -> None:
        self.application = application
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.profiler = cProfile.Profile() if profile else None
        self.by_path: dict[str, dict[str, list[float]]] = {}
        self.backend_pid: int | None = None
        atexit.register(self.write)

    def __call__(self, environ, start_response):
        if environ.get("HTTP_X_BENCH_WARMUP"):
            # Warm-up requests (the first one in a worker imports the URL configuration and
            # with it most of the app) are left out of both the timing and the profile.
            return self.application(environ, start_response)
        path = environ.get("PATH_INFO", "")
        pid_before, ticks_before = self.backend_pid, backend_ticks(self.backend_pid)
        wall, cpu = time.perf_counter(), time.process_time()
        if self.profiler:
            self.profiler.enable()
        try:
            # A sync worker reads the whole body before it closes the connection, so the
            # iterable is drained here, inside the measurement.
            body = b"".join(self.application(environ, start_response))
        finally:
            if self.profiler:
                self.profiler.disable()
            figures = self.by_path.setdefault(
                path, {"wall_ms": [], "cpu_ms": [], "db_ticks": [], "db_requests": []}
            )
            figures["wall_ms"].append((time.perf_counter() - wall) * 1000)
            figures["cpu_ms"].append((time.process_time() - cpu) * 1000)
            self.backend_pid = current_backend_pid()
            if pid_before is not None and pid_before == self.backend_pid:
                figures["db_ticks"].append(backend_ticks(self.backend_pid) - ticks_before)
        return [body]

    def write(self) -> None:
        for figures in self.by_path.values():
            figures["db_ticks"] = [sum(figures["db_ticks"]), len(figures["db_ticks"])]
            del figures["db_requests"]
        pid = os.getpid()
        (self.folder / f"timing-{pid}.json").write_text(json.dumps(self.by_path))
        if self.profiler:
            self.profiler.dump_stats(str(self.folder / f"profile-{pid}.prof"))


def current_backend_pid() -> int | None:
    from django.db import connection

    raw = connection.connection
    return raw.info.backend_pid if raw is not None and not raw.closed else None


def backend_ticks(pid: int | None) -> int:
    """User and system CPU of a local PostgreSQL backend, in clock ticks (0 if unknown)."""
    if pid is None:
        return 0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])
