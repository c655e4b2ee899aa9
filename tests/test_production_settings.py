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
        if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
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
    "DATABASE_URL": "sqlite:///:memory:",
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
