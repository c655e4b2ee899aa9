"""Technical admin for the outbox. Rows are records: no adding, editing or deleting here;
retrying goes through the same service as the staff page."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from . import services
from .models import Heartbeat, Notification, NotificationPreference, SMSMessage


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = (
        "id",
        "kind",
        "channel",
        "priority",
        "status",
        "recipient",
        "due_at",
        "attempts",
        "sent_at",
        "problem",
    )
    list_filter = ("status", "priority", "channel", "kind", "outcome_unknown")
    search_fields = ("idempotency_key", "topic", "recipient__email", "provider_ref")
    list_select_related = ("recipient",)
    date_hierarchy = "created_at"
    ordering = ("-id",)
    actions = ["retry_selected"]

    @admin.action(description="Try sending the selected messages again")
    def retry_selected(self, request, queryset) -> None:
        retried, refused = 0, 0
        for row in queryset:
            try:
                services.notification_retry(notification=row, actor=request.user)
                retried += 1
            except ValidationError:
                refused += 1
        self.message_user(request, f"Retrying {retried} message(s).", messages.SUCCESS)
        if refused:
            self.message_user(
                request,
                f"{refused} message(s) were not failed or stuck, so they were left alone.",
                messages.WARNING,
            )


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(ReadOnlyAdmin):
    list_display = ("user", "email_enabled", "sms_enabled", "reminders_enabled", "updated_at")
    list_filter = ("reminders_enabled", "sms_enabled")
    search_fields = ("user__email",)


@admin.register(SMSMessage)
class SMSMessageAdmin(ReadOnlyAdmin):
    list_display = ("id", "to", "reference", "created_at")
    search_fields = ("reference", "to")


@admin.register(Heartbeat)
class HeartbeatAdmin(ReadOnlyAdmin):
    list_display = ("name", "beat_at")
