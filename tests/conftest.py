"""Shared fixtures: personas and helpers. App-specific fixtures live beside their tests."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil

import pytest

from tests.workers import processes, real_broker, worker_env  # noqa: F401 (shared fixtures)

REDIS_AVAILABLE = bool(os.environ.get("REDIS_URL"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


# Fixtures that do slow work (screening every labelled post, booting the production app): the
# tests that use one run in one xdist process, so the work is done once, not once a process.
SHARED_WORK_FIXTURES = {
    ("tests/safeguarding/test_screening.py", "report"): "screening-report",
    ("tests/safeguarding/test_screening.py", "screened"): "screening-report",
    ("tests/safeguarding", "screened_weeks"): "screening-report",
    # the production process booted once for the deploy check, seeding refusal and health
    ("tests/test_production_settings.py", "booted"): "production-boot",
}


def _xdist_group(item) -> str | None:
    """Which tests `make test` (pytest-xdist, --dist loadgroup) keeps in one process: the
    tests that share a slow session fixture, and the real-worker tests (never two sets of
    Celery workers at once on a two-core machine). A browser journey's walks go to whichever
    process is free: each keeps its own width's screenshots."""
    fixtures = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
    for (where, name), group in SHARED_WORK_FIXTURES.items():
        # the fixture of that name defined there (tests/reports has a `built` of its own)
        if any(d.baseid == where for d in fixtures.get(name, ())):
            return group
    if item.get_closest_marker("worker"):
        return "real-workers"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Real-worker delivery tests need Redis, browser tests need the system Chromium
    (`apt-get install chromium`): without them they are deselected (reported as deselected,
    never as passed). CI installs Chromium and runs the worker tests on its PostgreSQL +
    Redis run. Under pytest-xdist, tests that must share a process are grouped."""
    # in an xdist worker process, xdist keeps --dist loadgroup as option.loadgroup
    if getattr(config.option, "loadgroup", False):
        for item in items:
            group = _xdist_group(item)
            if group:
                item.add_marker(pytest.mark.xdist_group(group))
    unavailable = set()
    if not REDIS_AVAILABLE:
        unavailable.add("worker")
    if not CHROMIUM:
        unavailable.add("browser")
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        unavailable.add("postgres")
    if not unavailable:
        return
    selected, deselected = [], []
    for item in items:
        needs = {m.name for m in item.iter_markers()} & unavailable
        (deselected if needs else selected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


def pytest_configure(config):
    # The migrated SQLite test database is kept between runs (tests/sqlite_cache.py).
    from tests.sqlite_cache import install

    install()
    # Fewer garbage collections: a test process holds Django, the screener's patterns and
    # model and every collected test, and the default thresholds walked them all again and
    # again (about 8% of the CPU of tests/safeguarding, groups and programmes).
    gc.set_threshold(100_000, 50, 50)


def pytest_collection_finish(session):
    # What is loaded by now lives as long as the process: keep it out of every collection.
    gc.collect()
    gc.freeze()


def pytest_report_header(config):
    db = os.environ.get("DATABASE_URL", "sqlite (in memory)")
    scheme = db.split(":", 1)[0]
    return (
        f"pmp-followon: database={scheme}, redis={'yes' if REDIS_AVAILABLE else 'no'}, "
        f"chromium={'yes' if CHROMIUM else 'no (browser tests deselected)'}"
    )


@contextlib.contextmanager
def shared_by_the_module(django_db_blocker, build):
    """For a module-scoped fixture: `with shared_by_the_module(django_db_blocker, build) as
    made: yield made`. What build() makes is seen by every test of the module and removed
    after its last one: it lives in an outer transaction that is rolled back at the end, and
    each test runs in a savepoint inside it (pytest-django's `db`), so a test's own writes
    are undone as usual (as with Django's TestCase.setUpTestData)."""
    from django.db import transaction

    outer = transaction.atomic()
    with django_db_blocker.unblock():
        outer.__enter__()
        try:
            made = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield made
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


# --- personas ---------------------------------------------------------------------------
@pytest.fixture
def service(db):
    from tests.factories import ServiceFactory

    return ServiceFactory(name="Riverside pain service")


@pytest.fixture
def other_service(db):
    from tests.factories import ServiceFactory

    return ServiceFactory(name="Hillside pain service")


def _staff(service, role, *, extra_roles=(), mfa=True, **kwargs):
    from tests.factories import STAFF_PASSWORD, UserFactory, add_totp

    user = UserFactory(
        service=service, role=role, extra_roles=list(extra_roles), password=STAFF_PASSWORD, **kwargs
    )
    if mfa:
        add_totp(user)
    return user


@pytest.fixture
def clinician(service):
    from pmp_followon.accounts.models import Role

    return _staff(service, Role.CLINICIAN, display_name="Dr Priya Shah")


@pytest.fixture
def clinical_lead(service):
    from pmp_followon.accounts.models import Role

    return _staff(
        service,
        Role.CLINICIAN,
        extra_roles=[Role.SAFEGUARDING_REVIEWER],
        is_clinical_lead=True,
        display_name="Dr Helen Ward",
    )


@pytest.fixture
def ptv(service):
    from pmp_followon.accounts.models import Role

    return _staff(service, Role.PTV, display_name="Maureen")


@pytest.fixture
def duty_clinician(service):
    from pmp_followon.accounts.models import Role

    return _staff(
        service, Role.CLINICIAN, extra_roles=[Role.SAFEGUARDING_REVIEWER], display_name="Sam Okafor"
    )


@pytest.fixture
def service_admin(service):
    from pmp_followon.accounts.models import Role

    return _staff(service, Role.SERVICE_ADMIN, display_name="Alex Admin")


@pytest.fixture
def other_service_clinician(other_service):
    from pmp_followon.accounts.models import Role

    return _staff(other_service, Role.CLINICIAN, display_name="Dr Other")


@pytest.fixture
def participant(service):
    from tests.factories import UserFactory

    return UserFactory(service=service, display_name="Jean", mobile="07700900982")


@pytest.fixture
def outsider(db):
    """Someone with an account but no link to anything being tested."""
    from tests.factories import UserFactory

    return UserFactory(service=None, display_name="Olly Outsider")


@pytest.fixture
def staff_client(client):
    """Log in a staff member with MFA done: `staff_client(user)` returns the client."""

    def _login(user):
        client.force_login(user)
        return client

    return _login
