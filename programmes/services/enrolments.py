"""Enrolments: putting a participant on a programme (with their invitation), withdrawing and
reinstating them."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Role, User
from pmp_followon.accounts.services import user_invite
from pmp_followon.clock import now_or_current, shorten
from pmp_followon.notifications.services import notification_create
from pmp_followon.ui.dates import uk_datetime

from .. import schedule, selectors
from ..models import Enrolment, EnrolmentStatus, Programme, ProgrammeStatus, ReferralSource
from ..notification_kinds import INVITATION
from ._common import _audit, _require


@transaction.atomic
def participant_enrol(
    *,
    actor: User,
    programme: Programme,
    email: str,
    display_name: str = "",
    mobile: str = "",
    referral_source: str,
    referral_date: datetime.date,
    now: datetime.datetime | None = None,
) -> Enrolment:
    """Put a participant on a programme, creating their account when they have none.

    A new participant gets no password: the invitation tells them to sign in with a code
    sent to their email (accounts.services.user_invite makes the account).
    """
    now = now_or_current(now)
    _require(selectors.programme_access(actor, programme).can_edit)
    if programme.status in (ProgrammeStatus.CANCELLED, ProgrammeStatus.FINISHED):
        raise ValidationError(_("This programme has ended, so nobody new can join it."))
    email = User.objects.normalize_email(email.strip()).lower()
    if not email:
        raise ValidationError({"email": _("Enter the participant's email address.")})
    if referral_source not in ReferralSource.values:
        raise ValidationError({"referral_source": _("Choose who referred them.")})
    if referral_date > schedule.local_date(now, programme.zone):
        raise ValidationError({"referral_date": _("The referral date must be today or earlier.")})
    user = User.objects.filter(email__iexact=email).first()
    created_account = user is None
    if user is not None:
        if user.is_staff_member or user.role != Role.PARTICIPANT:
            raise ValidationError(
                {"email": _("This email belongs to a member of staff. Use the participant's own.")}
            )
        if user.service_id not in (None, programme.service_id):
            raise ValidationError(
                {
                    "email": _(
                        "This person is registered with another pain service. Ask your "
                        "service admin to help."
                    )
                }
            )
        if programme.enrolments.filter(participant=user).exists():
            raise ValidationError(
                {
                    "email": _("%(name)s is already on this programme.")
                    % {"name": user.display_name or email}
                }
            )
    else:
        if not display_name.strip():
            raise ValidationError({"display_name": _("Enter the participant's name.")})
        try:
            with transaction.atomic():
                user = user_invite(
                    actor=actor,
                    email=email,
                    display_name=display_name.strip(),
                    role=Role.PARTICIPANT,
                    service=programme.service,
                    mobile=mobile.strip(),
                )
        except IntegrityError:
            # Someone else made this account a moment ago.
            raise ValidationError(
                {"email": _("This email was added a moment ago. Try again.")}
            ) from None
    enrolment = Enrolment(
        programme=programme,
        participant=user,
        referral_source=referral_source,
        referral_date=referral_date,
        enrolled_by=actor,
        enrolled_at=now,
    )
    enrolment.full_clean()
    try:
        with transaction.atomic():
            enrolment.save()
    except IntegrityError:
        raise ValidationError({"email": _("This person is already on this programme.")}) from None
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="participant_enrolled",
        now=now,
        enrolment=enrolment.pk,
        new_account=created_account,
    )
    first = programme.sessions.order_by("number").first()
    notification_create(
        recipient=user,
        kind=INVITATION,
        context={
            "programme_id": programme.pk,
            "programme_name": shorten(programme.name),
            "service_name": programme.service.name,
            "first_session": uk_datetime(first.starts_at, now=now, tz=programme.zone)
            if first
            else "",
            "venue": programme.venue,
            "sign_in_path": reverse("account_login"),
            "choices_path": reverse("programmes:my_choices", args=[programme.pk]),
            "new_account": created_account,
        },
        idempotency_key=f"{INVITATION}:{enrolment.pk}",
        topic=f"programmes.enrolment.{enrolment.pk}",
        channels=["email"],
        now=now,
    )
    return enrolment


@transaction.atomic
def enrolment_withdraw(
    *, actor: User, enrolment: Enrolment, reason: str, now: datetime.datetime | None = None
) -> Enrolment:
    """Record that someone left the programme. Their contact sharing ends with it."""
    now = now_or_current(now)
    _require(selectors.programme_access(actor, enrolment.programme).can_edit)
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        raise ValidationError(_("They have already left this programme."))
    if not reason.strip():
        raise ValidationError({"reason": _("Enter why they left.")})
    old = enrolment.status
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.withdrawn_reason = reason.strip()
    enrolment.status_changed_at = now
    enrolment.save(update_fields=["status", "withdrawn_reason", "status_changed_at"])
    withdrawn = enrolment.contact_consents.filter(withdrawn_at__isnull=True).update(
        withdrawn_at=now, withdrawn_by=actor
    )
    _audit(
        service=enrolment.programme.service,
        programme=enrolment.programme,
        actor=actor,
        verb="participant_withdrawn",
        now=now,
        enrolment=enrolment.pk,
        old=old,
        consents_withdrawn=withdrawn,
    )
    return enrolment


@transaction.atomic
def enrolment_reinstate(
    *, actor: User, enrolment: Enrolment, now: datetime.datetime | None = None
) -> Enrolment:
    """Undo a withdrawal recorded by mistake. Contact sharing is not restored: the
    participant chooses again."""
    now = now_or_current(now)
    programme = enrolment.programme
    _require(selectors.programme_access(actor, programme).can_edit)
    if enrolment.status != EnrolmentStatus.WITHDRAWN:
        raise ValidationError(_("They are still on this programme."))
    enrolment.status = (
        EnrolmentStatus.COMPLETED
        if programme.status == ProgrammeStatus.FINISHED
        else EnrolmentStatus.ENROLLED
    )
    enrolment.status_changed_at = now
    enrolment.save(update_fields=["status", "status_changed_at"])
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="participant_reinstated",
        now=now,
        enrolment=enrolment.pk,
    )
    return enrolment
