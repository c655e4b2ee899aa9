"""Groups' calendar feeds move to programmes.CalendarFeed (kind "groups"), keeping their
tokens, so addresses people already subscribed to keep working; then the groups model goes.
"""

from django.db import migrations

GROUPS = "groups"


def move_to_programmes(apps, schema_editor):
    OldFeed = apps.get_model("groups", "CalendarFeed")
    Feed = apps.get_model("programmes", "CalendarFeed")
    Feed.objects.bulk_create(
        Feed(user_id=old.user_id, kind=GROUPS, token=old.token, created_at=old.created_at)
        for old in OldFeed.objects.order_by("pk").iterator()
    )


def move_back(apps, schema_editor):
    OldFeed = apps.get_model("groups", "CalendarFeed")
    Feed = apps.get_model("programmes", "CalendarFeed")
    moved = Feed.objects.filter(kind=GROUPS)
    OldFeed.objects.bulk_create(
        OldFeed(user_id=feed.user_id, token=feed.token, created_at=feed.created_at)
        for feed in moved.order_by("pk").iterator()
    )
    moved.delete()


class Migration(migrations.Migration):

    dependencies = [
        ('groups', '0002_meetings_venues_polls_directory'),
        ('programmes', '0002_calendar_feed_kind'),
    ]

    operations = [
        migrations.RunPython(move_to_programmes, move_back),
        migrations.DeleteModel(name='CalendarFeed'),
    ]
