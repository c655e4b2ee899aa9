"""cProfile of each Celery pool process, for the notifications benchmark.

bench/settings.py imports this when BENCH_WORKER_PROFILE names a folder: every pool process
profiles itself from start to exit (CPU time, so waiting for the database or the broker is
left out) and writes `worker-<pid>.prof` there. Read with `python -m pstats`.
"""

from __future__ import annotations

import cProfile
import os
import time
from pathlib import Path

from celery.signals import worker_process_init, worker_process_shutdown

_profiler: cProfile.Profile | None = None


@worker_process_init.connect
def _start(**kwargs) -> None:
    global _profiler
    _profiler = cProfile.Profile(time.process_time)
    _profiler.enable()


@worker_process_shutdown.connect
def _stop(**kwargs) -> None:
    if _profiler is None:
        return
    _profiler.disable()
    folder = Path(os.environ["BENCH_WORKER_PROFILE"])
    folder.mkdir(parents=True, exist_ok=True)
    _profiler.dump_stats(str(folder / f"worker-{os.getpid()}.prof"))
