"""Audit trail hardening (issue 14).

1. Django's internal manager of the append-only models is their refusing manager, so
   `_base_manager.update()` and friends refuse too (safeguarding.models).
2. PostgreSQL: TRUNCATE is refused on every protected table. Row triggers (0002) never see
   TRUNCATE, so this is a statement trigger. Test databases (named "test_...") are emptied
   with TRUNCATE between transactional tests; there, and only when the connection sets
   pmp.allow_test_truncate=on (settings/test.py), it is let through.

Numbered 0010 to stay clear of other work on this app's migrations; merge with
`makemigrations --merge` if another 0003 lands first.
"""

from django.db import migrations

PROTECTED = [
    "safeguarding_auditevent",
    "safeguarding_contactattempt",
    "safeguarding_alertnote",
    "safeguarding_alert",
    "safeguarding_concern",
]

FUNCTION = r"""
CREATE OR REPLACE FUNCTION safeguarding_refuse_truncate() RETURNS trigger AS $$
BEGIN
    IF current_database() LIKE 'test\_%'
       AND coalesce(current_setting('pmp.allow_test_truncate', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'safeguarding: TRUNCATE on % is not allowed (append-only record)',
        TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""


def add_truncate_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION, params=None)
    for table in PROTECTED:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION safeguarding_refuse_truncate();",
            params=None,
        )


def remove_truncate_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in PROTECTED:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};", params=None)
    schema_editor.execute("DROP FUNCTION IF EXISTS safeguarding_refuse_truncate();", params=None)


class Migration(migrations.Migration):

    dependencies = [
        ("safeguarding", "0003_escalation_kinds_review"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="alertnote",
            options={"base_manager_name": "objects", "ordering": ["created_at"]},
        ),
        migrations.AlterModelOptions(
            name="auditevent",
            options={"base_manager_name": "objects", "ordering": ["created_at", "id"]},
        ),
        migrations.AlterModelOptions(
            name="contactattempt",
            options={"base_manager_name": "objects", "ordering": ["made_at"]},
        ),
        migrations.RunPython(add_truncate_triggers, remove_truncate_triggers),
    ]
