"""Downloads of everything held about a person: made at once when small, by a worker when
large; reached through a signed link that expires; every step in the audit."""

from __future__ import annotations

import datetime
import json
import logging

from django.core import signing
from django.db import transaction
from django.http import Http404

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from .. import conf
from ..models import DataExport, ExportStatus, PrivacyAction
from ..selectors.bundle import bundle_rows, person_bundle, person_row_estimate
from ._common import audit

logger = logging.getLogger(__name__)

TOKEN_SALT = "privacy.data_export"


def data_viewed(*, actor: User, now: datetime.datetime | None = None) -> dict:
    """The person looks at their information on screen: the bundle, and an audit row."""
    now = now_or_current(now)
    with transaction.atomic():
        bundle = person_bundle(actor, now=now)
        audit(
            actor=actor,
            person=actor,
            action=PrivacyAction.DATA_VIEWED,
            now=now,
            rows=bundle_rows(bundle),
        )
    return bundle


@transaction.atomic
def data_export_request(*, actor: User, now: datetime.datetime | None = None) -> DataExport:
    """Ask for a download of one's own data. A bundle of up to
    PRIVACY_EXPORT_INLINE_MAX_ROWS rows is made now; a bigger one by a worker after commit."""
    now = now_or_current(now)
    export = DataExport.objects.create(person=actor, requested_at=now)
    estimate = person_row_estimate(actor)
    inline = estimate <= conf.export_inline_max_rows()
    audit(
        actor=actor,
        person=actor,
        action=PrivacyAction.EXPORT_REQUESTED,
        now=now,
        export=export.pk,
        estimate=estimate,
        inline=inline,
    )
    if inline:
        _build(export, now=now)
    else:
        from ..tasks import data_export_build as task

        pk = export.pk
        transaction.on_commit(lambda: task.delay(pk), robust=True)
    return export


def _build(export: DataExport, *, now: datetime.datetime) -> DataExport:
    bundle = person_bundle(export.person, now=now)
    export.payload = json.dumps(bundle, ensure_ascii=False, indent=1)
    export.rows = bundle_rows(bundle)
    export.status = ExportStatus.READY
    export.ready_at = now
    export.expires_at = now + datetime.timedelta(hours=conf.export_link_hours())
    export.full_clean()
    export.save()
    audit(
        actor=None,
        person=export.person,
        action=PrivacyAction.EXPORT_READY,
        now=now,
        export=export.pk,
        rows=export.rows,
    )
    return export


@transaction.atomic
def data_export_build(*, export_id: int, now: datetime.datetime | None = None) -> bool:
    """The worker's half: build a bundle still being prepared. Safe to run twice."""
    now = now_or_current(now)
    export = (
        DataExport.objects.select_for_update()
        .select_related("person")
        .filter(pk=export_id, status=ExportStatus.PREPARING)
        .first()
    )
    if export is None:
        return False
    _build(export, now=now)
    logger.info("privacy: export %s built (%s rows)", export.pk, export.rows)
    return True


def data_export_token(export: DataExport) -> str:
    return signing.dumps({"export": export.pk, "person": export.person_id}, salt=TOKEN_SALT)


@transaction.atomic
def data_export_open(
    *, actor: User, token: str, now: datetime.datetime | None = None
) -> DataExport:
    """Follow a download link: it must be signed, not expired, and the signed-in person's
    own. 404 otherwise (a stranger learns nothing). Records the download."""
    now = now_or_current(now)
    try:
        data = signing.loads(
            token, salt=TOKEN_SALT, max_age=datetime.timedelta(hours=conf.export_link_hours())
        )
    except signing.BadSignature as exc:
        raise Http404 from exc
    if data.get("person") != actor.pk:
        raise Http404
    export = DataExport.objects.filter(pk=data.get("export"), person=actor).first()
    if export is None or not export.is_available(now):
        raise Http404
    audit(
        actor=actor, person=actor, action=PrivacyAction.EXPORT_DOWNLOADED, now=now, export=export.pk
    )
    return export
