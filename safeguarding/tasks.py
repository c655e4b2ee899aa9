"""Thin Celery tasks for safeguarding: each calls one service. Beat runs them (UTC
schedules in settings.CELERY_BEAT_SCHEDULE); every one is safe to run twice at once."""

from celery import shared_task

from . import services


@shared_task(name="safeguarding.tasks.escalate_due", ignore_result=True)
def escalate_due() -> int:
    """Every minute, on the crisis queue: escalate alerts whose time has come."""
    return services.alerts_escalate_due()


@shared_task(name="safeguarding.tasks.screen_missed_posts", ignore_result=True)
def screen_missed_posts() -> int:
    """Every few minutes, on the crisis queue: screen posts that were never screened."""
    return services.posts_screen_missed()


@shared_task(name="safeguarding.tasks.silence_check", ignore_result=True)
def silence_check() -> int:
    """Every ten minutes: check-in alerts for members silent after a worrying post."""
    return services.alerts_raise_for_silence()


@shared_task(name="safeguarding.tasks.rota_gap_check", ignore_result=True)
def rota_gap_check() -> int:
    """Hourly: warn service admins about gaps in the rota a day ahead."""
    return services.rota_gaps_warn()
