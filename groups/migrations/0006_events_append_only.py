"""Groups events are append-only, like the safeguarding audit (finding #20).

The model refuses updates and deletes (pmp_followon.audit.AppendOnlyModel) and the foreign
key is PROTECT; on PostgreSQL a trigger also refuses UPDATE and DELETE on the table, as
safeguarding/migrations/0002 does (SQLite relies on the model guard: its test database is
emptied with DELETE, which a trigger would block).
"""

import django.db.models.deletion
from django.db import migrations, models

from pmp_followon.audit import append_only_trigger_operations


add_trigger, remove_trigger = append_only_trigger_operations("groups", "groups_groupevent")


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
