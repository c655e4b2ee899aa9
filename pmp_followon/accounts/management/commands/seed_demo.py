"""Build a believable demo, idempotently. Local settings only; production refuses."""

from __future__ import annotations

import importlib
import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

# Each app's `<app>/demo.py` has `seed(*, stdout, now)`; they run in this order, lowest box
# first, so a higher app can find what a lower one made.
DEMO_APPS = ["pmp_followon.accounts", "programmes", "groups", "safeguarding"]


class Command(BaseCommand):
    help = "Create or update the demo pain service, people, programmes, groups and alerts."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_SEEDING_ALLOWED", False):
            raise CommandError(
                "Demo data is only for local development; these settings refuse to seed it."
            )
        now = timezone.now()
        for app_name in DEMO_APPS:
            module = importlib.import_module(f"{app_name}.demo")
            with transaction.atomic():
                module.seed(stdout=self.stdout, now=now)
        self._print_sign_in_help()

    def _print_sign_in_help(self) -> None:
        from pmp_followon.accounts.demo import DEMO_STAFF_PASSWORD, PARTICIPANTS, STAFF

        counter = int(time.time()) // mfa_settings.TOTP_PERIOD
        w = self.stdout.write
        w("")
        w(self.style.SUCCESS("Demo ready. Sign in at http://127.0.0.1:8000/accounts/login/"))
        w("")
        w("Participants: choose 'Email me a sign-in code'; the email (with the code) is")
        w("printed in the terminal running `make run`. Try:")
        for person in PARTICIPANTS[:2]:
            w(f"  {person.email:<26} {person.name}")
        w("")
        w(f"Staff: sign in with the password '{DEMO_STAFF_PASSWORD}', then the 6-digit code")
        w("from an authenticator app set up with the secret below (or run")
        w("`python manage.py demo_totp EMAIL` for the current code):")
        for person in STAFF:
            code = format_hotp_value(hotp_value(person.totp_secret, counter))
            w(f"  {person.email:<26} {person.role:<14} secret {person.totp_secret}  now {code}")
