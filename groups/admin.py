"""Technical admin only: fields staff may see. No posts' text, no members' contacts:
a group's conversation is not for staff (safeguarding.md rule 8)."""

from django.contrib import admin

from .models import Gathering, Group, Venue


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ("name", "service", "status", "open_to_new_members", "created_at")
    list_filter = ("service", "status")
    search_fields = ("name", "area")
    fields = ("service", "name", "area", "rhythm", "open_to_new_members", "status", "closed_at")
    readonly_fields = ("status",)


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = ("name", "service", "kind", "archived_at")
    list_filter = ("service", "kind")


@admin.register(Gathering)
class GatheringAdmin(admin.ModelAdmin):
    list_display = ("title", "service", "starts_at", "cancelled_at")
