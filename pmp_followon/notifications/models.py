from django.db import models
from django.utils import timezone


class Heartbeat(models.Model):
    """One row per periodic worker: proof that Celery is still consuming."""

    name = models.CharField(max_length=50, unique=True)
    beat_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.name} at {self.beat_at:%Y-%m-%d %H:%M:%S}"
