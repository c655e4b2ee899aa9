"""production.py refuses unsafe environments and passes Django's deploy check."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _manage(args, **env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(
            ("DJANGO_", "DATABASE_URL", "REDIS_URL", "ALLAUTH_", "MEDIA_ROOT", "HEALTHZ_")
        )
    }
    env["DJANGO_SETTINGS_MODULE"] = "pmp_followon.settings.production"
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


GOOD = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
    "DJANGO_ALLOWED_HOSTS": "followon.example.nhs.uk",
    "DATABASE_URL": "postgres://pmp:pmp@db.invalid:5432/pmp",
    "REDIS_URL": "redis://redis.invalid:6379/0",
    "ALLAUTH_TRUSTED_PROXY_COUNT": "1",
    "MEDIA_ROOT": "/var/lib/pmp-followon/media",
}


# One production process answers the three questions that need the whole app loaded (each
# a manage.py run of its own took about 3 s to start): the deploy check, the demo seeding
# refusal and the health check over plain HTTP. Each answer is printed as one JSON line.
_BOOTED_PROBE = """
import io, json
from django.core.management import call_command
from django.core.management.base import CommandError, SystemCheckError
from django.test import Client

out = io.StringIO()
try:
    call_command("check", deploy=True, fail_level="WARNING", stdout=out, stderr=out)
    deploy = {"ok": True, "output": out.getvalue()}
except SystemCheckError as exc:
    deploy = {"ok": False, "output": out.getvalue() + str(exc)}

try:
    call_command("seed_demo", stdout=io.StringIO())
    seed = {"refused": False, "message": "seeded"}
except Exception as exc:  # any other failure is not the refusal
    seed = {"refused": isinstance(exc, CommandError), "message": f"{type(exc).__name__}: {exc}"}

c = Client(HTTP_HOST="followon.example.nhs.uk")
health = {"healthz": c.get("/healthz/").status_code, "home": c.get("/").status_code}
print(json.dumps({"deploy": deploy, "seed": seed, "health": health}))
"""


@pytest.fixture(scope="module")
def booted():
    result = _manage(["shell", "-c", _BOOTED_PROBE], **GOOD)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_deploy_check_passes_with_a_safe_environment(booted):
    assert booted["deploy"]["ok"], booted["deploy"]["output"]
    assert "no issues" in booted["deploy"]["output"]


@pytest.mark.parametrize(
    ("missing", "value"),
    [
        ("DJANGO_SECRET_KEY", ""),
        ("DJANGO_SECRET_KEY", "short"),
        ("DJANGO_ALLOWED_HOSTS", ""),
        ("DJANGO_ALLOWED_HOSTS", "*"),
        ("DATABASE_URL", ""),
        ("DATABASE_URL", "sqlite:////tmp/pmp.sqlite3"),
        ("REDIS_URL", ""),
        ("REDIS_URL", "filesystem://"),
        ("ALLAUTH_TRUSTED_PROXY_COUNT", ""),
        ("ALLAUTH_TRUSTED_PROXY_COUNT", "one"),
        ("MEDIA_ROOT", ""),
        ("MEDIA_ROOT", "media"),
        ("MEDIA_ROOT", str(ROOT / "var" / "media")),
    ],
)
def test_production_refuses_unsafe_settings(missing, value):
    env = dict(GOOD)
    env[missing] = value
    result = _manage(["check"], **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_refuses_to_seed_the_demo(booted):
    assert booted["seed"]["refused"], booted["seed"]["message"]
    assert "Demo data is only for local development" in booted["seed"]["message"]


def test_health_check_is_reachable_over_http_inside_the_container(booted):
    """The compose health check sends the real Host over plain HTTP: /healthz/ must answer
    (not 400 DisallowedHost, not a redirect to https); other pages still redirect."""
    # healthy or not, it answers (no DB or Redis here)
    assert booted["health"]["healthz"] in (200, 503)
    assert booted["health"]["home"] == 301


def test_settings_read_in_the_compose_file_are_complete():
    """Every variable production requires is set for the app services in
    docker-compose.yml (or the .env.example they read)."""
    import yaml

    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    example = (ROOT / ".env.example").read_text()
    for name in ("web", "worker", "crisis-worker", "beat", "migrate"):
        service = compose["services"][name]
        env = service.get("environment", {})
        for variable in GOOD:
            assert variable in env or f"{variable}=" in example, (name, variable)
