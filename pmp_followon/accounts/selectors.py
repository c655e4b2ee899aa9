"""Reads about people that depend on who is looking."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from .models import Role, User


def can_manage_people(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None and user.has_role(
        Role.SERVICE_ADMIN
    )


def can_view_people(user: User) -> bool:
    return can_manage_people(user) or (
        user.is_authenticated and user.service_id is not None and user.is_clinical_lead
    )


def people_list_for_user(*, user: User, write: bool = False) -> QuerySet[User]:
    """Everyone in the viewer's service. 404 for people with no business here, 403 for
    read-only viewers (clinical leads) asking to change something."""
    if not can_view_people(user):
        raise Http404
    if write and not can_manage_people(user):
        raise PermissionDenied
    return (
        User.objects.filter(service_id=user.service_id)
        .only("id", "email", "display_name", "role", "extra_roles", "is_active", "last_login")
        .order_by("display_name", "email")
    )
