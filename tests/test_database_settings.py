"""DATABASE_DISABLE_SERVER_SIDE_CURSORS (PgBouncer in transaction pooling, scaling.md)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
# Only the settings module is read (no django.setup(): the apps are not needed to read a
# setting, and loading them costs each process about half a second of CPU).
PRINT = (
    "from django.conf import settings; "
    "print(settings.DATABASES['default'].get('DISABLE_SERVER_SIDE_CURSORS'))"
)


def _printed(code: str, **env_overrides: str) -> str:
    """What `code` prints in a fresh process with the base settings on a PostgreSQL URL and
    the environment given (no DATABASE_ variable of this process leaks in)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DATABASE_")}
    env.update(
        DJANGO_SETTINGS_MODULE="pmp_followon.settings.base",
        DATABASE_URL="postgres://pmp:pmp@db.invalid:5432/pmp",
        **env_overrides,
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _setting(**env_overrides: str) -> str:
    return _printed(PRINT, **env_overrides)


def test_server_side_cursors_stay_on_by_default():
    assert _setting() == "False"


@pytest.mark.parametrize(("value", "expected"), [("true", "True"), ("1", "True"), ("off", "False")])
def test_the_environment_switches_server_side_cursors_off(value, expected):
    assert _setting(DATABASE_DISABLE_SERVER_SIDE_CURSORS=value) == expected


@pytest.mark.postgres
@pytest.mark.django_db
def test_with_the_setting_an_iterator_opens_no_server_side_cursor(monkeypatch):
    """What the setting is for: QuerySet.iterator() opens no named (server-side) cursor,
    which behind PgBouncer could outlive the transaction that opened it."""
    from pmp_followon.accounts.models import User

    from .factories import UserFactory

    UserFactory()
    opened = []
    chunked = connection.chunked_cursor
    monkeypatch.setattr(connection, "chunked_cursor", lambda: opened.append(1) or chunked())
    monkeypatch.setitem(connection.settings_dict, "DISABLE_SERVER_SIDE_CURSORS", False)
    assert len(list(User.objects.iterator())) == 1
    assert opened == [1]
    monkeypatch.setitem(connection.settings_dict, "DISABLE_SERVER_SIDE_CURSORS", True)
    assert len(list(User.objects.iterator())) == 1
    assert opened == [1]


PRINT_OPTIONS = (
    "from django.conf import settings; "
    "o = settings.DATABASES['default'].get('OPTIONS', {}); "
    "print(o.get('server_side_binding'), o.get('prepare_threshold'))"
)


def _options(**env_overrides: str) -> str:
    return _printed(PRINT_OPTIONS, **env_overrides)


PRINT_HOT = (
    "from django.conf import settings; "
    "print(settings.DATABASES['default'].get('PREPARE_HOT_STATEMENTS'))"
)


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, "True"),
        ({"DATABASE_PREPARE_HOT_STATEMENTS": "off"}, "False"),
        # behind PgBouncer in transaction pooling: off unless asked for (scaling.md)
        ({"DATABASE_DISABLE_SERVER_SIDE_CURSORS": "true"}, "False"),
        (
            {
                "DATABASE_DISABLE_SERVER_SIDE_CURSORS": "true",
                "DATABASE_PREPARE_HOT_STATEMENTS": "on",
            },
            "True",
        ),
    ],
)
def test_hot_statements_are_prepared_unless_behind_pgbouncer(environment, expected):
    """Issue 17, run 9: the member pages' few statements (pmp_followon.sqlrows)."""
    assert _printed(PRINT_HOT, **environment) == expected


def test_prepared_statements_are_off_unless_asked_for():
    """Issue 17, run 6: generic plans of prepared statements cannot use the outbox's
    partial indexes (benchmarks.md), so they are off unless the environment asks."""
    assert _options() == "None None"
    assert _options(DATABASE_PREPARED_STATEMENTS="off") == "None None"
    assert _options(DATABASE_PREPARED_STATEMENTS="on") == "True 2"
