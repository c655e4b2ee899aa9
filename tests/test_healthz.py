"""/healthz/: 200 when the database, cache, broker and heartbeat are fine; 503 otherwise."""

import datetime
import socket
import threading

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils import timezone

from pmp_followon.notifications.services import heartbeat_record

pytestmark = pytest.mark.django_db

TOKEN = "monitor-token-for-tests-0123456789"


@pytest.fixture(autouse=True)
def _monitor_token(settings):
    settings.HEALTHZ_TOKEN = TOKEN


@pytest.fixture
def client(client):
    """The monitoring system: sends the token, so it sees each component."""
    client.defaults["HTTP_X_HEALTHZ_TOKEN"] = TOKEN
    return client


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
            "BACKEND": "pmp_followon.cache.RedisCache",
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


# --- who sees what, and who causes writes (issue 14) --------------------------------------
def test_anonymous_gets_the_status_alone(settings, tmp_path):
    from django.test import Client

    heartbeat_record(name="celery", now=timezone.now() - datetime.timedelta(minutes=10))
    response = Client().get("/healthz/")
    assert response.status_code == 503  # the status code still tells a load balancer
    assert response.json() == {"status": "error"}


def test_wrong_token_gets_the_status_alone():
    from django.test import Client

    response = Client(HTTP_X_HEALTHZ_TOKEN="guess").get("/healthz/")
    assert set(response.json()) == {"status"}
    response = Client(HTTP_AUTHORIZATION=f"Bearer {TOKEN}").get("/healthz/")
    assert "checks" in response.json()


def test_no_token_configured_means_no_detail_for_anyone_but_staff(settings, clinician):
    from django.test import Client

    settings.HEALTHZ_TOKEN = ""
    assert set(Client(HTTP_X_HEALTHZ_TOKEN="").get("/healthz/").json()) == {"status"}
    staff = Client()
    staff.force_login(clinician)
    assert "checks" in staff.get("/healthz/").json()


def test_participants_get_no_detail(participant):
    from django.test import Client

    signed_in = Client()
    signed_in.force_login(participant)
    assert set(signed_in.get("/healthz/").json()) == {"status"}


def test_anonymous_calls_write_nothing(monkeypatch):
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    heartbeat_record(name="celery")
    writes = []
    for name in ("set", "add", "delete", "incr", "touch", "set_many"):
        monkeypatch.setattr(cache, name, lambda *a, _n=name, **k: writes.append(_n))
    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/healthz/")
    assert response.status_code in (200, 503)
    assert writes == []
    statements = [q["sql"].split()[0].upper() for q in queries.captured_queries]
    assert set(statements) <= {"SELECT"}, statements
    assert "Set-Cookie" not in response.headers and not response.cookies


def test_a_probe_tries_a_broker_that_is_down_once():
    """A broker that takes the connection and drops it at once: the probe reports it and
    tries no second time (kombu's retry slept 2 s first, holding a web worker each probe)."""
    from pmp_followon.views import _check_broker

    attempts = []
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.2)
        port = listener.getsockname()[1]
        stop = threading.Event()

        def accept_and_drop():
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except OSError:
                    continue
                attempts.append(1)
                conn.close()

        thread = threading.Thread(target=accept_and_drop, daemon=True)
        thread.start()
        try:
            with (
                override_settings(
                    CELERY_BROKER_URL=f"redis://127.0.0.1:{port}/0",
                    CELERY_BROKER_TRANSPORT_OPTIONS={},
                ),
                pytest.raises(Exception),  # noqa: B017, PT011 - any broker error
            ):
                _check_broker()
        finally:
            stop.set()
            thread.join(2)
    assert len(attempts) == 1
