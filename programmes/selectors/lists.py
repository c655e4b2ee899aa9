"""Lists: the programmes list for staff, a participant's programmes, and the people who could
facilitate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from django.db.models import Count, Q, QuerySet

from pmp_followon.accounts.models import Role, User
from pmp_followon.accounts.permissions import is_service_staff

from ..models import (
    Discipline,
    Enrolment,
    EnrolmentStatus,
    Facilitator,
    Programme,
    ProgrammeSession,
)
from .access import reads_service_programmes


def _staff_programmes(user: User) -> QuerySet[Programme]:
    """Programmes a member of staff sees in lists: their own, and for clinicians, service
    admins and reviewers, the rest of their service's."""
    if not is_service_staff(user) or user.service_id is None:
        return Programme.objects.none()
    base = Programme.objects.filter(service_id=user.service_id)
    if reads_service_programmes(user):
        return base
    return base.filter(facilitators__user=user)


def programme_list_for_user(
    user: User, *, status: str = "", mine_only: bool = False
) -> Sequence[Programme]:
    """Programmes for the list page, each with ``next_session``, ``is_mine`` and counts."""
    found = _staff_programmes(user)
    if mine_only:
        found = found.filter(facilitators__user=user)
    if status:
        found = found.filter(status=status)
    programmes = list(
        found.select_related("service")
        .annotate(
            participant_count=Count(
                "enrolments",
                filter=~Q(enrolments__status=EnrolmentStatus.WITHDRAWN),
                distinct=True,
            )
        )
        .order_by("-first_session_date", "name")
        .distinct()
    )
    ids = [p.pk for p in programmes]
    mine = set(
        Facilitator.objects.filter(programme_id__in=ids, user=user).values_list(
            "programme_id", flat=True
        )
    )
    sessions = defaultdict(list)
    for session in ProgrammeSession.objects.filter(programme_id__in=ids).order_by("number"):
        sessions[session.programme_id].append(session)
    for programme in programmes:
        programme.is_mine = programme.pk in mine
        own = sessions[programme.pk]
        programme.first_session = own[0] if own else None
        programme.last_session = own[-1] if own else None
    return programmes


def participant_programmes(user: User) -> list[Enrolment]:
    return list(
        Enrolment.objects.filter(participant=user)
        .select_related("programme__service", "choice")
        .order_by("-programme__first_session_date")
    )


def programme_ptvs(programme: Programme) -> QuerySet[User]:
    """The PTVs on a programme, who may be chosen for a step or the group's first meetings."""
    return User.objects.filter(
        programme_facilitations__programme=programme,
        programme_facilitations__discipline=Discipline.PTV,
    ).order_by("display_name")


def staff_choices_for_facilitators(programme: Programme) -> QuerySet[User]:
    """People who could be added as facilitators: the service's clinicians and PTVs."""
    already = programme.facilitators.values("user_id")
    return (
        User.objects.filter(service_id=programme.service_id, is_active=True)
        .filter(Q(role__in=[Role.CLINICIAN, Role.PTV]))
        .exclude(pk__in=already)
        .order_by("display_name")
    )
