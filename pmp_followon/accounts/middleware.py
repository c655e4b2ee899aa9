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
from django.urls import reverse
from django.utils.translation import gettext as _

# Paths a staff member without an authenticator may still reach: setting one up, signing
# out, the crisis page, health checks and static files.
_ALLOWED_PREFIXES = ("/accounts/", "/static/", "/healthz/", "/help/", "/about/", "/i18n/")

# When the signed-in person last did something (seconds since the epoch), in the session.
IDLE_SESSION_KEY = "idle_last_activity"
# Write the session at most this often for activity alone (each write is a database row).
_TOUCH_EVERY_SECONDS = 30


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
            and not Authenticator.objects.filter(
                user=user, type=Authenticator.Type.TOTP
            ).exists()
        ):
            return redirect(f"{reverse('mfa_activate_totp')}")
        return self.get_response(request)


def idle_timeout_seconds(user) -> int:
    """Staff: 30 minutes (they see safeguarding data). Participants: a setting, because
    people with fatigue may read slowly, with a safe default (settings/base.py)."""
    if getattr(user, "is_staff_member", False):
        return int(settings.IDLE_TIMEOUT_STAFF_SECONDS)
    return int(settings.IDLE_TIMEOUT_PARTICIPANT_SECONDS)


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
            passive = request.path == reverse("account_session_status")
            if not passive and (last is None or now - float(last) >= _TOUCH_EVERY_SECONDS):
                request.session[IDLE_SESSION_KEY] = now
                # The session row and cookie end with the idle time too (no 12-hour cookie).
                request.session.set_expiry(timeout)
        return self.get_response(request)

    def _signed_out(self, request: HttpRequest) -> HttpResponse:
        logout(request)
        if request.path == reverse("account_session_status"):
            return JsonResponse({"signed_in": False, "seconds_left": 0})
        messages.info(
            request, _("You were signed out because you had not done anything for a while.")
        )
        login = reverse("account_login")
        if request.method == "GET":
            return redirect(f"{login}?{urlencode({'next': request.get_full_path()})}")
        return redirect(login)
