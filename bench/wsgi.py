"""gunicorn entry point for the HTTP benchmark (bench.scale_settings).

BENCH_HTTP_TIMING=<folder> has each worker record its own time per request there
(bench/wsgi_timing.py); BENCH_HTTP_PROFILE=1 adds a cProfile of every request."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.scale_settings")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
from pmp_followon.boot import ready_worker  # noqa: E402

# As pmp_followon/wsgi.py: the URL configuration imported, the boot's objects frozen.
ready_worker()

if os.environ.get("BENCH_HTTP_TIMING"):
    from bench.wsgi_timing import Timed

    application = Timed(
        application,
        os.environ["BENCH_HTTP_TIMING"],
        profile=os.environ.get("BENCH_HTTP_PROFILE") == "1",
    )
