"""The technical admin: read-only for clinical records. Alerts, concerns, contact attempts,
notes and audit events cannot be added, changed or deleted here; work on alerts happens in
the staff pages, where every action is audited.

Every read here is audited too, like the staff pages (safeguarding.md rule 12): a list page
writes one "queue viewed" row naming the model and the rows on that page; opening a record
writes "alert viewed" (with the alert, when there is one). Both say `"via": "admin"`."""

from django.contrib import admin

from .models import (
    Alert,
    AlertNote,
    AuditAction,
    AuditEvent,
    Concern,
    ContactAttempt,
    EscalationPolicy,
    PostScreening,
    RotaEntry,
    RotaGapWarning,
)


def _alert_of(obj):
    if isinstance(obj, Alert):
        return obj
    return getattr(obj, "alert", None)


class ReadOnlyAdmin(admin.ModelAdmin):
    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        changelist = getattr(response, "context_data", {}).get("cl")
        if response.status_code == 200 and changelist is not None:
            self._audit(
                request,
                AuditAction.QUEUE_VIEWED,
                detail={"objects": [obj.pk for obj in changelist.result_list]},
            )
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        if response.status_code == 200:
            obj = self.get_object(request, object_id)
            self._audit(
                request,
                AuditAction.ALERT_VIEWED,
                alert=_alert_of(obj),
                detail={"object": obj.pk if obj is not None else object_id},
            )
        return response

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        if response.status_code == 200:
            self._audit(
                request, AuditAction.ALERT_VIEWED, detail={"object": object_id, "page": "history"}
            )
        return response

    def _audit(self, request, action, *, alert=None, detail):
        from .services.audit import audit_record

        audit_record(
            action=action,
            actor=request.user,
            alert=alert,
            detail={"via": "admin", "model": self.model._meta.model_name, **detail},
        )

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        return {}


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "action", "actor", "service", "alert", "post")
    list_filter = ("action", "service")
    search_fields = ("=alert__id", "=actor__id")
    date_hierarchy = "created_at"
    list_select_related = ("actor", "service", "alert", "post")


@admin.register(Alert)
class AlertAdmin(ReadOnlyAdmin):
    list_display = ("pk", "raised_at", "service", "level", "source", "state", "assigned_to")
    list_filter = ("service", "level", "source", "state")
    date_hierarchy = "raised_at"
    list_select_related = ("service", "assigned_to")
    # The post text stays out of the technical admin: staff read it through the audited page.
    exclude = ("snapshot", "evidence")


@admin.register(Concern)
class ConcernAdmin(ReadOnlyAdmin):
    list_display = ("pk", "created_at", "alert")
    exclude = ("note",)


@admin.register(ContactAttempt)
class ContactAttemptAdmin(ReadOnlyAdmin):
    list_display = ("pk", "made_at", "alert", "method", "result")
    exclude = ("note",)


@admin.register(AlertNote)
class AlertNoteAdmin(ReadOnlyAdmin):
    list_display = ("pk", "created_at", "alert")
    exclude = ("text",)


@admin.register(PostScreening)
class PostScreeningAdmin(ReadOnlyAdmin):
    list_display = ("post", "level", "library_version", "screened_at")
    list_filter = ("level", "library_version")
    exclude = ("evidence",)


@admin.register(RotaGapWarning)
class RotaGapWarningAdmin(ReadOnlyAdmin):
    list_display = ("service", "day", "position", "warned_at")


@admin.register(RotaEntry)
class RotaEntryAdmin(ReadOnlyAdmin):
    """Changed by service admins on the rota page (audited), not here."""

    list_display = ("service", "position", "person", "weekday", "starts_on", "ends_on")
    list_filter = ("service", "position")


@admin.register(EscalationPolicy)
class EscalationPolicyAdmin(ReadOnlyAdmin):
    list_display = ("service", "version", "updated_at", "updated_by")
