"""Staff must set up an authenticator app before they can see anything."""

from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.models import Authenticator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

# Paths a staff member without an authenticator may still reach: setting one up, signing
# out, the crisis page, health checks and static files.
_ALLOWED_PREFIXES = ("/accounts/", "/static/", "/healthz/", "/help/", "/about/", "/i18n/")


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
