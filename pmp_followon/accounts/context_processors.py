"""What base.html needs for the idle-timeout warning (static/js/idle-timeout.js)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from .middleware import idle_timeout_seconds, path_if_routed


def idle_timeout(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "idle_timeout_seconds": idle_timeout_seconds(user),
        "idle_warning_seconds": settings.IDLE_TIMEOUT_WARNING_SECONDS,
        # None where the accounts pages are not in the URLs (some tests): no warning then.
        "idle_status_url": path_if_routed("account_session_status"),
    }
