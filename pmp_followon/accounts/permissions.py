"""Who is who: the role predicates every app asks.

One place for the questions "is this person signed in", "are they staff of this service",
"do they review alerts". Selectors in each app build their access helpers on these; they
read only the user row (no queries), so they are cheap to call in loops and templates.
"""

from __future__ import annotations

from typing import Any

from .models import Role


def signed_in(user: Any) -> bool:
    """A real, active, signed-in person (not anonymous, not deactivated)."""
    return bool(user is not None and getattr(user, "is_authenticated", False) and user.is_active)


def is_service_staff(user: Any, service_id: int | None = None) -> bool:
    """Pain service staff (PTVs too), of this service when one is named."""
    return (
        signed_in(user)
        and user.is_staff_member
        and user.service_id is not None
        and (service_id is None or user.service_id == service_id)
    )


def is_service_clinician(user: Any, service_id: int) -> bool:
    return is_service_staff(user, service_id) and user.has_role(Role.CLINICIAN)


def is_service_admin_of(user: Any, service_id: int) -> bool:
    return is_service_staff(user, service_id) and user.has_role(Role.SERVICE_ADMIN)


def is_alert_reviewer(user: Any) -> bool:
    """A safeguarding reviewer or clinical lead who belongs to a service."""
    return is_service_staff(user) and (
        user.has_role(Role.SAFEGUARDING_REVIEWER) or user.is_clinical_lead
    )
