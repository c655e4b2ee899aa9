"""Pages that belong to no single app: home, help now, health."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from pmp_followon.notifications.selectors import heartbeat_age

logger = logging.getLogger(__name__)


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/home.html")


@require_GET
def help_now(request: HttpRequest) -> HttpResponse:
    """The crisis page, reachable from every page and without signing in."""
    return render(request, "pages/help_now.html", {"crisis": settings.CRISIS_CONTACTS})


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_cache() -> str:
    key = "healthz:probe"
    value = timezone.now().isoformat()
    cache.set(key, value, 30)
    if cache.get(key) != value:
        raise RuntimeError("cache did not return what was written")
    return "ok"


def _check_broker() -> str:
    from pmp_followon.celery import app

    # Read the broker address at call time (settings rule 8), not from import-time config.
    with app.connection_for_write(url=settings.CELERY_BROKER_URL) as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Machine-readable health: 200 when everything works, 503 otherwise."""
    checks: dict[str, dict] = {}
    for name, check in (
        ("database", _check_database),
        ("cache", _check_cache),
        ("broker", _check_broker),
    ):
        try:
            checks[name] = {"status": check()}
        except Exception as exc:  # noqa: BLE001 - any failure is reported, never raised
            logger.warning("healthz: %s failed: %s", name, exc)
            checks[name] = {"status": "error", "error": exc.__class__.__name__}
    try:
        age = heartbeat_age()
    except Exception as exc:  # noqa: BLE001
        age = None
        logger.warning("healthz: heartbeat lookup failed: %s", exc)
    stale_after = settings.HEARTBEAT_STALE_AFTER.total_seconds()
    checks["heartbeat"] = {
        "status": "ok" if age is not None and age <= stale_after else "stale",
        "age_seconds": None if age is None else round(age, 1),
    }
    healthy = all(c["status"] == "ok" for c in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks},
        status=200 if healthy else 503,
    )
