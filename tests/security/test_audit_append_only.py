"""Issue 14: the audit trail refuses every way to change it, on every database, and the
technical admin's reads of safeguarding records are audited."""

import pytest
from django.db import DatabaseError, connection, transaction
from django.db.models import QuerySet
from django.urls import reverse

from safeguarding.models import (
    Alert,
    AlertNote,
    AppendOnlyError,
    AuditAction,
    AuditEvent,
    ContactAttempt,
)
from safeguarding.services import audit_record

pytestmark = pytest.mark.django_db

REFUSED = (AppendOnlyError, DatabaseError)


@pytest.fixture
def event(service):
    return audit_record(action=AuditAction.QUEUE_VIEWED, service=service, detail={"n": 1})


def _refused(change):
    with pytest.raises(REFUSED), transaction.atomic():
        change()


@pytest.mark.parametrize(
    "change",
    [
        lambda: AuditEvent.objects.update(detail={}),
        lambda: AuditEvent.objects.all().delete(),
        lambda: AuditEvent._base_manager.update(detail={}),
        lambda: AuditEvent._base_manager.all().delete(),
        lambda: QuerySet(AuditEvent).update(detail={}),
        lambda: QuerySet(AuditEvent).filter(pk__gt=0).delete(),
        lambda: QuerySet(AuditEvent)._raw_delete(connection.alias),
        lambda: AuditEvent.objects.bulk_update(list(QuerySet(AuditEvent)), ["detail"]),
        lambda: QuerySet(AuditEvent).bulk_update(list(QuerySet(AuditEvent)), ["detail"]),
        lambda: QuerySet(ContactAttempt).update(note="x"),
        lambda: QuerySet(AlertNote).update(text="x"),
    ],
    ids=[
        "objects.update",
        "objects.delete",
        "base_manager.update",
        "base_manager.delete",
        "QuerySet.update",
        "QuerySet.delete",
        "raw_delete",
        "bulk_update",
        "QuerySet.bulk_update",
        "contact_attempt",
        "note",
    ],
)
def test_every_orm_path_is_refused(event, change):
    _refused(change)
    event.refresh_from_db()
    assert event.detail == {"n": 1}


def test_alerts_are_never_deleted(alert):
    _refused(lambda: QuerySet(Alert).filter(pk=alert.pk)._raw_delete(connection.alias))
    _refused(lambda: Alert.objects.filter(pk=alert.pk).delete())
    assert Alert.objects.filter(pk=alert.pk).exists()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE safeguarding_auditevent SET detail = '{}'",
        'DELETE FROM "safeguarding_auditevent"',
        "DELETE FROM safeguarding_auditevent WHERE id > 0",
        "DELETE FROM safeguarding_alert WHERE id > 0",
    ],
)
def test_raw_sql_is_refused(event, sql):
    def run():
        with connection.cursor() as cursor:
            cursor.execute(sql)

    _refused(run)
    assert AuditEvent.objects.filter(pk=event.pk, detail={"n": 1}).exists()


def test_other_tables_are_untouched_by_the_guard(event):
    from safeguarding.guards import refused_table

    assert refused_table("UPDATE safeguarding_alert SET state = 'closed' WHERE id = 1") is None
    assert refused_table("SELECT * FROM safeguarding_auditevent") is None
    assert (
        refused_table(
            'DELETE FROM "groups_post" WHERE id IN (SELECT post_id FROM "safeguarding_auditevent")'
        )
        is None
    )


def test_truncate_is_refused(event, settings):
    settings.SAFEGUARDING_ALLOW_TEST_FLUSH = False

    def run():
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # The test database allows its own flush; this connection says no first.
                cursor.execute("SET LOCAL pmp.allow_test_truncate = off")
                cursor.execute("TRUNCATE safeguarding_auditevent CASCADE")
            else:
                cursor.execute('DELETE FROM "safeguarding_auditevent";')

    _refused(run)
    assert AuditEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_postgres_trigger_refuses_truncate_without_the_guard(event, settings):
    from safeguarding.guards import refuse_protected_changes

    connection.ensure_connection()
    connection.execute_wrappers.remove(refuse_protected_changes)
    try:
        with (
            pytest.raises(DatabaseError),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute("SET LOCAL pmp.allow_test_truncate = off")
            cursor.execute("TRUNCATE safeguarding_auditevent CASCADE")
    finally:
        connection.execute_wrappers.append(refuse_protected_changes)
    assert AuditEvent.objects.filter(pk=event.pk).exists()


# --- the technical admin ------------------------------------------------------------------
@pytest.fixture
def admin_client(client, service):
    from tests.factories import STAFF_PASSWORD, UserFactory, add_totp

    admin_user = UserFactory(
        service=service,
        is_staff=True,
        is_superuser=True,
        password=STAFF_PASSWORD,
        display_name="Tech Admin",
    )
    add_totp(admin_user)
    client.force_login(admin_user)
    client.admin_user = admin_user
    return client


@pytest.fixture
def alert(participant):
    from safeguarding.services import callback_request

    return callback_request(actor=participant, reason="Please ring me", preferred_time="morning")


def _admin_reads(client):
    return [
        e
        for e in AuditEvent.objects.filter(actor=client.admin_user)
        if e.detail.get("via") == "admin"
    ]


@pytest.mark.parametrize(
    "model", ["alert", "concern", "contactattempt", "alertnote", "auditevent", "postscreening"]
)
def test_admin_list_pages_are_audited(admin_client, alert, model):
    before = AuditEvent.objects.count()
    response = admin_client.get(reverse(f"admin:safeguarding_{model}_changelist"))
    assert response.status_code == 200
    assert AuditEvent.objects.count() == before + 1
    (row,) = _admin_reads(admin_client)
    assert row.action == AuditAction.QUEUE_VIEWED
    assert row.detail["model"] == model


def test_admin_alert_page_is_audited_with_the_alert(admin_client, alert):
    response = admin_client.get(reverse("admin:safeguarding_alert_change", args=[alert.pk]))
    assert response.status_code == 200
    (row,) = _admin_reads(admin_client)
    assert row.action == AuditAction.ALERT_VIEWED
    assert row.alert == alert


def test_admin_cannot_change_safeguarding_records(admin_client, alert):
    url = reverse("admin:safeguarding_alert_change", args=[alert.pk])
    admin_client.post(url, {"state": "closed"})
    alert.refresh_from_db()
    assert alert.state != "closed"
    assert admin_client.get(reverse("admin:safeguarding_alert_add")).status_code == 403
