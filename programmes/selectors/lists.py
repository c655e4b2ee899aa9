"""Lists: the programmes list for staff, a participant's programmes, and the people who could
facilitate."""

from __future__ import annotations

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from pmp_followon import sqlrows
from pmp_followon.accounts.models import Role, User
from pmp_followon.accounts.permissions import is_service_staff

from ..models import (
    Discipline,
    Enrolment,
    EnrolmentStatus,
    Facilitator,
    ParticipantChoice,
    Programme,
    ProgrammeSession,
    ProgrammeStatus,
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
    return base.filter(pk__in=Facilitator.objects.filter(user=user).values("programme_id"))


PROGRAMMES_PAGE_SIZE = 25


def programme_list_for_user(
    user: User, *, status: str = "", mine_only: bool = False, q: str = ""
) -> QuerySet[Programme]:
    """Programmes for the list page, newest first, each with ``participant_count`` and the
    ``first_start`` and ``last_start`` of its sessions, worked out in SQL per row (so a page
    of them costs the same whatever the service's size). Paginate it, then call
    `programme_list_mark_mine` on the page."""
    programmes = _staff_programmes(user)
    if mine_only:
        programmes = programmes.filter(
            pk__in=Facilitator.objects.filter(user=user).values("programme_id")
        )
    if status:
        programmes = programmes.filter(status=status)
    if q.strip():
        programmes = programmes.filter(Q(name__icontains=q.strip()) | Q(venue__icontains=q.strip()))
    sessions = ProgrammeSession.objects.filter(programme=OuterRef("pk")).order_by()
    participants = (
        Enrolment.objects.filter(programme=OuterRef("pk"))
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .order_by()
        .values("programme")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        programmes.select_related("service")
        .annotate(
            participant_count=Coalesce(Subquery(participants[:1]), 0),
            first_start=Subquery(sessions.order_by("number").values("starts_at")[:1]),
            last_start=Subquery(sessions.order_by("-number").values("starts_at")[:1]),
        )
        .order_by("-first_session_date", "name", "pk")
    )


def programme_list_mark_mine(user: User, programmes) -> list[Programme]:
    """Set ``is_mine`` on a page of programmes (one query for the page)."""
    programmes = list(programmes)
    mine = set(
        Facilitator.objects.filter(
            programme_id__in=[p.pk for p in programmes], user=user
        ).values_list("programme_id", flat=True)
    )
    for programme in programmes:
        programme.is_mine = programme.pk in mine
    return programmes


def participant_programmes(user: User) -> list[Enrolment]:
    return list(
        Enrolment.objects.filter(participant=user)
        .select_related("programme__service", "choice")
        .order_by("-programme__first_session_date")
    )


_WITHDRAWN = sqlrows.literals([EnrolmentStatus.WITHDRAWN])
_CANCELLED = sqlrows.literals([ProgrammeStatus.CANCELLED])
_FINISHED = sqlrows.literals([ProgrammeStatus.FINISHED])


def _waiting_sql(person: str) -> str:
    """The ids of the person's enrolments the home page shows (the rule below); ``person``
    is where their id comes from: a parameter or a column of an outer statement."""
    enrolment, programme, choice = (
        Enrolment._meta.db_table,
        Programme._meta.db_table,
        ParticipantChoice._meta.db_table,
    )
    return f"""
        SELECT e.id FROM {enrolment} e
          JOIN {programme} p ON p.id = e.programme_id
          LEFT JOIN {choice} c ON c.enrolment_id = e.id
         WHERE e.participant_id = {person} AND e.status <> {_WITHDRAWN}
           AND p.status <> {_CANCELLED} AND (p.status <> {_FINISHED} OR c.id IS NULL)
    """  # noqa: S608 - table names from the models, constants of the code; data as parameters


def programmes_waiting_sql(person_column: str) -> str:
    """An SQL condition, true when ``participant_programmes_waiting`` would find something
    for the person whose id is in ``person_column`` (a column of the statement it is put
    in): the home page asks it within its groups statement, so the usual participant, with
    nothing waiting, costs no statement of its own (issue 17, run 9)."""
    return f"EXISTS ({_waiting_sql(person_column)})"


def participant_programmes_waiting(user: User) -> list[Enrolment]:
    """The programmes a participant's home page shows: not withdrawn from, not cancelled,
    and not finished with their question answered. The rule is one short SQL statement, and
    the rows it picks are loaded only when there are some: the usual participant (a
    finished programme, answered) costs no ORM query to build (issue 17, runs 6 and 7)."""
    # Prepared on PostgreSQL: every participant's home page runs it (issue 17, run 9).
    with sqlrows.prepared_cursor() as cursor:
        cursor.execute(_waiting_sql("%s"), [user.pk])
        chosen = [row[0] for row in cursor.fetchall()]
    if not chosen:
        return []
    return list(
        Enrolment.objects.filter(pk__in=chosen)
        .select_related("programme", "choice")
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
