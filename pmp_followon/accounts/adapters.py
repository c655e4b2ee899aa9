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
from django.utils.crypto import salted_hmac
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
        "too_many_login_attempts": gettext_lazy("Too many tries. Wait 5 minutes, then try again."),
        "rate_limited": gettext_lazy("Too many tries. Wait a minute, then try again."),
    }

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Accounts are made by pain service staff (invitations), never by sign-up.
        return False

    def pre_login(self, request: HttpRequest, user: Any, **kwargs: Any):
        records = get_authentication_records(request, user) if request else []
        method = records[-1].get("method") if records else None
        if getattr(user, "is_staff_member", False):
            if method == "code":
                messages.error(
                    request,
                    _("Staff sign in with a password and an authenticator app, not a code."),
                )
                raise ImmediateHttpResponse(redirect(reverse("account_login")))
        elif method == "password":
            # Participants sign in by emailed code only: a password (however it was set)
            # would skip the proof that they still hold their email address.
            messages.error(
                request, _("Use 'Email me a sign-in code' to sign in. There is no password.")
            )
            raise ImmediateHttpResponse(redirect(reverse("account_login")))
        return super().pre_login(request, user, **kwargs)

    # --- failed password sign-ins -------------------------------------------------------
    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials: Any) -> str:
        """allauth's "login_failed" limit per key is per address *and* client address, so
        someone guessing from elsewhere uses up their own allowance, never the owner's.
        Behind a proxy the client address comes from X-Forwarded-For, trusting exactly
        ALLAUTH_TRUSTED_PROXY_COUNT hops (production refuses to start without it)."""
        key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{key}:{self.get_client_ip(request)}"

    def authentication_failed(self, request: HttpRequest, **credentials: Any) -> None:
        """Count failures per address from everywhere. Past a ceiling the owner is emailed
        (once per window) instead of being locked out: a lock-out anyone can cause would be
        a way to keep staff out during a crisis."""
        from django.conf import settings
        from django.core.cache import cache

        email = (credentials.get("email") or "").strip().lower()
        if not email:
            return
        window = settings.SIGN_IN_FAILURE_WINDOW_SECONDS
        key = f"accounts:sign-in-failures:{salted_hmac('failures', email).hexdigest()}"
        cache.add(key, 0, window)
        try:
            failures = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, window)
            failures = 1
        if failures == settings.SIGN_IN_FAILURE_NOTICE_AT:
            self._tell_owner_of_failures(request, email, failures)

    def _tell_owner_of_failures(self, request: HttpRequest, email: str, failures: int) -> None:
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            return
        self.send_notification_mail("account/email/sign_in_failures", user, {"failures": failures})

    def send_confirmation_mail(self, request, emailconfirmation, signup) -> None:
        """A new address gets its verification link; the address already on the account is
        told at the same time, so the owner hears of a change they did not make."""
        super().send_confirmation_mail(request, emailconfirmation, signup)
        from allauth.account.models import EmailAddress

        new = emailconfirmation.email_address
        current = (
            EmailAddress.objects.filter(user=new.user, primary=True, verified=True)
            .exclude(pk=new.pk)
            .first()
        )
        if current is not None and not signup:
            self.send_notification_mail(
                "account/email/email_change_requested",
                new.user,
                {"new_email": new.email},
                email=current.email,
            )

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        return reverse("home")

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        """Setting up the first authenticator straight after signing in with a password does
        not ask for the password again; every other sensitive step (changing or removing an
        authenticator, recovery codes) still does."""
        if app == "allauth.mfa" and (
            self._first_authenticator_after_fresh_login() or self._invitation_open()
        ):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def _invitation_open(self) -> bool:
        from allauth.core import context
        from allauth.mfa.models import Authenticator

        from .services import INVITATION_SESSION_KEY, invitation_usable_for

        request = getattr(context, "request", None)
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        if Authenticator.objects.filter(user=user).exists():
            return False
        return invitation_usable_for(
            invitation_id=request.session.get(INVITATION_SESSION_KEY), user=user
        )

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
