"""Production: refuses to start unless the environment makes it safe."""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, env, postgresql_connection_options


def _required(name: str) -> str:
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in production.")
    return value


DEBUG = False
SECRET_KEY = _required("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be a long random value (50+ characters).")
ALLOWED_HOSTS = [h for h in env.list("DJANGO_ALLOWED_HOSTS", default=[]) if h]
if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must list the real host names.")
_required("DATABASE_URL")
DATABASES = {"default": env.db("DATABASE_URL")}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    # The audit trail's triggers, row locks and the outbox's claims need PostgreSQL.
    raise ImproperlyConfigured("DATABASE_URL must name a PostgreSQL database in production.")
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
# Health checks, the PgBouncer switch for server-side cursors and prepared statements, as
# in the base settings (production builds its own DATABASES, which had dropped the switch).
postgresql_connection_options(DATABASES["default"])

# Without Redis every container would use its own filesystem broker and cache: a crisis
# task raised on web would never reach the crisis worker.
if not _required("REDIS_URL").startswith(("redis://", "rediss://")):
    raise ImproperlyConfigured("REDIS_URL must be a redis:// or rediss:// URL in production.")

# Client addresses key the sign-in rate limits: say how many proxies add X-Forwarded-For
# (0 when the app is reached directly), or everyone behind the proxy shares one address.
try:
    ALLAUTH_TRUSTED_PROXY_COUNT = int(_required("ALLAUTH_TRUSTED_PROXY_COUNT"))
except ValueError:
    raise ImproperlyConfigured("ALLAUTH_TRUSTED_PROXY_COUNT must be a whole number.") from None

# Uploaded files live outside the code and the image, on a volume.
MEDIA_ROOT = _required("MEDIA_ROOT")
_media = Path(MEDIA_ROOT)
if not _media.is_absolute() or _media.resolve().is_relative_to(BASE_DIR.resolve()):
    raise ImproperlyConfigured("MEDIA_ROOT must be an absolute path outside the code.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# The container health check calls /healthz/ over plain HTTP from inside the container.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

DEMO_SEEDING_ALLOWED = False
