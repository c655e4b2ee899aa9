"""A participant's choices: whether to keep meeting, which contact details to share with the group,
and the code that checks a shared detail works."""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.accounts.sealing import seal
from pmp_followon.clock import now_or_current
from pmp_followon.notifications.services import notification_create

from .. import selectors
from ..models import (
    CheckChannel,
    ContactCheck,
    ContactConsent,
    ContinueChoice,
    Enrolment,
    EnrolmentStatus,
    NotContinuingReason,
    ParticipantChoice,
    ShareKind,
    mobile_e164,
)
from ..notification_kinds import CONTACT_CHECK
from ._common import _audit, _require

CONTACT_CHECK_LIFETIME = datetime.timedelta(minutes=30)


CONTACT_CHECK_MAX_ATTEMPTS = 5


CONTACT_CHECK_MAX_PER_DAY = 5


@transaction.atomic
def participant_choice_record(
    *,
    actor: User,
    enrolment: Enrolment,
    continue_choice: str,
    unsuitable_date: bool = False,
    unsuitable_time: bool = False,
    unsuitable_venue: bool = False,
    unsuitable_note: str = "",
    reasons: Iterable[str] = (),
    reasons_other: str = "",
    volunteers_to_organise: bool = False,
    now: datetime.datetime | None = None,
) -> ParticipantChoice:
    """Record whether a participant wants to keep meeting, by them or by a clinician for them.

    Only the parts that fit the answer are kept: reasons for "prefer not", what does not suit
    for "keen but unsuitable", and volunteering to organise for either "keen" answer.
    """
    now = now_or_current(now)
    _require(selectors.can_record_for_enrolment(actor, enrolment))
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        raise ValidationError(_("This person has left the programme."))
    if continue_choice not in ContinueChoice.values:
        raise ValidationError({"continue_choice": _("Choose one answer.")})
    reasons = list(dict.fromkeys(reasons))
    bad = [r for r in reasons if r not in NotContinuingReason.values]
    if bad:
        raise ValidationError({"reasons": _("Choose reasons from the list.")})
    keen = continue_choice in (ContinueChoice.KEEN, ContinueChoice.KEEN_UNSUITABLE)
    unsuitable = continue_choice == ContinueChoice.KEEN_UNSUITABLE
    if unsuitable and not (unsuitable_date or unsuitable_time or unsuitable_venue):
        raise ValidationError(
            {"unsuitable": _("Choose what does not suit: the date, the time or the place.")}
        )
    choice, _created = ParticipantChoice.objects.select_for_update().get_or_create(
        enrolment=enrolment,
        defaults={"continue_choice": continue_choice, "updated_at": now},
    )
    old = {
        "continue_choice": choice.continue_choice if not _created else "",
        "volunteers_to_organise": choice.volunteers_to_organise,
    }
    choice.continue_choice = continue_choice
    choice.unsuitable_date = unsuitable and unsuitable_date
    choice.unsuitable_time = unsuitable and unsuitable_time
    choice.unsuitable_venue = unsuitable and unsuitable_venue
    choice.unsuitable_note = unsuitable_note.strip()[:300] if unsuitable else ""
    prefer_not = continue_choice == ContinueChoice.PREFER_NOT
    choice.reasons = reasons if prefer_not else []
    choice.reasons_other = reasons_other.strip() if prefer_not else ""
    choice.volunteers_to_organise = keen and volunteers_to_organise
    choice.recorded_by = actor
    choice.updated_at = now
    choice.full_clean()
    choice.save()
    _audit(
        service=enrolment.programme.service,
        programme=enrolment.programme,
        actor=actor,
        verb="choice_recorded",
        now=now,
        enrolment=enrolment.pk,
        old=old,
        new={
            "continue_choice": choice.continue_choice,
            "volunteers_to_organise": choice.volunteers_to_organise,
        },
        on_behalf=actor.pk != enrolment.participant_id,
    )
    return choice


def _share_value(user: User, kind: str) -> str:
    if kind == ShareKind.EMAIL:
        return user.email
    return mobile_e164(user)


@transaction.atomic
def contact_consents_set(
    *,
    actor: User,
    enrolment: Enrolment,
    kinds: Iterable[str],
    now: datetime.datetime | None = None,
) -> list[ContactConsent]:
    """Set which contact details a participant shares with their cohort.

    Ticking a detail records consent (who recorded it, when, and the value shared); unticking
    withdraws it. Withdrawn consent stays on record. Returns the current consents.
    """
    now = now_or_current(now)
    _require(selectors.can_record_for_enrolment(actor, enrolment))
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        raise ValidationError(_("This person has left the programme."))
    wanted = set(kinds)
    if wanted - set(ShareKind.values):
        raise ValidationError({"kinds": _("Choose from the list.")})
    user = enrolment.participant
    if wanted - {ShareKind.EMAIL} and not user.mobile:
        raise ValidationError(
            {
                "kinds": _(
                    "There is no mobile number on this account, so only email can be "
                    "shared. Ask the clinician to add a mobile number."
                )
            }
        )
    current = {c.kind: c for c in enrolment.contact_consents.filter(withdrawn_at__isnull=True)}
    given, withdrawn = [], []
    for kind, consent in current.items():
        if kind not in wanted or consent.value != _share_value(user, kind):
            consent.withdrawn_at, consent.withdrawn_by = now, actor
            consent.save(update_fields=["withdrawn_at", "withdrawn_by"])
            withdrawn.append(kind)
    still = {k for k, c in current.items() if c.withdrawn_at is None}
    for kind in sorted(wanted - still):
        consent = ContactConsent(
            enrolment=enrolment,
            kind=kind,
            value=_share_value(user, kind),
            given_at=now,
            given_by=actor,
        )
        consent.full_clean()
        consent.save()
        given.append(kind)
    if given or withdrawn:
        _audit(
            service=enrolment.programme.service,
            programme=enrolment.programme,
            actor=actor,
            verb="contact_consent_changed",
            now=now,
            enrolment=enrolment.pk,
            given=given,
            withdrawn=withdrawn,
            on_behalf=actor.pk != enrolment.participant_id,
        )
    return list(enrolment.contact_consents.filter(withdrawn_at__isnull=True))


def _code_hash(check_user_id: int, channel: str, value: str, code: str) -> str:
    return salted_hmac(
        "programmes.contact_check", f"{check_user_id}:{channel}:{value}:{code}"
    ).hexdigest()


@dataclass(frozen=True)
class SentCheck:
    check: ContactCheck
    code: str  # only for tests and the outbox row; never shown to staff


@transaction.atomic
def contact_check_send(
    *,
    actor: User,
    enrolment: Enrolment,
    channel: str,
    now: datetime.datetime | None = None,
) -> SentCheck:
    """Send a 6-digit code to the participant's email or mobile, through the outbox, to prove
    the detail they share works. A new code replaces any earlier one."""
    now = now_or_current(now)
    _require(selectors.can_record_for_enrolment(actor, enrolment))
    if channel not in CheckChannel.values:
        raise ValidationError(_("Choose email or text message."))
    user = enrolment.participant
    value = user.email if channel == CheckChannel.EMAIL else mobile_e164(user)
    if not value:
        raise ValidationError(_("There is no mobile number on this account."))
    if (
        ContactCheck.objects.filter(
            user=user, channel=channel, sent_at__gte=now - datetime.timedelta(days=1)
        ).count()
        >= CONTACT_CHECK_MAX_PER_DAY
    ):
        raise ValidationError(
            _("We have sent %(n)s codes today. Try again tomorrow, or ask your clinician.")
            % {"n": CONTACT_CHECK_MAX_PER_DAY}
        )
    ContactCheck.objects.filter(
        user=user, channel=channel, verified_at__isnull=True, expires_at__gt=now
    ).update(expires_at=now)
    code = f"{secrets.randbelow(1_000_000):06d}"
    check = ContactCheck.objects.create(
        user=user,
        channel=channel,
        value=value,
        code_hash="",
        sent_at=now,
        expires_at=now + CONTACT_CHECK_LIFETIME,
    )
    check.code_hash = _code_hash(user.pk, channel, value, code)
    check.save(update_fields=["code_hash"])
    notification_create(
        recipient=user,
        kind=CONTACT_CHECK,
        context={
            # Sealed: the outbox row (and the admin) never hold the readable code.
            "sealed_code": seal(code),
            "programme_name": enrolment.programme.name,
            "minutes": int(CONTACT_CHECK_LIFETIME.total_seconds() // 60),
        },
        idempotency_key=f"{CONTACT_CHECK}:{check.pk}",
        channels=[channel],
        now=now,
    )
    _audit(
        service=enrolment.programme.service,
        programme=enrolment.programme,
        actor=actor,
        verb="contact_check_sent",
        now=now,
        enrolment=enrolment.pk,
        channel=channel,
    )
    return SentCheck(check=check, code=code)


@dataclass(frozen=True)
class CheckOutcome:
    verified: bool
    message: str = ""


@transaction.atomic
def contact_check_confirm(
    *,
    actor: User,
    enrolment: Enrolment,
    channel: str,
    code: str,
    now: datetime.datetime | None = None,
) -> CheckOutcome:
    """Check a code the participant typed in. Five wrong tries use the code up.

    A wrong code is an outcome, not an exception, so the counted try is kept when the
    request's transaction commits."""
    now = now_or_current(now)
    _require(selectors.can_record_for_enrolment(actor, enrolment))
    user = enrolment.participant
    code = "".join(code.split())
    check = (
        ContactCheck.objects.select_for_update()
        .filter(user=user, channel=channel, verified_at__isnull=True)
        .order_by("-sent_at", "-id")
        .first()
    )
    if check is None or not check.is_usable(now, CONTACT_CHECK_MAX_ATTEMPTS):
        return CheckOutcome(False, _("This code has expired. Send a new code."))
    check.attempts += 1
    if not constant_time_compare(check.code_hash, _code_hash(user.pk, channel, check.value, code)):
        check.save(update_fields=["attempts"])
        if check.attempts >= CONTACT_CHECK_MAX_ATTEMPTS:
            return CheckOutcome(False, _("That code is wrong. Send a new code."))
        return CheckOutcome(False, _("That code is wrong. Check the message and try again."))
    check.verified_at = now
    check.save(update_fields=["attempts", "verified_at"])
    _audit(
        service=enrolment.programme.service,
        programme=enrolment.programme,
        actor=actor,
        verb="contact_check_verified",
        now=now,
        enrolment=enrolment.pk,
        channel=channel,
    )
    return CheckOutcome(True)
