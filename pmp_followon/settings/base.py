"""Settings shared by every environment.

Everything that changes between machines comes from the environment (django-environ).
With nothing set, the app runs on SQLite with a development secret made on first run,
and Celery uses kombu's filesystem transport so one machine needs no Redis (see
docs/decisions/0002-celery-without-redis.md).
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _
from kombu import Exchange, Queue

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

SERVICE_NAME = env("SERVICE_NAME", default="Pain service follow-on groups")
# The address people use to reach the app; links in emails and texts start with it.
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

# --- Applications -----------------------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "crispy_forms",
    "phonenumber_field",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "pmp_followon.ui",
    "pmp_followon.accounts",
    "pmp_followon.notifications",
    "programmes",
    "groups",
    "safeguarding",
    "reports",
    "privacy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "pmp_followon.accounts.middleware.IdleTimeoutMiddleware",
    "pmp_followon.accounts.middleware.StaffMFARequiredMiddleware",
    # Content-Security-Policy on every response (see "Content Security Policy" below):
    # django-csp's, with the policy's text made once per process (pmp_followon/csp_policy.py).
    "pmp_followon.csp_policy.CSPMiddleware",
]

ROOT_URLCONF = "pmp_followon.urls"
WSGI_APPLICATION = "pmp_followon.wsgi.application"
ASGI_APPLICATION = "pmp_followon.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "OPTIONS": {
            # Django's cached loader over the project's and the apps' templates, with the
            # constant translations written in once while translation is off (issue 17,
            # run 9; pmp_followon/ui/template_loader.py).
            "loaders": [
                (
                    "pmp_followon.ui.template_loader.Loader",
                    [
                        "django.template.loaders.filesystem.Loader",
                        "django.template.loaders.app_directories.Loader",
                    ],
                )
            ],
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pmp_followon.context_processors.service",
                "pmp_followon.accounts.context_processors.idle_timeout",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------------------
DATABASES = {
    "default": env.db_url_config(
        env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    ),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True


def postgresql_connection_options(database: dict) -> None:
    """What every PostgreSQL connection of the app uses (base and production settings)."""
    database["CONN_HEALTH_CHECKS"] = True
    # Behind PgBouncer in transaction pooling, a server-side cursor (QuerySet.iterator())
    # would outlive the transaction that opened it: switch them off there (scaling.md).
    database["DISABLE_SERVER_SIDE_CURSORS"] = env.bool(
        "DATABASE_DISABLE_SERVER_SIDE_CURSORS", default=False
    )
    # Prepared statements, off unless asked for (issue 17, run 6 of
    # docs/operations/benchmarks.md): with them PostgreSQL plans a statement once per
    # connection (45% less database CPU on the member pages), but after five runs it may
    # keep a generic plan, which cannot use a partial index whose condition depends on a
    # parameter: the message problems page went from 155 ms to 1.3 s at national size. Turn
    # on only with every partial-index query checked; behind PgBouncer in transaction
    # pooling they need PgBouncer 1.21+ with max_prepared_statements > 0 (scaling.md).
    # The few statements every member request runs (the person's row, their membership
    # of a group, the group page's and home's statements) are prepared whatever the switch
    # above: they are written with their constant values in the SQL, so a generic plan
    # uses the same indexes (issue 17, run 9; ``pmp_followon.sqlrows.prepared_cursor``).
    # Behind PgBouncer in transaction pooling (the switch above) they need PgBouncer 1.21+
    # with ``max_prepared_statements``: off there unless asked for (scaling.md).
    database["PREPARE_HOT_STATEMENTS"] = env.bool(
        "DATABASE_PREPARE_HOT_STATEMENTS", default=not database["DISABLE_SERVER_SIDE_CURSORS"]
    )
    if env.bool("DATABASE_PREPARED_STATEMENTS", default=False):
        database.setdefault("OPTIONS", {}).update(
            {"server_side_binding": True, "prepare_threshold": 2}
        )


if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=60))
    postgresql_connection_options(DATABASES["default"])
else:
    # SQLite: wait for a lock rather than fail at once when a worker writes too.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "pmp_followon.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "pmp_cache",
        }
    }
# Template fragments with nothing personal in them (base.html's head links, header and
# footer) are kept in each process's memory by {% fragment %} (pmp_followon/ui/templatetags/
# nhsuk.py), not in a cache: they go with a restart and never reach Redis.
# Sessions read from Redis and written through to the database: a signed-in page does not
# query the session table (issue 17). Without Redis the cache is the database: plain db.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL
    else "django.contrib.sessions.backends.db"
)

# --- People and sign-in -----------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, each loading the signed-in person more cheaply on every
# request (accounts/backends.py; decision 0018).
AUTHENTICATION_BACKENDS = [
    "pmp_followon.accounts.backends.ModelBackend",
    "pmp_followon.accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

ACCOUNT_ADAPTER = "pmp_followon.accounts.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
# Sign-up is closed (adapter); "password1" keeps the password field on the staff sign-in form.
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
# An address must be proved before it is used: a code is only ever sent to a verified
# address (accounts.forms.RequestLoginCodeForm), a new address replaces the old one only
# once it is confirmed (ACCOUNT_CHANGE_EMAIL), and the old address is told (adapter and
# ACCOUNT_EMAIL_NOTIFICATIONS).
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 1
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 10 * 60  # people with fatigue need time to find the email
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 5
# Six digits, like NHS login: easy to type on a phone keypad. With 5 tries a code and 3 code
# requests a minute per address, guessing is not practical (docs/decisions/0001-sign-in.md).
ACCOUNT_LOGIN_BY_CODE_FORMAT = {"numeric": True, "dashed": False, "length": 6}
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_GET = False
# "login_failed" per key is per (address, client IP): see AccountAdapter. Someone guessing
# from elsewhere uses up only their own allowance; the owner is emailed instead when an
# address sees SIGN_IN_FAILURE_NOTICE_AT failures from anywhere within the window.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "request_login_code": "20/m/ip,3/m/key",
    "confirm_login_code": "10/m/ip",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
SIGN_IN_FAILURE_NOTICE_AT = env.int("SIGN_IN_FAILURE_NOTICE_AT", default=10)
SIGN_IN_FAILURE_WINDOW_SECONDS = 60 * 60
# How many proxies in front of the app add to X-Forwarded-For (0: none; the client address
# is REMOTE_ADDR). Rate limits are keyed by client address, so behind a proxy this must be
# right or everyone shares the proxy's address; production refuses to start without it.
_proxies = env.str("ALLAUTH_TRUSTED_PROXY_COUNT", default="0").strip()
ALLAUTH_TRUSTED_PROXY_COUNT = int(_proxies) if _proxies.isdigit() else 0
# allauth's forms with NHS.UK layouts (crispy helpers); what they check is allauth's.
_FORMS = "pmp_followon.accounts.forms."
ACCOUNT_FORMS = {
    "login": _FORMS + "LoginForm",
    "request_login_code": _FORMS + "RequestLoginCodeForm",
    "confirm_login_code": _FORMS + "ConfirmLoginCodeForm",
    "reset_password": _FORMS + "ResetPasswordForm",
    "reset_password_from_key": _FORMS + "ResetPasswordKeyForm",
    "reauthenticate": _FORMS + "ReauthenticateForm",
    "change_password": _FORMS + "ChangePasswordForm",
    "set_password": _FORMS + "SetPasswordForm",
}
MFA_FORMS = {
    "authenticate": _FORMS + "MFAAuthenticateForm",
    "reauthenticate": _FORMS + "MFAReauthenticateForm",
    "activate_totp": _FORMS + "ActivateTOTPForm",
    "deactivate_totp": _FORMS + "DeactivateTOTPForm",
    "generate_recovery_codes": _FORMS + "GenerateRecoveryCodesForm",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env("MFA_TOTP_ISSUER", default="PMP follow-on groups")
SESSION_COOKIE_AGE = 60 * 60 * 12
SESSION_COOKIE_HTTPONLY = True
# Signed out after this long without a request (accounts.middleware.IdleTimeoutMiddleware),
# with a warning IDLE_TIMEOUT_WARNING_SECONDS before (static/js/idle-timeout.js).
IDLE_TIMEOUT_STAFF_SECONDS = 30 * 60
IDLE_TIMEOUT_PARTICIPANT_SECONDS = env.int("IDLE_TIMEOUT_PARTICIPANT_SECONDS", default=60 * 60)
IDLE_TIMEOUT_WARNING_SECONDS = 2 * 60

PHONENUMBER_DEFAULT_REGION = "GB"
PHONENUMBER_DB_FORMAT = "E164"

# --- Look and language ------------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
# English only, with no catalog of our own: translation is off (docs/decisions/0016). Every
# lookup then returns the text as written, instead of missing in six fallback catalogs
# first; the wording is the same (Django's en_GB catalogs translate nothing differently)
# and LANGUAGE_CODE still picks the en_GB formats. The text stays marked for translation:
# adding Welsh means a catalog under LOCALE_PATHS and USE_I18N = True again.
USE_I18N = False
USE_TZ = True

CRISPY_ALLOWED_TEMPLATE_PACKS = ["nhsuk"]
CRISPY_TEMPLATE_PACK = "nhsuk"
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded resource files: outside the code (production requires an absolute path outside
# the checkout) and never served by URL; programmes' resource_file view serves them after an
# access check, as a download or sandboxed.
MEDIA_ROOT = env.str("MEDIA_ROOT", default=str(VAR_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Content Security Policy (django-csp) ------------------------------------------------
# No inline script or style anywhere: templates load static files, and the few <script>
# tags carry the per-request nonce. Tested in tests/security/test_csp.py and in a browser.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        # The NHS.UK frontend's CSS loads the Frutiger web font from the NHS assets host.
        "font-src": [SELF, "https://assets.nhs.uk"],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

# --- Email ------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=1025)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="PMP follow-on groups <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- SMS --------------------------------------------------------------------------------
SMS_BACKEND = env("SMS_BACKEND", default="pmp_followon.notifications.sms.DatabaseSMSBackend")
NOTIFY_API_KEY = env("NOTIFY_API_KEY", default="")
NOTIFY_SMS_TEMPLATE_ID = env("NOTIFY_SMS_TEMPLATE_ID", default="")
NOTIFY_BASE_URL = env("NOTIFY_BASE_URL", default="https://api.notifications.service.gov.uk")
NOTIFY_TIMEOUT_SECONDS = env.float("NOTIFY_TIMEOUT_SECONDS", default=10)
# Crisis messages wait for Notify this long at most (connect and read, each), so that a
# hanging provider costs a crisis worker seconds, not minutes, before the retry.
NOTIFY_CRISIS_TIMEOUT_SECONDS = env.float("NOTIFY_CRISIS_TIMEOUT_SECONDS", default=3)
# DatabaseSMSBackend only: pretend each hand-off takes this long (fault-injection tests).
SMS_DATABASE_BACKEND_DELAY_SECONDS = env.float("SMS_DATABASE_BACKEND_DELAY_SECONDS", default=0)

# --- Notifications (the outbox; see docs/operations/notifications.md) --------------------
# A claimed row belongs to its worker for this long. It must outlive CELERY_TASK_TIME_LIMIT
# so that a slow worker is killed by the time limit before the sweeper can hand its row to
# another (a system check enforces this).
NOTIFICATION_LEASE_SECONDS = env.int("NOTIFICATION_LEASE_SECONDS", default=300)
# Crisis rows have their own, short lease and time limits (one row a task, short provider
# timeouts), so a worker killed mid-send delays a page by seconds, not minutes. The lease
# must outlive the hard time limit (checked at start).
NOTIFICATION_CRISIS_LEASE_SECONDS = env.int("NOTIFICATION_CRISIS_LEASE_SECONDS", default=15)
NOTIFICATION_CRISIS_TIME_LIMIT_SECONDS = env.int(
    "NOTIFICATION_CRISIS_TIME_LIMIT_SECONDS", default=10
)
NOTIFICATION_CRISIS_SOFT_TIME_LIMIT_SECONDS = env.int(
    "NOTIFICATION_CRISIS_SOFT_TIME_LIMIT_SECONDS", default=8
)
NOTIFICATION_CRISIS_EMAIL_TIMEOUT_SECONDS = env.float(
    "NOTIFICATION_CRISIS_EMAIL_TIMEOUT_SECONDS", default=5
)
# Reminders are sent in batches: one task claims up to this many due rows.
NOTIFICATION_BATCH_SIZE = env.int("NOTIFICATION_BATCH_SIZE", default=200)
# A batch records "sent" for this many rows per database round trip (see SentLog).
NOTIFICATION_RECORD_SENT_EVERY = env.int("NOTIFICATION_RECORD_SENT_EVERY", default=20)
# A batch stops taking rows after this long and asks for another batch, well inside the
# soft time limit, so a slow provider never gets a pool process killed mid-batch.
NOTIFICATION_BATCH_SECONDS = env.float("NOTIFICATION_BATCH_SECONDS", default=60)
# After this many sends in a row fail on one channel (timeouts, 5xx), a batch stops trying
# that channel and gives its remaining rows back with a back-off.
NOTIFICATION_BATCH_CHANNEL_FAILURES = 3
# Beat: the whole sweep, and a crisis-only sweep every few seconds. Both find their work in
# the database, so a tick lost to a broker outage costs one interval, never a message.
# Unsubscribe links in reminder emails stop working after this many days (issue 14).
NOTIFICATION_UNSUBSCRIBE_LINK_DAYS = env.int("NOTIFICATION_UNSUBSCRIBE_LINK_DAYS", default=60)
NOTIFICATION_SWEEP_SECONDS = env.float("NOTIFICATION_SWEEP_SECONDS", default=15)
NOTIFICATION_CRISIS_SWEEP_SECONDS = env.float("NOTIFICATION_CRISIS_SWEEP_SECONDS", default=5)
NOTIFICATION_SWEEP_LIMIT = 5000  # rows per sweep and step
NOTIFICATION_SWEEP_MAX_BATCHES = 4  # batch tasks one sweep asks for (each full batch asks for more)
# A crisis row still waiting this long after its message should have reached a worker is
# published again by the sweeper (its message was lost with a dead worker or broker).
NOTIFICATION_REPUBLISH_AFTER_SECONDS = env.int("NOTIFICATION_REPUBLISH_AFTER_SECONDS", default=10)
# Retries and waits no longer than this go to the broker with a countdown; longer ones are
# left to the sweeper (never schedule far ahead in the broker: delivery.md).
NOTIFICATION_MAX_COUNTDOWN_SECONDS = 300
# Delivery messages not taken by a worker within this long (after any countdown) are
# dropped; the sweeper publishes fresh ones for rows still waiting.
NOTIFICATION_MESSAGE_EXPIRES_SECONDS = {"crisis": 60, "default": 300}
NOTIFICATION_MAX_ATTEMPTS = {"crisis": 30, "default": 8}
NOTIFICATION_RETRY_BASE_SECONDS = {
    "crisis": env.float("NOTIFICATION_CRISIS_RETRY_BASE_SECONDS", default=2),
    "default": env.float("NOTIFICATION_RETRY_BASE_SECONDS", default=30),
}
NOTIFICATION_RETRY_MAX_SECONDS = {"crisis": 120, "default": 60 * 60}
# Quiet hours for people who have not chosen their own (local time, "" for none).
NOTIFICATION_DEFAULT_QUIET_HOURS = env("NOTIFICATION_DEFAULT_QUIET_HOURS", default="21:00-08:00")
# Pool processes of a worker that does not consume the crisis queue lower their CPU
# priority by this much (0: leave it), so crisis work is scheduled first on a shared box.
NOTIFICATION_NON_CRISIS_WORKER_NICE = env.int("NOTIFICATION_NON_CRISIS_WORKER_NICE", default=10)
# Reminder emails handed over together through SMTP, each on its own connection (1: one at a
# time). See docs/operations/notifications.md, "Exactly once".
NOTIFICATION_EMAIL_GROUP = env.int("NOTIFICATION_EMAIL_GROUP", default=10)
# The staff page shows a waiting message as stuck once it is this late.
NOTIFICATION_STUCK_AFTER_MINUTES = 15

# --- Celery -----------------------------------------------------------------------------
# Reliability settings from ../shared/design/delivery.md: late acks, reject on worker loss,
# prefetch 1, JSON only, separate crisis queue, UTC schedules, nothing scheduled far ahead
# in the broker (due times live in the database and a sweeper enqueues them).
if REDIS_URL:
    CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": 60 * 60,
        "socket_connect_timeout": 2,
        "socket_timeout": 5,
        "retry_on_timeout": True,
    }
else:
    _broker_dir = VAR_DIR / "broker"
    # kombu's filesystem transport does not make its folders; every process that publishes
    # (runserver, seed_demo, a worker, beat) needs them, so they are made here, once.
    for _folder in ("out", "processed", "control"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "out"),
        "data_folder_out": str(_broker_dir / "out"),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = "UTC"
CELERY_ENABLE_UTC = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=120)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=90)
CELERY_WORKER_SEND_TASK_EVENTS = False
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_QUEUES = (
    Queue("crisis", Exchange("crisis"), routing_key="crisis"),
    # Crisis text messages have their own queue and worker, so a hanging SMS provider can
    # never hold up a crisis email (or the sweepers on "crisis").
    Queue("crisis_sms", Exchange("crisis_sms"), routing_key="crisis_sms"),
    Queue("default", Exchange("default"), routing_key="default"),
)
CELERY_TASK_DEFAULT_EXCHANGE = "default"
CELERY_TASK_DEFAULT_ROUTING_KEY = "default"
# Periodic work, all in UTC. Sweepers are idempotent, so a double tick is harmless.
CELERY_BEAT_SCHEDULE = {
    "heartbeat": {
        "task": "pmp_followon.notifications.tasks.heartbeat",
        "schedule": timedelta(minutes=1),
        "options": {"queue": "crisis", "expires": 50},
    },
    # Publishes due reminders and anything whose task was lost; on the crisis queue so that
    # a reminder backlog cannot delay it.
    "notifications-sweep": {
        "task": "pmp_followon.notifications.tasks.sweep",
        "schedule": timedelta(seconds=NOTIFICATION_SWEEP_SECONDS),
        "options": {"queue": "crisis", "expires": max(NOTIFICATION_SWEEP_SECONDS - 1, 1)},
    },
    # Crisis rows only: stuck past their short lease, or whose message never reached a
    # worker (a broker restart, a killed worker's prefetch).
    "notifications-sweep-crisis": {
        "task": "pmp_followon.notifications.tasks.sweep_crisis",
        "schedule": timedelta(seconds=NOTIFICATION_CRISIS_SWEEP_SECONDS),
        "options": {"queue": "crisis", "expires": max(NOTIFICATION_CRISIS_SWEEP_SECONDS - 1, 1)},
    },
}
# programmes: statuses by the clock, and the safety net for facilitator reminders.
CELERY_BEAT_SCHEDULE["programmes-tick"] = {
    "task": "programmes.tasks.programmes_tick",
    "schedule": timedelta(minutes=30),
    "options": {"queue": "default", "expires": 25 * 60},
}
# safeguarding: the escalation sweeper every minute and the post-screening safety net on the
# crisis queue; check-ins after silence and rota gap warnings on default. All idempotent.
CELERY_BEAT_SCHEDULE["safeguarding-escalate"] = {
    "task": "safeguarding.tasks.escalate_due",
    # Every 10 s: with the 5 s deadline tolerance (safeguarding/services/escalation.py) each
    # step fires within 5 s of its deadline, and a duty clinician whose every page failed is
    # passed over within one tick (issue 13). The sweep reads only due rows through an index.
    "schedule": timedelta(seconds=10),
    "options": {"queue": "crisis", "expires": 9},
}
CELERY_BEAT_SCHEDULE["safeguarding-screen-missed"] = {
    "task": "safeguarding.tasks.screen_missed_posts",
    "schedule": timedelta(minutes=2),
    "options": {"queue": "crisis", "expires": 110},
}
CELERY_BEAT_SCHEDULE["safeguarding-silence"] = {
    "task": "safeguarding.tasks.silence_check",
    "schedule": timedelta(minutes=10),
    "options": {"queue": "default", "expires": 9 * 60},
}
CELERY_BEAT_SCHEDULE["safeguarding-rota-gaps"] = {
    "task": "safeguarding.tasks.rota_gap_check",
    "schedule": timedelta(hours=1),
    "options": {"queue": "default", "expires": 55 * 60},
}
# groups: reminders top-up, attendance and confirm prompts, poll deadlines, PTV support
# ending, pauses ending, dormant nudges and statuses. One idempotent sweep, on default.
CELERY_BEAT_SCHEDULE["groups-housekeeping"] = {
    "task": "groups.tasks.groups_housekeeping",
    "schedule": timedelta(minutes=15),
    "options": {"queue": "default", "expires": 14 * 60},
}
# privacy: retention periods (privacy/conf.py, docs/privacy.md), daily, idempotent, batched.
CELERY_BEAT_SCHEDULE["privacy-retention"] = {
    "task": "privacy.tasks.retention_apply",
    "schedule": timedelta(hours=24),
    "options": {"queue": "default", "expires": 23 * 60 * 60},
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# /healthz/ shows each component only to signed-in staff or to a monitor sending this
# token (X-Healthz-Token or Authorization: Bearer); everyone else gets the status alone.
HEALTHZ_TOKEN = env.str("HEALTHZ_TOKEN", default="")
# How old the heartbeat may be before /healthz/ reports delivery as stalled.
HEARTBEAT_STALE_AFTER = timedelta(minutes=3)

# --- Logging ----------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- Crisis contacts --------------------------------------------------------------------
# One versioned place for the numbers shown on the "Need help now?" page and the crisis
# panel (safeguarding.md rule 6). Change them only with clinical safety sign-off; the test
# tests/safeguarding/test_crisis_panel.py fails once the review date has passed.
CRISIS_CONTACTS = {
    "version": "2026-11-26",
    "review_by": "2027-05-31",
    "emergency": {"name": "999", "number": "999"},
    "nhs_111": {"number": "111", "option": "2"},
    "samaritans": {"number": "116 123", "tel": "116123"},
    "shout": {"keyword": "SHOUT", "number": "85258"},
}
