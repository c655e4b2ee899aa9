"""Programmes events are append-only, like the safeguarding audit (finding #20).

The model refuses updates and deletes (pmp_followon.audit.AppendOnlyModel) and the foreign
key is PROTECT; on PostgreSQL a trigger also refuses UPDATE and DELETE on the table, as
safeguarding/migrations/0002 does (SQLite relies on the model guard: its test database is
emptied with DELETE, which a trigger would block).
"""

import django.db.models.deletion
from django.db import migrations, models


TABLE = "programmes_programmeevent"
FUNCTION = """
CREATE OR REPLACE FUNCTION programmes_refuse_event_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'programmes: % on % is not allowed (append-only record)',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""


def add_trigger(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION, params=None)
    schema_editor.execute(
        f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION programmes_refuse_event_change();", params=None)


def remove_trigger(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE};",
                          params=None)
    schema_editor.execute("DROP FUNCTION IF EXISTS programmes_refuse_event_change();", params=None)


class Migration(migrations.Migration):

    dependencies = [
        ('programmes', '0002_calendar_feed_kind'),
    ]

    operations = [
        migrations.AlterField(
            model_name='programmeevent',
            name='programme',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='events', to='programmes.programme'),
        ),
        migrations.RunPython(add_trigger, remove_trigger),
    ]
