"""Append-only audit records, shared by every app (safeguarding, programmes, groups).

A guard, not business logic: rows are inserted once and never updated or deleted, by the
model and its queryset. On PostgreSQL each app's migrations also add a trigger (see
``append_only_trigger_sql``), which stops raw SQL, a shell session or a future bug.
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
