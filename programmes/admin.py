"""The technical admin: for looking, not for clinical work (that goes through the pages and
the services, which keep the audit trail)."""

from django.contrib import admin

from .models import (
    Enrolment,
    Facilitator,
    HandoverStep,
    Programme,
    ProgrammeEvent,
    ProgrammeSession,
    ProgrammeSettings,
    Resource,
)


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SessionInline(ReadOnlyInline):
    model = ProgrammeSession
    fields = ["number", "starts_at", "ends_at", "venue", "change_note"]


class StepInline(ReadOnlyInline):
    model = HandoverStep
    fields = ["kind", "session", "ptv", "completed_at", "reminder_version"]


class FacilitatorInline(ReadOnlyInline):
    model = Facilitator
    fields = ["user", "discipline", "added_at"]


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "service", "first_session_date", "session_count", "status"]
    list_filter = ["status", "service"]
    search_fields = ["name", "venue"]
    readonly_fields = ["service", "created_by", "created_at", "updated_at", "status"]
    inlines = [FacilitatorInline, SessionInline, StepInline]


@admin.register(Enrolment)
class EnrolmentAdmin(admin.ModelAdmin):
    list_display = ["participant", "programme", "status", "referral_source", "referral_date"]
    list_filter = ["status", "referral_source"]
    search_fields = ["participant__email", "participant__display_name", "programme__name"]
    raw_id_fields = ["participant", "programme", "enrolled_by"]


@admin.register(ProgrammeSettings)
class ProgrammeSettingsAdmin(admin.ModelAdmin):
    list_display = [
        "service",
        "introduce_sessions_before_end",
        "agree_sessions_before_end",
        "confirm_sessions_before_end",
        "reminder_working_days",
    ]


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ["title", "service", "audience", "step", "archived_at"]
    list_filter = ["audience", "step", "service"]


@admin.register(ProgrammeEvent)
class ProgrammeEventAdmin(admin.ModelAdmin):
    list_display = ["at", "verb", "programme", "actor"]
    list_filter = ["verb"]
    readonly_fields = ["service", "programme", "actor", "verb", "detail", "at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
