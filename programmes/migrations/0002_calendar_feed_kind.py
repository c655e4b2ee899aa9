"""One calendar-feed model for both apps: a feed gets a kind, and a person one feed a kind.

Existing rows are the programmes feeds. The groups app moves its rows here in
groups 0003_calendar_feeds_to_programmes, keeping their tokens.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('programmes', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='calendarfeed',
            name='kind',
            field=models.CharField(choices=[('programmes', 'Programme sessions'), ('groups', 'Group meetings')], default='programmes', max_length=16),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name='calendarfeed',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='calendar_feeds', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddConstraint(
            model_name='calendarfeed',
            constraint=models.UniqueConstraint(fields=('user', 'kind'), name='calendar_feed_one_per_kind'),
        ),
        migrations.AddConstraint(
            model_name='calendarfeed',
            constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['programmes', 'groups'])), name='calendar_feed_kind_valid'),
        ),
    ]
