"""The migrated SQLite test database, kept between runs.

Running every migration takes each pytest process 10-25 s (most of it Django rendering the
migration state, not SQL). On SQLite (the in-memory test database of `make test`) the
database as migrate leaves it is saved in var/test-cache/ under a digest of everything
migrate reads: each installed app's migration files and models, and the versions of Python,
Django and SQLite. The next process with the same digest copies that database into its
in-memory one (SQLite's backup API) instead of migrating; any change to a migration or a
model migrates afresh. PostgreSQL runs are not touched. PMP_TEST_FRESH=1 always migrates.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from pathlib import Path

import django

CACHE = Path(__file__).resolve().parents[1] / "var" / "test-cache"


def _digest() -> str:
    from django.apps import apps

    digest = hashlib.sha256(f"{sys.version}|{django.__version__}|{sqlite3.sqlite_version}".encode())
    for config in sorted(apps.get_app_configs(), key=lambda c: c.label):
        root = Path(config.path)
        files = sorted(root.glob("migrations/*.py")) + sorted(root.glob("models*.py"))
        files += sorted(root.glob("models/*.py"))
        digest.update(config.label.encode() + b"\0")
        for path in files:
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def install() -> None:
    """Wrap SQLite's create_test_db: restore the saved database, or migrate and save it."""
    from django.conf import settings
    from django.db.backends.sqlite3.creation import DatabaseCreation

    migrate_and_create = DatabaseCreation.create_test_db

    def create_test_db(self, verbosity=1, autoclobber=False, serialize=True, keepdb=False):
        name = self._get_test_db_name()
        if keepdb or not self.is_in_memory_db(name):
            return migrate_and_create(self, verbosity, autoclobber, serialize, keepdb)
        path = CACHE / f"sqlite-migrated-{_digest()}.db"
        if not path.exists() or os.environ.get("PMP_TEST_FRESH"):
            name = migrate_and_create(self, verbosity, autoclobber, serialize, keepdb)
            CACHE.mkdir(parents=True, exist_ok=True)
            for old in CACHE.glob("sqlite-migrated-*.db"):
                old.unlink(missing_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            saved = sqlite3.connect(partial)
            self.connection.connection.backup(saved)
            saved.close()
            os.replace(partial, path)
            return name
        # What create_test_db does, with the copy in place of migrate (createcachetable's
        # table, if any, is in the copy too).
        self._create_test_db(verbosity, autoclobber, keepdb)
        self.connection.close()
        settings.DATABASES[self.connection.alias]["NAME"] = name
        self.connection.settings_dict["NAME"] = name
        self.connection.ensure_connection()
        saved = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        saved.backup(self.connection.connection)
        saved.close()
        if serialize:
            self.connection._test_serialized_contents = self.serialize_db_to_string()
        return name

    DatabaseCreation.create_test_db = create_test_db
