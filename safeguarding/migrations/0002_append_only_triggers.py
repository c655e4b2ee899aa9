"""Database-level protection for safeguarding records (PostgreSQL only).

Audit events, contact attempts and notes may never be changed or deleted; alerts and
concerns may never be deleted. The models refuse these too, but a trigger also stops raw
SQL, a shell session or a future bug. SQLite (local development and the quick test run)
relies on the model guards: its test database is emptied with DELETE, which a trigger
would block. PostgreSQL's test teardown uses TRUNCATE, which row triggers do not see.
"""

from django.db import migrations

APPEND_ONLY = ["safeguarding_auditevent", "safeguarding_contactattempt", "safeguarding_alertnote"]
NEVER_DELETED = ["safeguarding_alert", "safeguarding_concern"]

FUNCTION = """
CREATE OR REPLACE FUNCTION safeguarding_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'safeguarding: % on % is not allowed (append-only record)',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""


def _statements():
    yield FUNCTION
    for table in APPEND_ONLY:
        yield (
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION safeguarding_refuse_change();"
        )
    for table in NEVER_DELETED:
        yield (
            f"CREATE TRIGGER {table}_never_deleted BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION safeguarding_refuse_change();"
        )


def _reverse_statements():
    for table in APPEND_ONLY:
        yield f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};"
    for table in NEVER_DELETED:
        yield f"DROP TRIGGER IF EXISTS {table}_never_deleted ON {table};"
    yield "DROP FUNCTION IF EXISTS safeguarding_refuse_change();"


def add_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in _statements():
        schema_editor.execute(statement, params=None)


def remove_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in _reverse_statements():
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):

    dependencies = [
        ("safeguarding", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(add_triggers, remove_triggers),
    ]
