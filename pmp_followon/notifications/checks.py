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
    limit = getattr(settings, "CELERY_TASK_TIME_LIMIT", None)
    if limit and limit >= settings.NOTIFICATION_LEASE_SECONDS:
        return [
            checks.Error(
                "NOTIFICATION_LEASE_SECONDS must be longer than CELERY_TASK_TIME_LIMIT.",
                hint="Otherwise the sweeper can resend a message a slow worker is still sending.",
                id="notifications.E002",
            )
        ]
    return []
