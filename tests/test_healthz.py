"""/healthz/: 200 when the database, cache, broker and heartbeat are fine; 503 otherwise."""

import datetime
import socket

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils import timezone

from pmp_followon.notifications.services import heartbeat_record

pytestmark = pytest.mark.django_db


def _closed_port() -> int:
    """A local port with nothing listening on it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


UNREACHABLE_REDIS = f"redis://127.0.0.1:{_closed_port()}/0"


def test_healthy_when_all_parts_work(client, settings, tmp_path):
    if not settings.CELERY_BROKER_URL.startswith("redis"):
        settings.CELERY_BROKER_TRANSPORT_OPTIONS = {
            "data_folder_in": str(tmp_path),
            "data_folder_out": str(tmp_path),
        }
    heartbeat_record(name="celery")
    response = client.get("/healthz/")
    body = response.json()
    assert response.status_code == 200, body
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker", "heartbeat"}
    assert body["checks"]["heartbeat"]["age_seconds"] < 60


def test_stale_heartbeat_is_503(client):
    heartbeat_record(name="celery", now=timezone.now() - datetime.timedelta(minutes=10))
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["checks"]["heartbeat"]["status"] == "stale"


def test_missing_heartbeat_is_503(client):
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["checks"]["heartbeat"]["age_seconds"] is None


def test_unreachable_redis_is_503_not_500(client):
    heartbeat_record(name="celery")
    redis_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": UNREACHABLE_REDIS,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    with override_settings(
        CELERY_BROKER_URL=UNREACHABLE_REDIS,
        CELERY_BROKER_TRANSPORT_OPTIONS={},
        CACHES=redis_cache,
    ):
        response = client.get("/healthz/")
        caches["default"].close()
    body = response.json()
    assert response.status_code == 503
    assert body["checks"]["broker"]["status"] == "error"
    assert body["checks"]["cache"]["status"] == "error"
    assert body["checks"]["database"]["status"] == "ok"


def test_healthz_is_get_only(client):
    assert client.post("/healthz/").status_code == 405
