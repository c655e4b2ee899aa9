"""The only writes the reports app makes: a participant's evaluation profile (with an
audit row naming the fields changed) and the audit row of an evaluation export."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Role, User
from pmp_followon.accounts.permissions import is_service_clinician
from pmp_followon.clock import now_or_current

from .export import EvaluationExport, build_evaluation_export
from .models import PROFILE_FIELDS, ParticipantProfile, ReportEvent, ReportEventVerb
from .selectors.common import ReportFilter

OLDEST_AGE = 110
YOUNGEST_AGE = 16


def _require_clinician_for(actor: User, participant: User) -> int:
    """The participant's service, when the actor is a clinician of it."""
    if not (
        participant.role == Role.PARTICIPANT
        and participant.service_id is not None
        and is_service_clinician(actor, participant.service_id)
    ):
        raise PermissionDenied
    return participant.service_id


@transaction.atomic
def participant_profile_save(
    *,
    actor: User,
    participant: User,
    agreed: bool,
    gender: str = "",
    year_of_birth: int | None = None,
    ethnic_category: str = "",
    condition_category: str = "",
    now: datetime.datetime | None = None,
) -> ParticipantProfile:
    """A clinician records (or clears) a participant's evaluation profile, with their
    agreement. Without agreement every answer is cleared. The audit row names the fields
    that changed, never their values, so clearing a profile leaves nothing behind."""
    now = now_or_current(now)
    service_id = _require_clinician_for(actor, participant)
    values = {
        "gender": gender or "",
        "year_of_birth": year_of_birth,
        "ethnic_category": ethnic_category or "",
        "condition_category": condition_category or "",
    }
    if not agreed and any(values.values()):
        raise ValidationError(
            {"agreed": _("Tick the box to say the participant agreed, or clear the answers.")}
        )
    if year_of_birth is not None and not (
        now.year - OLDEST_AGE <= year_of_birth <= now.year - YOUNGEST_AGE
    ):
        raise ValidationError(
            {
                "year_of_birth": _("Year of birth must be between %(low)s and %(high)s.")
                % {"low": now.year - OLDEST_AGE, "high": now.year - YOUNGEST_AGE}
            }
        )
    profile, created = ParticipantProfile.objects.select_for_update().get_or_create(
        participant=participant, defaults={"recorded_by": actor, "recorded_at": now}
    )
    old = {f: getattr(profile, f) for f in PROFILE_FIELDS}
    changed = [f for f in PROFILE_FIELDS if old[f] != values[f]]
    if not changed and profile.agreed == agreed and not created:
        return profile
    for name, value in values.items():
        setattr(profile, name, value)
    profile.agreed = agreed
    profile.recorded_by, profile.recorded_at = actor, now
    profile.full_clean()
    profile.save()
    ReportEvent.objects.create(
        service_id=service_id,
        actor=actor,
        participant=participant,
        verb=ReportEventVerb.PROFILE_SAVED if agreed else ReportEventVerb.PROFILE_CLEARED,
        detail={"changed": changed, "agreed": agreed},
        at=now,
    )
    return profile


def _filter_detail(flt: ReportFilter) -> dict:
    return {
        "since": flt.since.isoformat() if flt.since else None,
        "until": flt.until.isoformat() if flt.until else None,
        "programme": flt.programme_id,
        "area": flt.area,
        "group_status": flt.group_status,
    }


@transaction.atomic
def evaluation_export_create(
    *, actor: User, flt: ReportFilter, now: datetime.datetime | None = None
) -> EvaluationExport:
    """Build the pseudonymised zip and record who downloaded what (filters and row counts;
    never the keys, which exist only inside the file)."""
    from .access import reports_service_for

    now = now_or_current(now)
    service = reports_service_for(actor)
    export = build_evaluation_export(service, flt, now=now)
    ReportEvent.objects.create(
        service=service,
        actor=actor,
        verb=ReportEventVerb.EXPORT_DOWNLOADED,
        detail={
            "filters": _filter_detail(flt),
            "rows": export.row_counts,
            "filename": export.filename,
        },
        at=now,
    )
    return export
