"""Reply counts kept on the thread row, filled in for existing threads, and the index for
"latest threads of a group" (issue 17)."""

from django.db import migrations, models
from django.db.models import Count, Exists, OuterRef, Subquery


def fill_reply_counts(apps, schema_editor):
    Post = apps.get_model("groups", "Post")
    replies = Post.objects.filter(parent=OuterRef("pk"))
    counted = replies.order_by().values("parent").annotate(n=Count("pk")).values("n")
    Post.objects.filter(parent__isnull=True).filter(Exists(replies)).update(
        reply_count=Subquery(counted[:1])
    )


class Migration(migrations.Migration):
    dependencies = [("groups", "0004_gatherings_invitations")]

    operations = [
        migrations.AddField(
            model_name="post",
            name="reply_count",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(fill_reply_counts, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="post",
            index=models.Index(
                condition=models.Q(("parent__isnull", True)),
                fields=["group", "-last_activity_at", "-id"],
                name="post_group_threads",
            ),
        ),
    ]
