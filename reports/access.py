"""Who may see the reports: clinicians, clinical leads and service admins of a service see
their own service's figures. Anyone else signed in gets "not found" (participants,
outsiders, staff of another service) or "forbidden" (staff of the service in another role,
such as a patient tutor volunteer). Safeguarding figures are for leads and admins."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from pmp_followon.accounts.models import Role, Service
from pmp_followon.accounts.permissions import is_service_staff


def can_read_reports(user: Any) -> bool:
    return is_service_staff(user) and user.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN)


def can_read_safeguarding_figures(user: Any) -> bool:
    return is_service_staff(user) and (
        user.has_role(Role.SERVICE_ADMIN)
        or (user.is_clinical_lead and user.has_role(Role.CLINICIAN))
    )


def reports_service_for(user: Any, *, safeguarding: bool = False) -> Service:
    """The service whose reports this person may read; 404 or 403 otherwise."""
    if not is_service_staff(user):
        raise Http404
    allowed = can_read_safeguarding_figures(user) if safeguarding else can_read_reports(user)
    if not allowed:
        raise PermissionDenied
    return user.service


def profile_recorder_service_for(user: Any) -> Service:
    """Profiles are entered by a clinician of the service (with the participant there)."""
    if not is_service_staff(user):
        raise Http404
    if not user.has_role(Role.CLINICIAN):
        raise PermissionDenied
    return user.service
