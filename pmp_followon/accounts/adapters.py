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


class AccountAdapter(DefaultAccountAdapter):
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
