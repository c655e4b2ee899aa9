"""Development on one machine: `make run`. Never used in production."""

import secrets

from .base import *  # noqa: F403
from .base import VAR_DIR, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])


def _development_secret() -> str:
    """A secret made once per checkout and kept in var/, so sessions survive restarts."""
    path = VAR_DIR / "dev-secret-key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = env("DJANGO_SECRET_KEY", default="") or _development_secret()

# Emails (sign-in codes, reminders) are printed in the terminal that runs `make run`.
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")

# Lets `seed_demo` run; production.py sets this to False.
DEMO_SEEDING_ALLOWED = True

# Serve static files from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
