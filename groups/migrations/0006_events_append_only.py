"""Groups events are append-only, like the safeguarding audit (finding #20).

The model refuses updates and deletes (pmp_followon.audit.AppendOnlyModel) and the foreign
key is PROTECT; on PostgreSQL a trigger also refuses UPDATE and DELETE on the table, as
safeguarding/migrations/0002 does (SQLite relies on the model guard: its test database is
emptied with DELETE, which a trigger would block).
"""

import django.db.models.deletion
from django.db import migrations, models


TABLE = "groups_groupevent"
FUNCTION = """
CREATE OR REPLACE FUNCTION groups_refuse_event_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'groups: % on % is not allowed (append-only record)',
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
        "FOR EACH ROW EXECUTE FUNCTION groups_refuse_event_change();", params=None)


def remove_trigger(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE};",
                          params=None)
    schema_editor.execute("DROP FUNCTION IF EXISTS groups_refuse_event_change();", params=None)


class Migration(migrations.Migration):

    dependencies = [
        ('groups', '0005_thread_counters'),
    ]

    operations = [
        migrations.AlterField(
            model_name='groupevent',
            name='group',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='events', to='groups.group'),
        ),
        migrations.RunPython(add_trigger, remove_trigger),
    ]
