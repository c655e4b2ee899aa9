from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Service, User


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = ["name", "time_zone", "hours_open", "hours_close", "open_weekdays"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "role", "service", "is_active"]
    list_filter = ["role", "service", "is_active", "is_staff"]
    search_fields = ["email", "display_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Person"), {"fields": ("display_name", "mobile", "preferred_channel")}),
        (_("Role"), {"fields": ("role", "extra_roles", "is_clinical_lead", "service")}),
        (_("Access"), {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "display_name", "role", "service")}),
    )
