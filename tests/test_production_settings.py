"""production.py refuses unsafe environments and passes Django's deploy check."""

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


def test_deploy_check_passes_with_a_safe_environment():
    result = _manage(["check", "--deploy", "--fail-level", "WARNING"], **GOOD)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


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


def test_production_refuses_to_seed_the_demo():
    result = _manage(["seed_demo"], **GOOD)
    assert result.returncode != 0
    assert "Demo data is only for local development" in result.stderr


def test_health_check_is_reachable_over_http_inside_the_container():
    """The compose health check sends the real Host over plain HTTP: /healthz/ must answer
    (not 400 DisallowedHost, not a redirect to https); other pages still redirect."""
    probe = (
        "from django.test import Client;"
        "c = Client(HTTP_HOST='followon.example.nhs.uk');"
        "print(c.get('/healthz/').status_code, c.get('/').status_code)"
    )
    result = _manage(["shell", "-c", probe], **GOOD)
    assert result.returncode == 0, result.stderr
    health, home = result.stdout.strip().splitlines()[-1].split()
    assert health in ("200", "503")  # healthy or not, it answers (no DB or Redis here)
    assert home == "301"


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
