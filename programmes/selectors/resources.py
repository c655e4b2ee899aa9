"""The service's resources: for a handover step, for staff, for participants."""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404

from pmp_followon.accounts.models import Service, User
from pmp_followon.accounts.permissions import is_service_staff, signed_in

from ..models import Enrolment, Resource, ResourceAudience


def resources_for_step(service: Service, kind: str) -> list[Resource]:
    """Live resources used at a step (and those for any time)."""
    resources = Resource.objects.filter(service=service, archived_at__isnull=True).filter(
        Q(step=kind) | Q(step="")
    )
    return list(resources.order_by("audience", "title"))


def resource_list_for_staff(user: User, *, include_archived: bool = False) -> list[Resource]:
    if not is_service_staff(user) or user.service_id is None:
        return []
    resources = Resource.objects.filter(service_id=user.service_id)
    if not include_archived:
        resources = resources.filter(archived_at__isnull=True)
    return list(resources.order_by("archived_at", "step", "title"))


def resources_for_participants(service: Service) -> list[Resource]:
    """The service's live resources for patients, in the order the handover uses them."""
    return list(
        Resource.objects.filter(
            service=service,
            audience=ResourceAudience.PATIENTS,
            archived_at__isnull=True,
        ).order_by("step", "title")
    )


def get_resource_for_user(user: User, pk: int) -> Resource:
    """Staff of the service read every resource; participants read the live patient ones of
    the services whose programmes they are on. Everyone else: 404."""
    resource = Resource.objects.select_related("service").filter(pk=pk).first()
    if resource is None or not signed_in(user):
        raise Http404
    if is_service_staff(user, resource.service_id):
        return resource
    if (
        resource.audience == ResourceAudience.PATIENTS
        and resource.archived_at is None
        and Enrolment.objects.filter(
            participant=user, programme__service_id=resource.service_id
        ).exists()
    ):
        return resource
    raise Http404
