"""Who may see what in safeguarding (see the package docstring): the access helpers the
other selectors and the views use, built on the role predicates of
pmp_followon.accounts.permissions, and who in a service reviews alerts or administers it."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.accounts.permissions import is_alert_reviewer, is_service_staff, signed_in


def can_review_service(user, service_id: int) -> bool:
    return is_alert_reviewer(user) and user.service_id == service_id


def require_reviewer(user) -> Service:
    """For pages listing a service's alerts: 404 for non-staff, 403 for other staff."""
    if not is_service_staff(user):
        raise Http404
    if not is_alert_reviewer(user):
        raise PermissionDenied
    return user.service


def require_service_staff(user, *, admin: bool = False, reviewer_ok: bool = True) -> Service:
    """Rota and reports: service staff who are reviewers, leads or admins; `admin=True`
    for changes (403 for the others)."""
    if not is_service_staff(user):
        raise Http404
    allowed = user.has_role(Role.SERVICE_ADMIN) or (reviewer_ok and is_alert_reviewer(user))
    if not allowed or (admin and not user.has_role(Role.SERVICE_ADMIN)):
        raise PermissionDenied
    return user.service


def require_callback_member(user) -> Service:
    """Call back requests are for participants of a service (404 for anyone else)."""
    if not signed_in(user) or user.service_id is None or user.is_staff_member:
        raise Http404
    return user.service


def service_reviewers(*, service: Service, leads_only: bool = False) -> list[User]:
    people = User.objects.filter(service=service, is_active=True).order_by("pk")
    return [
        u
        for u in people
        if (u.is_clinical_lead if leads_only else is_alert_reviewer(u)) and u.is_staff_member
    ]


def service_admins(*, service: Service) -> list[User]:
    people = User.objects.filter(service=service, is_active=True).order_by("pk")
    return [u for u in people if u.has_role(Role.SERVICE_ADMIN)]
