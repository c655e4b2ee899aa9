"""Settings for the page and HTTP benchmarks: the test settings (DEBUG off, cached
templates) on the scale database, with a bare one-query view beside the real pages.

BENCH_SCALE_DATABASE_URL names the database; by default the server of DATABASE_URL with the
database name pmp_scale_bench (bench/run.py sets it)."""

import os

import environ

from pmp_followon.settings.test import *  # noqa: F403

# The same database options as the settings (prepared statements when switched on).
_options = {
    k: v
    for k, v in DATABASES["default"].get("OPTIONS", {}).items()  # noqa: F405
    if k in ("server_side_binding", "prepare_threshold")
}
# The hot statements prepared as in the settings (run 9), whatever DATABASE_URL names.
_prepare_hot = environ.Env().bool("DATABASE_PREPARE_HOT_STATEMENTS", default=True)
DATABASES = {"default": environ.Env.db_url_config(os.environ["BENCH_SCALE_DATABASE_URL"])}
DATABASES["default"]["OPTIONS"] = _options
DATABASES["default"]["PREPARE_HOT_STATEMENTS"] = _prepare_hot
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"]["CONN_MAX_AGE"] = 600
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
ROOT_URLCONF = "bench.urls"
# Page views enqueue nothing; if one did, it would wait in Redis rather than run here.
CELERY_TASK_ALWAYS_EAGER = False
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
