"""The service's information for patients and staff: adding and archiving resources."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from .. import selectors
from ..models import Resource
from ._common import _audit, _require, _service_of


@transaction.atomic
def resource_create(
    *,
    actor: User,
    title: str,
    audience: str,
    step: str = "",
    url: str = "",
    file=None,
    description: str = "",
    now: datetime.datetime | None = None,
) -> Resource:
    now = now_or_current(now)
    _require(selectors.can_manage_resources(actor))
    service = _service_of(actor)
    resource = Resource(
        service=service,
        title=title.strip(),
        description=description.strip(),
        url=url.strip(),
        audience=audience,
        step=step,
        created_by=actor,
        created_at=now,
    )
    if file:
        resource.file = file
    if bool(resource.url) == bool(file):
        raise ValidationError({"url": _("Add a link or upload a file (one of the two).")})
    resource.full_clean()
    resource.save()
    _audit(
        service=service,
        programme=None,
        actor=actor,
        verb="resource_added",
        now=now,
        resource=resource.pk,
        title=resource.title,
    )
    return resource


@transaction.atomic
def resource_archive(
    *, actor: User, resource: Resource, now: datetime.datetime | None = None
) -> Resource:
    now = now_or_current(now)
    _require(selectors.can_manage_resources(actor) and actor.service_id == resource.service_id)
    if resource.archived_at is None:
        resource.archived_at = now
        resource.save(update_fields=["archived_at"])
        _audit(
            service=resource.service,
            programme=None,
            actor=actor,
            verb="resource_archived",
            now=now,
            resource=resource.pk,
        )
    return resource
