"""Programmes events are append-only, like the safeguarding audit (finding #20).

The model refuses updates and deletes (pmp_followon.audit.AppendOnlyModel) and the foreign
key is PROTECT; on PostgreSQL a trigger also refuses UPDATE and DELETE on the table, as
safeguarding/migrations/0002 does (SQLite relies on the model guard: its test database is
emptied with DELETE, which a trigger would block).
"""

import django.db.models.deletion
from django.db import migrations, models

from pmp_followon.audit import append_only_trigger_operations


add_trigger, remove_trigger = append_only_trigger_operations("programmes", "programmes_programmeevent")


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
