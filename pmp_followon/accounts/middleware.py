"""Staff must set up an authenticator app before they can see anything; everyone is signed
out after a spell of doing nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlencode

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from pmp_followon.ui.links import path_of

# Paths a staff member without an authenticator may still reach: setting one up, signing
# out, the crisis page, health checks and static files.
_ALLOWED_PREFIXES = ("/accounts/", "/static/", "/healthz/", "/help/", "/about/", "/i18n/")

# When the signed-in person last did something (seconds since the epoch), in the session.
IDLE_SESSION_KEY = "idle_last_activity"
# Activity is written to the session at most every tenth of the timeout (at least a minute):
# each write is a database round trip, and pages should not cost more on some requests than
# others. So someone may be signed out up to that much earlier than the full timeout after
# their last click; "Stay signed in" always records.
_TOUCH_FRACTION = 10
_TOUCH_MIN_SECONDS = 60


def path_if_routed(name: str) -> str | None:
    try:
        return path_of(name)  # reversed once per process (issue 17, run 8)
    except NoReverseMatch:  # a URL configuration without the accounts pages (tests)
        return None


class StaffMFARequiredMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and user.is_staff_member
            and not request.path.startswith(_ALLOWED_PREFIXES)
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            return redirect(f"{reverse('mfa_activate_totp')}")
        return self.get_response(request)


def idle_timeout_seconds(user) -> int:
    """Staff: 30 minutes (they see safeguarding data). Participants: a setting, because
    people with fatigue may read slowly, with a safe default (settings/base.py)."""
    if getattr(user, "is_staff_member", False):
        return int(settings.IDLE_TIMEOUT_STAFF_SECONDS)
    return int(settings.IDLE_TIMEOUT_PARTICIPANT_SECONDS)


def start_idle_clock(sender, request: HttpRequest | None = None, user=None, **kwargs) -> None:
    """user_logged_in receiver: a new session starts with activity now."""
    if request is not None and hasattr(request, "session"):
        request.session[IDLE_SESSION_KEY] = time.time()
        request.session.set_expiry(idle_timeout_seconds(user))


class IdleTimeoutMiddleware:
    """Signs people out on the server after `idle_timeout_seconds` without a request, so it
    holds with JavaScript off; the warning in static/js/idle-timeout.js is only a courtesy.
    Asking how long is left (the warning's own check) is not activity."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            timeout = idle_timeout_seconds(user)
            now = time.time()
            last = request.session.get(IDLE_SESSION_KEY)
            if last is not None and now - float(last) > timeout:
                return self._signed_out(request)
            passive = request.path == path_if_routed("account_session_status")
            forced = request.path == path_if_routed("account_session_keepalive")
            every = max(_TOUCH_MIN_SECONDS, timeout // _TOUCH_FRACTION)
            if not passive and (forced or last is None or now - float(last) >= every):
                request.session[IDLE_SESSION_KEY] = now
                # The session row and cookie end with the idle time too (no 12-hour cookie).
                request.session.set_expiry(timeout)
        return self.get_response(request)

    def _signed_out(self, request: HttpRequest) -> HttpResponse:
        logout(request)
        if request.path == path_if_routed("account_session_status"):
            return JsonResponse({"signed_in": False, "seconds_left": 0})
        messages.info(
            request, _("You were signed out because you had not done anything for a while.")
        )
        login = reverse("account_login")
        if request.method == "GET":
            return redirect(f"{login}?{urlencode({'next': request.get_full_path()})}")
        return redirect(login)
