"""What base.html needs for the idle-timeout warning (static/js/idle-timeout.js)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest
from django.templatetags.static import static

from .middleware import idle_timeout_seconds, path_if_routed


@lru_cache(maxsize=4)
def _script(path: str) -> str:
    """A static file's URL: the same for everyone until the next deploy."""
    return static(path)


def idle_timeout(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    status_url = path_if_routed("account_session_status")
    if status_url is None:
        # Not where the accounts pages are not in the URLs (some tests): no warning then.
        return {}
    # The warning's links and its script worked out here rather than by tags and filters
    # in base.html, on every signed-in page (issue 17, run 9); the same text.
    here = request.get_full_path()
    return {
        "idle_timeout_seconds": idle_timeout_seconds(user),
        "idle_warning_seconds": settings.IDLE_TIMEOUT_WARNING_SECONDS,
        "idle_status_url": status_url,
        "idle_signed_out_url": f"{path_if_routed('account_login')}?next={quote(here)}",
        "idle_keepalive_url": path_if_routed("account_session_keepalive"),
        "idle_next": here,
        "idle_script_url": _script("js/idle-timeout.js"),
    }
