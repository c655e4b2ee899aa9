"""The alert state machine (rule 9) and its audit: open -> acknowledged -> contacting ->
resolved(outcome) | dismissed(reason); each action audited in its own transaction; two
reviewers cannot both claim; alerts and audit records cannot be changed or deleted."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction

from safeguarding.models import (
    Alert,
    AlertNote,
    AlertOutcome,
    AlertState,
    AppendOnlyError,
    AuditAction,
    AuditEvent,
    ContactAttempt,
)
from safeguarding.services import (
    AlertAlreadyClaimed,
    alert_acknowledge,
    alert_dismiss,
    alert_note_add,
    alert_resolve,
    alert_view_record,
    contact_attempt_record,
    post_hide,
    post_screen,
)

from .conftest import HIGH_TEXT, MONDAY_10AM, audit_actions

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]

MIN = datetime.timedelta(minutes=1)


@pytest.fixture
def alert(rota, member, group, make_post):
    post = make_post(member, group, HIGH_TEXT)
    post_screen(post=post, now=MONDAY_10AM)
    return Alert.objects.get(post=post)


def test_the_full_happy_path_is_audited_step_by_step(alert, duty_clinician):
    alert_acknowledge(actor=duty_clinician, alert=alert, now=MONDAY_10AM + MIN)
    alert.refresh_from_db()
    assert alert.state == AlertState.ACKNOWLEDGED
    assert alert.assigned_to == duty_clinician
    assert alert.acknowledged_at == MONDAY_10AM + MIN

    contact_attempt_record(
        actor=duty_clinician,
        alert=alert,
        method="phone",
        result="no_answer",
        note="Rang twice",
        now=MONDAY_10AM + 5 * MIN,
    )
    alert.refresh_from_db()
    assert alert.state == AlertState.CONTACTING
    contact_attempt_record(
        actor=duty_clinician, alert=alert, method="phone", result="spoke", now=MONDAY_10AM + 9 * MIN
    )
    alert_note_add(actor=duty_clinician, alert=alert, text="Has a GP appointment tomorrow")
    alert_resolve(
        actor=duty_clinician,
        alert=alert,
        outcome=AlertOutcome.CONTACTED_SAFE,
        note="Spoke to Jean; safe plan agreed",
        now=MONDAY_10AM + 20 * MIN,
    )
    alert.refresh_from_db()
    assert alert.state == AlertState.RESOLVED
    assert alert.outcome == AlertOutcome.CONTACTED_SAFE
    assert alert.closed_by == duty_clinician
    assert alert.escalate_after is None
    assert ContactAttempt.objects.filter(alert=alert).count() == 2
    actions = audit_actions(alert)
    for expected in (
        AuditAction.ALERT_RAISED,
        AuditAction.NOTIFICATION_QUEUED,
        AuditAction.ESCALATED,
        AuditAction.ALERT_ACKNOWLEDGED,
        AuditAction.CONTACT_ATTEMPTED,
        AuditAction.NOTE_ADDED,
        AuditAction.ALERT_RESOLVED,
    ):
        assert expected in actions
    assert actions.count(AuditAction.CONTACT_ATTEMPTED) == 2
    resolved = AuditEvent.objects.get(alert=alert, action=AuditAction.ALERT_RESOLVED)
    assert resolved.actor == duty_clinician
    assert resolved.detail == {"from": "contacting", "outcome": "contacted_safe"}


def test_two_reviewers_cannot_both_claim(alert, duty_clinician, clinical_lead):
    alert_acknowledge(actor=duty_clinician, alert=alert, now=MONDAY_10AM + MIN)
    with pytest.raises(AlertAlreadyClaimed) as excinfo:
        alert_acknowledge(actor=clinical_lead, alert=alert, now=MONDAY_10AM + MIN)
    assert duty_clinician.display_name in str(excinfo.value)
    alert.refresh_from_db()
    assert alert.assigned_to == duty_clinician
    assert audit_actions(alert).count(AuditAction.ALERT_ACKNOWLEDGED) == 1


def test_the_claim_is_a_conditional_update_even_with_a_stale_copy(
    alert, duty_clinician, clinical_lead
):
    stale = Alert.objects.get(pk=alert.pk)
    alert_acknowledge(actor=duty_clinician, alert=alert, now=MONDAY_10AM + MIN)
    with pytest.raises(AlertAlreadyClaimed):
        alert_acknowledge(actor=clinical_lead, alert=stale, now=MONDAY_10AM + 2 * MIN)


def test_dismissing_needs_a_reason_and_records_a_false_positive(alert, duty_clinician):
    with pytest.raises(ValidationError):
        alert_dismiss(actor=duty_clinician, alert=alert, reason="  ")
    alert_dismiss(
        actor=duty_clinician,
        alert=alert,
        reason="Lyrics from a song she likes",
        now=MONDAY_10AM + 3 * MIN,
    )
    alert.refresh_from_db()
    assert alert.state == AlertState.DISMISSED
    assert alert.outcome == AlertOutcome.FALSE_POSITIVE
    assert alert.dismiss_reason == "Lyrics from a song she likes"
    # Dismissing straight from open records the acknowledgement on the way.
    assert alert.acknowledged_at == MONDAY_10AM + 3 * MIN
    # ...and offers the post to the clinical safety lead's screener review list (issue 12).
    assert audit_actions(alert)[-3:] == [
        AuditAction.ALERT_ACKNOWLEDGED,
        AuditAction.ALERT_DISMISSED,
        AuditAction.REVIEW_ITEM_OFFERED,
    ]


def test_resolving_other_needs_words_and_closed_alerts_stay_closed(alert, duty_clinician):
    with pytest.raises(ValidationError):
        alert_resolve(actor=duty_clinician, alert=alert, outcome=AlertOutcome.OTHER, note="")
    with pytest.raises(ValidationError):
        alert_resolve(actor=duty_clinician, alert=alert, outcome="made_up")
    alert_resolve(actor=duty_clinician, alert=alert, outcome=AlertOutcome.CRISIS_TEAM)
    for action in (
        lambda: alert_resolve(actor=duty_clinician, alert=alert, outcome="contacted_safe"),
        lambda: alert_dismiss(actor=duty_clinician, alert=alert, reason="x"),
        lambda: contact_attempt_record(
            actor=duty_clinician, alert=alert, method="phone", result="spoke"
        ),
    ):
        with pytest.raises(ValidationError):
            action()
    with pytest.raises(AlertAlreadyClaimed):
        alert_acknowledge(actor=duty_clinician, alert=alert)


def test_people_without_the_safeguarding_role_cannot_act(
    alert, clinician, service_admin, other_service_reviewer, member
):
    for actor in (clinician, service_admin, other_service_reviewer, member):
        with pytest.raises(PermissionDenied):
            alert_acknowledge(actor=actor, alert=alert)
        with pytest.raises(PermissionDenied):
            alert_resolve(actor=actor, alert=alert, outcome="contacted_safe")
    assert Alert.objects.get(pk=alert.pk).state == AlertState.OPEN


def test_a_failed_action_leaves_no_audit_row(alert, duty_clinician):
    before = AuditEvent.objects.count()
    with pytest.raises(ValidationError):
        alert_resolve(actor=duty_clinician, alert=alert, outcome=AlertOutcome.OTHER, note="")
    assert AuditEvent.objects.count() == before


def test_the_audit_row_rolls_back_with_its_action(alert, duty_clinician):
    before = AuditEvent.objects.count()
    try:
        with transaction.atomic():
            alert_note_add(actor=duty_clinician, alert=alert, text="written then rolled back")
            raise RuntimeError("the request failed afterwards")
    except RuntimeError:
        pass
    assert AuditEvent.objects.count() == before
    assert not AlertNote.objects.filter(alert=alert).exists()


def test_hiding_a_post_in_the_thread_is_audited_and_keeps_the_snapshot(
    alert, duty_clinician, other_member, group, make_post
):
    reply = make_post(other_member, group, "here's how", parent=alert.post, at=MONDAY_10AM + MIN)
    post_hide(
        actor=duty_clinician,
        alert=alert,
        post=reply,
        reason="Describes a method in detail",
        now=MONDAY_10AM + 4 * MIN,
    )
    reply.refresh_from_db()
    assert reply.hidden_at == MONDAY_10AM + 4 * MIN
    assert reply.hidden_reason == "Describes a method in detail"
    event = AuditEvent.objects.get(action=AuditAction.POST_HIDDEN)
    assert event.post_id == reply.pk and event.alert_id == alert.pk
    assert Alert.objects.get(pk=alert.pk).snapshot["body"] == HIGH_TEXT
    with pytest.raises(ValidationError):
        post_hide(actor=duty_clinician, alert=alert, post=reply, reason="again")


def test_a_reviewer_cannot_hide_posts_outside_the_alert_thread(
    alert, duty_clinician, other_member, group, make_post
):
    elsewhere = make_post(other_member, group, "another thread entirely")
    with pytest.raises(PermissionDenied):
        post_hide(actor=duty_clinician, alert=alert, post=elsewhere, reason="no")
    elsewhere.refresh_from_db()
    assert elsewhere.hidden_at is None


# --- append-only guards ---------------------------------------------------------------------
def test_audit_events_cannot_be_changed_or_deleted_through_the_orm(alert, duty_clinician):
    event = alert_view_record(actor=duty_clinician, alert=alert)
    event.detail = {"tampered": True}
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(detail={})
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).delete()
    assert AuditEvent.objects.get(pk=event.pk).detail == {"context_post_ids": []}


def test_alerts_contact_attempts_and_notes_are_never_deleted(alert, duty_clinician):
    note = alert_note_add(actor=duty_clinician, alert=alert, text="kept")
    with pytest.raises(AppendOnlyError):
        alert.delete()
    with pytest.raises(AppendOnlyError):
        Alert.objects.filter(pk=alert.pk).delete()
    with pytest.raises(AppendOnlyError):
        note.delete()
    note.text = "changed"
    with pytest.raises(AppendOnlyError):
        note.save()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL triggers")
def test_postgresql_refuses_raw_sql_that_changes_or_deletes_the_audit(alert, duty_clinician):
    from django.db import DatabaseError

    event = alert_view_record(actor=duty_clinician, alert=alert)
    for sql in (
        "UPDATE safeguarding_auditevent SET detail = '{}' WHERE id = %s",
        "DELETE FROM safeguarding_auditevent WHERE id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [event.pk])
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM safeguarding_alert WHERE id = %s", [alert.pk])
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_the_technical_admin_cannot_add_change_or_delete_clinical_records(rf, admin_user):
    from django.contrib import admin

    request = rf.get("/admin/")
    request.user = admin_user
    for model in (Alert, AuditEvent, ContactAttempt, AlertNote):
        model_admin = admin.site._registry[model]
        assert not model_admin.has_add_permission(request)
        assert not model_admin.has_change_permission(request)
        assert not model_admin.has_delete_permission(request)
        assert model_admin.get_actions(request) == {}
