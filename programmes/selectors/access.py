"""Every read for programmes that depends on who is looking, and the access rules.

Who may do what (docs/decisions/0004-programmes-access-and-schedule.md):

- clinician facilitators and clinical leads of the service: see and do everything;
- PTV facilitators: the staff pages, and tick checklists; 403 on participants' records
  and on every edit;
- the service's other clinicians, service admins and safeguarding reviewers: read only
  (403 on every edit);
- participants on the programme: their own choices page and the resources; 403 on the
  staff pages;
- everyone else (other services, other participants, PTVs not on it): 404.

Views never filter by hand: they call the ``get_*_for_user`` helpers here, which raise
Http404 for strangers and PermissionDenied (403) for people who may look but not act.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.accounts.permissions import (
    is_service_admin_of,
    is_service_staff,
    signed_in,
)

from ..models import (
    Discipline,
    Enrolment,
    EnrolmentStatus,
    Facilitator,
    HandoverStep,
    Programme,
    ProgrammeSession,
    ProgrammeSettings,
)


class Need(enum.StrEnum):
    VIEW = "view"  # the staff pages of a programme
    PEOPLE = "people"  # participants' records: referral, choices, consent
    TICK = "tick"  # handover checklists
    EDIT = "edit"  # everything else


@dataclass(frozen=True)
class ProgrammeAccess:
    visible: bool = False
    staff_view: bool = False
    people_view: bool = False
    can_tick: bool = False
    can_edit: bool = False
    enrolled: bool = False
    facilitator_discipline: str = ""

    def allows(self, need: Need) -> bool:
        return {
            Need.VIEW: self.staff_view,
            Need.PEOPLE: self.people_view,
            Need.TICK: self.can_tick,
            Need.EDIT: self.can_edit,
        }[need]


NO_ACCESS = ProgrammeAccess()
READ_ONLY_ACCESS = ProgrammeAccess(visible=True, staff_view=True, people_view=True)


def is_lead_clinician(user: User) -> bool:
    return user.is_clinical_lead and user.has_role(Role.CLINICIAN)


def reads_service_programmes(user: User) -> bool:
    return user.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN, Role.SAFEGUARDING_REVIEWER)


def programme_access(user: User, programme: Programme) -> ProgrammeAccess:
    """What this person may do with this programme (at most two small queries)."""
    if not signed_in(user):
        return NO_ACCESS
    if is_service_staff(user, programme.service_id):
        discipline = (
            Facilitator.objects.filter(programme=programme, user=user)
            .values_list("discipline", flat=True)
            .first()
        )
        if (
            discipline is not None
            and discipline != Discipline.PTV
            and user.has_role(Role.CLINICIAN)
        ):
            return ProgrammeAccess(
                visible=True,
                staff_view=True,
                people_view=True,
                can_tick=True,
                can_edit=True,
                facilitator_discipline=discipline,
            )
        if is_lead_clinician(user):
            return ProgrammeAccess(
                visible=True,
                staff_view=True,
                people_view=True,
                can_tick=True,
                can_edit=True,
                facilitator_discipline=discipline or "",
            )
        if discipline == Discipline.PTV:
            return ProgrammeAccess(
                visible=True,
                staff_view=True,
                can_tick=True,
                facilitator_discipline=Discipline.PTV,
            )
        if reads_service_programmes(user):
            return READ_ONLY_ACCESS
        return NO_ACCESS
    if (
        user.role == Role.PARTICIPANT
        and Enrolment.objects.filter(programme=programme, participant=user).exists()
    ):
        return ProgrammeAccess(visible=True, enrolled=True)
    return NO_ACCESS


def _check(access: ProgrammeAccess, need: Need) -> None:
    if not access.visible:
        raise Http404
    if not access.allows(need):
        raise PermissionDenied


def get_programme_for_user(
    user: User, pk: int, *, write: bool = False, need: Need = Need.VIEW
) -> Programme:
    """The programme, with ``.access`` set, or Http404 / PermissionDenied.

    ``write=True`` is short for ``need=Need.EDIT``.
    """
    if write:
        need = Need.EDIT
    programme = Programme.objects.select_related("service").filter(pk=pk).first()
    if programme is None:
        raise Http404
    access = programme_access(user, programme)
    _check(access, need)
    programme.access = access
    return programme


def get_session_for_user(
    user: User, programme_pk: int, number: int, *, need: Need = Need.VIEW
) -> ProgrammeSession:
    programme = get_programme_for_user(user, programme_pk, need=need)
    session = programme.sessions.filter(number=number).first()
    if session is None:
        raise Http404
    session.programme = programme
    return session


def get_handover_step_for_user(
    user: User, programme_pk: int, kind: str, *, need: Need = Need.VIEW
) -> HandoverStep:
    programme = get_programme_for_user(user, programme_pk, need=need)
    step = (
        programme.handover_steps.filter(kind=kind)
        .select_related("session", "ptv", "completed_by")
        .first()
    )
    if step is None:
        raise Http404
    step.programme = programme
    return step


def get_enrolment_for_user(
    user: User, programme_pk: int, enrolment_pk: int, *, need: Need = Need.PEOPLE
) -> Enrolment:
    """A participant's record on a programme, for staff."""
    programme = get_programme_for_user(user, programme_pk, need=need)
    enrolment = programme.enrolments.filter(pk=enrolment_pk).select_related("participant").first()
    if enrolment is None:
        raise Http404
    enrolment.programme = programme
    return enrolment


def get_facilitator_for_user(user: User, programme_pk: int, facilitator_pk: int) -> Facilitator:
    programme = get_programme_for_user(user, programme_pk, need=Need.EDIT)
    facilitator = programme.facilitators.filter(pk=facilitator_pk).select_related("user").first()
    if facilitator is None:
        raise Http404
    facilitator.programme = programme
    return facilitator


def get_own_enrolment(user: User, programme_pk: int) -> Enrolment:
    """The signed-in participant's own enrolment: 404 for everyone else, staff included."""
    if not signed_in(user):
        raise Http404
    enrolment = (
        Enrolment.objects.select_related("programme__service", "participant")
        .filter(programme_id=programme_pk, participant=user)
        .first()
    )
    if enrolment is None:
        raise Http404
    return enrolment


def get_enrolment_for_contacts(
    user: User, programme_pk: int, enrolment_pk: int | None = None, *, write: bool = False
) -> Enrolment:
    """The enrolment whose contact sharing a page shows: a clinician's (``enrolment_pk``
    given: they must be able to edit the programme) or the participant's own. ``write``:
    403 once the participant has left, when nothing more may be shared or checked."""
    if enrolment_pk is None:
        enrolment = get_own_enrolment(user, programme_pk)
    else:
        enrolment = get_enrolment_for_user(user, programme_pk, enrolment_pk, need=Need.EDIT)
    if write and enrolment.status == EnrolmentStatus.WITHDRAWN:
        raise PermissionDenied
    return enrolment


def can_record_for_enrolment(actor: User, enrolment: Enrolment) -> bool:
    """The participant themselves, or a clinician who may edit the programme."""
    if actor.pk == enrolment.participant_id:
        return True
    return programme_access(actor, enrolment.programme).can_edit


def can_create_programme(user: User) -> bool:
    return is_service_staff(user) and user.has_role(Role.CLINICIAN)


def can_manage_service_settings(user: User, service: Service) -> bool:
    return is_service_admin_of(user, service.pk) or (
        is_service_staff(user, service.pk) and is_lead_clinician(user)
    )


def can_manage_resources(user: User) -> bool:
    return is_service_staff(user) and user.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN)


def settings_for_reading(service: Service) -> ProgrammeSettings:
    """The service's settings, or the defaults (unsaved) when none are stored: reads never write."""
    return ProgrammeSettings.objects.filter(service=service).first() or ProgrammeSettings(
        service=service
    )
