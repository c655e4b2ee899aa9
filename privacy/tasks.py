"""Thin Celery tasks for the privacy app: each calls one service."""

from celery import shared_task

from . import services


@shared_task(name="privacy.tasks.data_export_build", ignore_result=True)
def data_export_build(export_id: int) -> bool:
    """Build a large person's download bundle (asked for on the "your information" page)."""
    return services.data_export_build(export_id=export_id)


@shared_task(name="privacy.tasks.retention_apply", ignore_result=True)
def retention_apply() -> dict:
    """Daily (beat): remove data past its retention period. Idempotent."""
    return services.retention_apply()
