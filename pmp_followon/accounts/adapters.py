"""allauth adapter: no open sign-up; staff sign in with a password, participants by code."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core.exceptions import ImmediateHttpResponse
from django.contrib import messages
from django.http import HttpRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class AccountAdapter(DefaultAccountAdapter):
    # Plain English, British spelling, and what to do next (allauth's own are terse).
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": gettext_lazy(
            "This account has been closed. Contact your pain service if you need it again."
        ),
        "email_password_mismatch": gettext_lazy(
            "The email address or password is not right. Check them and try again."
        ),
        "incorrect_code": gettext_lazy(
            "That code is not right. Check the email we sent and try again."
        ),
        "incorrect_password": gettext_lazy("That password is not right. Try again."),
        "invalid_or_expired_key": gettext_lazy(
            "This link has expired or has already been used. Ask for a new one."
        ),
        "invalid_login": gettext_lazy("We could not sign you in. Check your details."),
        "too_many_login_attempts": gettext_lazy(
            "Too many tries. Wait 5 minutes, then try again."
        ),
        "rate_limited": gettext_lazy("Too many tries. Wait a minute, then try again."),
    }
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Accounts are made by pain service staff (invitations), never by sign-up.
        return False

    def pre_login(self, request: HttpRequest, user: Any, **kwargs: Any):
        if getattr(user, "is_staff_member", False):
            records = get_authentication_records(request, user) if request else []
            if records and records[-1].get("method") == "code":
                messages.error(
                    request,
                    _("Staff sign in with a password and an authenticator app, not a code."),
                )
                raise ImmediateHttpResponse(redirect(reverse("account_login")))
        return super().pre_login(request, user, **kwargs)

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        return reverse("home")

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        """Setting up the first authenticator straight after signing in with a password does
        not ask for the password again; every other sensitive step (changing or removing an
        authenticator, recovery codes) still does."""
        if app == "allauth.mfa" and self._first_authenticator_after_fresh_login():
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def _first_authenticator_after_fresh_login(self) -> bool:
        import time

        from allauth.account import app_settings as account_settings
        from allauth.core import context
        from allauth.mfa.models import Authenticator

        request = getattr(context, "request", None)
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        if Authenticator.objects.filter(user=user).exists():
            return False
        records = get_authentication_records(request, user)
        fresh = [
            r
            for r in records
            if r.get("method") == "password"
            and time.time() - r.get("at", 0) < account_settings.REAUTHENTICATION_TIMEOUT
        ]
        return bool(fresh)
