"""Print the current authenticator code for a demo staff account (local settings only)."""

import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pmp_followon.accounts.demo import STAFF


class Command(BaseCommand):
    help = "Show the current 6-digit code for a demo staff account."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_SEEDING_ALLOWED", False):
            raise CommandError("Demo codes are only for local development.")
        person = next((p for p in STAFF if p.email == options["email"].lower()), None)
        if person is None:
            raise CommandError(f"{options['email']} is not a demo staff account.")
        counter = int(time.time()) // mfa_settings.TOTP_PERIOD
        self.stdout.write(format_hotp_value(hotp_value(person.totp_secret, counter)))
