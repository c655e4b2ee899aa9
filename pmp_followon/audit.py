"""Append-only audit records, shared by every app (safeguarding, programmes, groups).

A guard, not business logic: rows are inserted once and never updated or deleted, by the
model and its queryset. On PostgreSQL each app's migrations also add a trigger (see
``append_only_trigger_operations``), which stops raw SQL, a shell session or a future bug.
"""

from __future__ import annotations

from django.db import models


class AppendOnlyError(Exception):
    """Raised when code tries to change or delete a record that may only be added to."""


class AppendOnlyQuerySet(models.QuerySet):
    """Every ORM way to change or delete rows refuses. `_update` and `_raw_delete` are what
    update(), save() on an existing row and fast deletes call underneath. A plain
    `QuerySet(Model)` or raw SQL gets past these, so safeguarding.guards also refuses the SQL
    on every database, and PostgreSQL triggers refuse it in the database itself."""

    def _refuse(self, *args, **kwargs):
        raise AppendOnlyError(f"{self.model.__name__} rows cannot be changed or deleted.")

    update = delete = bulk_update = update_or_create = _update = _raw_delete = _refuse


AppendOnlyManager = models.Manager.from_queryset(AppendOnlyQuerySet)


class AppendOnlyModel(models.Model):
    """A guard (not business logic): rows are inserted once and never updated or deleted.
    Concrete models set `base_manager_name = "objects"` so that Django's internal manager
    (`_base_manager`, used by save() and related lookups) refuses too."""

    objects = AppendOnlyManager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(f"{type(self).__name__} rows cannot be changed.")
        kwargs["force_insert"] = True
        kwargs.pop("force_update", None)
        kwargs.pop("update_fields", None)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{type(self).__name__} rows cannot be deleted.")


def append_only_trigger_operations(app_label: str, table: str) -> tuple:
    """`(add, remove)` for `migrations.RunPython`: on PostgreSQL, a trigger on `table` that
    refuses UPDATE and DELETE (raw SQL, a shell session, a future bug). Other databases rely
    on AppendOnlyModel: the SQLite test database is emptied with DELETE, which a trigger
    would block."""
    function = f"{app_label}_refuse_event_change"

    def add(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger AS $$\n"
            "BEGIN\n"
            f"    RAISE EXCEPTION '{app_label}: % on % is not allowed (append-only record)',\n"
            "        TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';\n"
            "END;\n"
            "$$ LANGUAGE plpgsql;",
            params=None,
        )
        schema_editor.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}();",
            params=None,
        )

    def remove(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(
            f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};", params=None
        )
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {function}();", params=None)

    return add, remove
