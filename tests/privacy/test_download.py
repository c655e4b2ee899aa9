"""Download my data: everything about the person, nothing about anyone else."""

from __future__ import annotations

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from privacy import services
from privacy.models import DataExport, ExportStatus, PrivacyAction, PrivacyEvent

from .conftest import (
    ME_EMAIL,
    ME_NAME,
    MY_POST,
    MY_REASON,
    OTHER_EMAIL,
    OTHER_GROUP,
    OTHER_GROUP_POST,
    OTHER_NAME,
    OTHER_POST,
    OTHER_REPLY,
    STAFF_NOTE,
)

pytestmark = pytest.mark.django_db

OTHERS = [
    OTHER_NAME,
    OTHER_EMAIL,
    OTHER_POST,
    OTHER_REPLY,
    OTHER_GROUP,
    OTHER_GROUP_POST,
    "OTHERMEMBER-marker",
    "OTHERGROUP-marker",
    STAFF_NOTE,
    "STAFF-NOTE-marker",
    "A worry from clinic",
    "Hilda Hilltop",
]
MINE = [
    ME_NAME,
    ME_EMAIL,
    MY_POST,
    MY_REASON,
    "Riverside group",
    "PMP Spring",
    "Fibromyalgia",
    "900982",
]


def _download(client, person) -> tuple[str, dict]:
    client.force_login(person)
    assert client.post(reverse("privacy:download_request")).status_code == 302
    export = DataExport.objects.get(person=person)
    assert export.status == ExportStatus.READY
    response = client.get(reverse("privacy:download", args=[services.data_export_token(export)]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    text = response.content.decode()
    return text, json.loads(text)


def test_download_holds_the_persons_data_and_nobody_elses(client, world):
    text, bundle = _download(client, world.me)
    for marker in MINE:
        assert marker in text, marker
    for marker in OTHERS:
        assert marker not in text, marker
    sections = bundle["sections"]
    assert [p["message"] for p in sections["posts"]] == [MY_POST]
    assert sections["groups"][0]["screening_notice_version"]
    assert sections["contact_sharing"][0]["detail_shared"] == ME_EMAIL
    assert sections["choices"][0]["anything_else"] == MY_REASON
    assert {row["what"] for row in sections["sign_in"]} >= {"account", "email address"}
    # Messages: channel, kind, time and status only, never their context.
    assert sections["notifications"]
    assert all(
        set(n) == {"channel", "kind", "made", "status", "sent"} for n in sections["notifications"]
    )


def test_readable_page_shows_the_same_and_is_audited(client, world):
    client.force_login(world.me)
    response = client.get(reverse("privacy:view"))
    assert response.status_code == 200
    page = response.content.decode()
    assert MY_POST in page and ME_EMAIL in page
    for marker in OTHERS:
        assert marker not in page, marker
    viewed = PrivacyEvent.objects.filter(person=world.me, action=PrivacyAction.DATA_VIEWED)
    assert viewed.count() == 1


def test_every_download_step_is_audited(client, world):
    _download(client, world.me)
    actions = list(
        PrivacyEvent.objects.filter(person=world.me)
        .order_by("at", "pk")
        .values_list("action", flat=True)
    )
    assert actions == [
        PrivacyAction.EXPORT_REQUESTED,
        PrivacyAction.EXPORT_READY,
        PrivacyAction.EXPORT_DOWNLOADED,
    ]


def test_link_expires_and_belongs_to_its_owner(client, world):
    export = services.data_export_request(actor=world.me)
    token = services.data_export_token(export)
    client.force_login(world.other)
    assert client.get(reverse("privacy:download", args=[token])).status_code == 404
    client.force_login(world.me)
    assert client.get(reverse("privacy:download", args=[token + "x"])).status_code == 404
    DataExport.objects.filter(pk=export.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert client.get(reverse("privacy:download", args=[token])).status_code == 404


def test_large_account_is_built_by_the_worker_task(
    client, world, settings, django_capture_on_commit_callbacks
):
    """The task function is called directly (no real worker: see docs/privacy.md)."""
    from privacy.tasks import data_export_build

    settings.PRIVACY_EXPORT_INLINE_MAX_ROWS = 0
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        export = services.data_export_request(actor=world.me)
    assert export.status == ExportStatus.PREPARING and not export.payload
    assert len(callbacks) == 1
    assert data_export_build(export.pk) is True
    assert data_export_build(export.pk) is False  # twice: built once
    export.refresh_from_db()
    assert export.status == ExportStatus.READY and MY_POST in export.payload
    assert OTHER_POST not in export.payload


def test_staff_member_can_download_their_own(client, world, clinician):
    text, bundle = _download(client, clinician)
    assert clinician.email in text
    assert bundle["sections"]["staff_roles"]  # facilitates the programme
    assert ME_NAME not in text and MY_POST not in text
