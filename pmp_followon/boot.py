"""What a web worker does once, while it boots, before its first request."""

from __future__ import annotations

import gc

from django.urls import get_resolver


def ready_worker() -> None:
    """Import the URL configuration, and with it every view and the screener's phrase
    library (about a second of CPU), while the worker boots rather than in its first
    request: Django imports it lazily, so each new gunicorn worker kept its first visitor
    waiting for it (docs/operations/benchmarks.md, run 5).

    Then move everything the boot made (modules, classes, the URL patterns, the phrase
    library: some 150,000 objects that live as long as the process) out of the cyclic
    garbage collector's view with ``gc.freeze()``. Python's full collections walk every
    tracked object; with them in view, one came every few hundred group pages and cost tens
    of milliseconds, about 0.3 ms a request on average (issue 17, run 11). Frozen objects are
    still freed by reference counting; only cycles among them are never collected, and the
    boot's objects are never garbage. The collector still runs for everything made after.
    """
    get_resolver().url_patterns  # noqa: B018
    gc.collect()
    gc.freeze()
