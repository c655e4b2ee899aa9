"""System checks: every registered kind has its templates; the lease outlives a task."""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from .kinds import registered_kinds
from .rendering import template_names


@checks.register()
def kinds_have_templates(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    problems = []
    for kind in registered_kinds():
        for name in template_names(kind.name).values():
            try:
                get_template(name)
            except TemplateDoesNotExist:
                # A warning, not an error: a kind sent only by email needs no sms.txt.
                # A message whose template is missing fails visibly at send time.
                problems.append(
                    checks.Warning(
                        f"Notification kind {kind.name!r} has no template {name}.",
                        hint="Add subject.txt, email.txt and sms.txt for every registered kind.",
                        id="notifications.W001",
                    )
                )
    return problems


@checks.register()
def lease_outlives_task(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    problems = []
    limit = getattr(settings, "CELERY_TASK_TIME_LIMIT", None)
    if limit and limit >= settings.NOTIFICATION_LEASE_SECONDS:
        problems.append(
            checks.Error(
                "NOTIFICATION_LEASE_SECONDS must be longer than CELERY_TASK_TIME_LIMIT.",
                hint="Otherwise the sweeper can resend a message a slow worker is still sending.",
                id="notifications.E002",
            )
        )
    crisis_limit = settings.NOTIFICATION_CRISIS_TIME_LIMIT_SECONDS
    if crisis_limit >= settings.NOTIFICATION_CRISIS_LEASE_SECONDS:
        problems.append(
            checks.Error(
                "NOTIFICATION_CRISIS_LEASE_SECONDS must be longer than "
                "NOTIFICATION_CRISIS_TIME_LIMIT_SECONDS.",
                hint="Otherwise the sweeper can resend a crisis message a worker is still sending.",
                id="notifications.E003",
            )
        )
    soft = getattr(settings, "CELERY_TASK_SOFT_TIME_LIMIT", None)
    if soft and soft <= settings.NOTIFICATION_BATCH_SECONDS:
        problems.append(
            checks.Error(
                "NOTIFICATION_BATCH_SECONDS must be shorter than CELERY_TASK_SOFT_TIME_LIMIT.",
                hint="A batch must stop taking rows before its time limit interrupts it.",
                id="notifications.E004",
            )
        )
    return problems
