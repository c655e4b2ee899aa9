"""Leaving the service (GDPR Article 17): the account is closed and what the service holds
about the person is removed, except what must be kept.

Order matters. First the account is closed: memberships end (through
`groups.services.membership_leave`, so coordinators are replaced and reminders cancelled
as usual), join requests are withdrawn, unsent messages cancelled, and every way of signing
in removed. Then, unless a clinical lead has put the person under a legal hold, their data
is removed: contact details, profile, consents, preferences and, when asked, their posts.
The user row stays (deactivated, named "Former member") so that foreign keys, the
conversation and the audit still hold together.

Kept, with the reason in docs/privacy.md: safeguarding alerts, concerns, notes, contact
attempts and their audit (a copy of the person's name and contact details at leaving is
added to each alert's snapshot, so the service's reviewers can still act on them);
enrolment, attendance and choice codes (no free text) for service evaluation; posts the
person did not ask to remove, shown as written by "Former member".

Where another app has a service for a step, it is called; where it has none, the write is
here, with a row in the privacy audit: memberships end through groups; everything else
(outbox rows, allauth and session rows, consents, profile, posts) is written here.
"""

from __future__ import annotations

import datetime
import logging

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from groups.models import (
    CURRENT_STATUSES,
    JoinRequest,
    JoinRequestStatus,
    Membership,
    Post,
)
from pmp_followon.accounts.models import ContactChannel, Role, User
from pmp_followon.accounts.permissions import is_service_clinician
from pmp_followon.clock import now_or_current
from pmp_followon.notifications.models import (
    UNSENT_STATUSES,
    Notification,
    NotificationPreference,
    Status,
)
from programmes.models import (
    CalendarFeed,
    ContactCheck,
    ContactConsent,
    Enrolment,
    ParticipantChoice,
)
from reports.models import ParticipantProfile
from safeguarding.models import Alert, AuditEvent, Concern, PostScreening

from ..models import LeaveRequest, LeaveStatus, PrivacyAction
from ._common import audit, is_held

logger = logging.getLogger(__name__)

FORMER_MEMBER_NAME = "Former member"
REMOVED_POST_TEXT = "This message was removed at the request of the person who wrote it."
LEFT_NOTE = "Left the service"


def former_member_email(person: User) -> str:
    """Unique, and says nothing about the person (.invalid never resolves: RFC 2606)."""
    return f"former-member-{person.pk}@removed.invalid"


def _check_may_leave(actor: User, person: User) -> None:
    if actor.pk == person.pk:
        if person.is_staff_member:
            raise PermissionDenied
        return
    if not (
        person.role == Role.PARTICIPANT
        and person.service_id is not None
        and is_service_clinician(actor, person.service_id)
    ):
        raise PermissionDenied


@transaction.atomic
def leave_request(
    *,
    actor: User,
    person: User,
    remove_posts: bool = False,
    asked_at: datetime.datetime | None = None,
    asked_how: str = "",
    now: datetime.datetime | None = None,
) -> LeaveRequest:
    """The person leaves, or a clinician records that the person asked to (when and how).
    Asking for posts to be removed cannot be refused: `remove_posts` is the person's choice,
    whoever records it."""
    now = now_or_current(now)
    _check_may_leave(actor, person)
    person = User.objects.select_for_update().get(pk=person.pk)
    if not person.is_active:
        raise ValidationError(_("This account is already closed."))
    on_behalf = actor.pk != person.pk
    if on_behalf and not asked_how.strip():
        raise ValidationError({"asked_how": _("Say how they asked, for example by phone.")})
    request = LeaveRequest.objects.create(
        person=person,
        recorded_by=actor if on_behalf else None,
        asked_at=asked_at or now,
        asked_how=asked_how.strip()[:200],
        remove_posts=remove_posts,
        status=LeaveStatus.HELD,
        recorded_at=now,
    )
    audit(
        actor=actor,
        person=person,
        action=PrivacyAction.LEAVE_REQUESTED,
        now=now,
        request=request.pk,
        on_behalf=on_behalf,
        remove_posts=remove_posts,
        asked_at=request.asked_at.isoformat(),
    )
    summary = _close_account(person, actor=actor, now=now)
    if is_held(person):
        request.summary = summary
        request.save(update_fields=["summary"])
        audit(
            actor=actor,
            person=person,
            action=PrivacyAction.LEAVE_HELD,
            now=now,
            request=request.pk,
            **summary,
        )
        return request
    _complete(request, actor=actor, summary=summary, now=now)
    return request


def _complete(
    request: LeaveRequest, *, actor: User | None, summary: dict, now: datetime.datetime
) -> None:
    person = User.objects.select_for_update().get(pk=request.person_id)
    summary = {**summary, **_erase(person, remove_posts=request.remove_posts, now=now)}
    request.status = LeaveStatus.DONE
    request.completed_at = now
    request.summary = summary
    request.save(update_fields=["status", "completed_at", "summary"])
    audit(
        actor=actor,
        person=person,
        action=PrivacyAction.LEAVE_COMPLETED,
        now=now,
        request=request.pk,
        **summary,
    )


def leave_requests_complete_held(
    *, person: User, actor: User | None, now: datetime.datetime | None = None
) -> int:
    """After a legal hold is released: finish the removals it held back."""
    now = now_or_current(now)
    done = 0
    with transaction.atomic():
        for request in LeaveRequest.objects.select_for_update().filter(
            person=person, status=LeaveStatus.HELD
        ):
            _complete(request, actor=actor, summary=dict(request.summary), now=now)
            done += 1
    return done


# --- closing the account -----------------------------------------------------------------
def _close_account(person: User, *, actor: User, now: datetime.datetime) -> dict:
    from groups import services as groups

    ended = 0
    for membership in Membership.objects.filter(
        person=person, status__in=CURRENT_STATUSES
    ).select_related("group"):
        groups.membership_leave(
            actor=person, group=membership.group, reason_other=LEFT_NOTE, now=now
        )
        ended += 1
    Membership.objects.filter(person=person).update(share_email=False, share_mobile=False)
    withdrawn = JoinRequest.objects.filter(person=person, status=JoinRequestStatus.PENDING).update(
        status=JoinRequestStatus.WITHDRAWN, decided_at=now
    )
    cancelled = Notification.objects.filter(recipient=person, status__in=UNSENT_STATUSES).update(
        status=Status.CANCELLED, cancelled_at=now, cancel_reason=LEFT_NOTE, cancelled_by=actor
    )
    emails = EmailAddress.objects.filter(user=person).delete()[0]
    authenticators = Authenticator.objects.filter(user=person).delete()[0]
    sessions = _sessions_end(person, now)
    preferences = NotificationPreference.objects.filter(user=person).delete()[0]
    feeds = CalendarFeed.objects.filter(user=person).delete()[0]
    person.set_unusable_password()
    person.is_active = False
    person.save(update_fields=["password", "is_active"])
    logger.info("privacy: account %s closed", person.pk)
    return {
        "memberships_ended": ended,
        "join_requests_withdrawn": withdrawn,
        "messages_cancelled": cancelled,
        "email_addresses_removed": emails,
        "authenticators_removed": authenticators,
        "sessions_ended": sessions,
        "preferences_removed": preferences,
        "calendar_links_removed": feeds,
    }


def _sessions_end(person: User, now: datetime.datetime) -> int:
    """Django keeps the signed-in user inside each session's data: read the live ones."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=now).iterator(chunk_size=500):
        try:
            user_id = session.get_decoded().get("_auth_user_id")
        except Exception:  # noqa: BLE001, S112 - an unreadable session is left to expire
            continue
        if user_id == str(person.pk):
            session.delete()
            ended += 1
    return ended


# --- removing the data -------------------------------------------------------------------
def _erase(person: User, *, remove_posts: bool, now: datetime.datetime) -> dict:
    alerts = _identity_to_alerts(person)
    consents = ContactConsent.objects.filter(enrolment__participant=person).delete()[0]
    checks = ContactCheck.objects.filter(user=person).delete()[0]
    ParticipantChoice.objects.filter(enrolment__participant=person).update(
        reasons_other="", unsuitable_note=""
    )
    Enrolment.objects.filter(participant=person).update(withdrawn_reason="")
    profiles = ParticipantProfile.objects.filter(participant=person).delete()[0]
    # The screening notice a member agreed to stays only where an alert about them in that
    # group depends on it (it shows they were told posts are checked).
    Membership.objects.filter(person=person).exclude(
        Exists(Alert.objects.filter(subject=person, group=OuterRef("group")))
    ).update(screening_notice_version="", screening_notice_agreed_at=None)
    Membership.objects.filter(person=person).update(left_reason_other=LEFT_NOTE)
    JoinRequest.objects.filter(person=person).update(message="")
    posts = _posts_remove(person) if remove_posts else {"posts_deleted": 0, "posts_emptied": 0}
    person.display_name = FORMER_MEMBER_NAME
    person.email = former_member_email(person)
    person.mobile = ""
    person.preferred_channel = ContactChannel.EMAIL
    person.extra_roles = []
    person.last_login = None
    person.save(
        update_fields=[
            "display_name",
            "email",
            "mobile",
            "preferred_channel",
            "extra_roles",
            "last_login",
        ]
    )
    return {
        "alerts_kept_with_identity": alerts,
        "consents_removed": consents,
        "contact_checks_removed": checks,
        "evaluation_profiles_removed": profiles,
        **posts,
    }


def _identity_to_alerts(person: User) -> int:
    """Safeguarding alerts are kept (docs/privacy.md): so that the reviewers can still tell
    who an alert is about, the person's name and contact details at leaving go into it."""
    identity = {
        "name": person.display_name,
        "email": person.email,
        "mobile": str(person.mobile or ""),
    }
    count = 0
    for alert in Alert.objects.select_for_update().filter(subject=person):
        snapshot = dict(alert.snapshot or {})
        snapshot["subject_at_leaving"] = identity
        alert.snapshot = snapshot
        alert.save(update_fields=["snapshot"])
        count += 1
    return count


def _safeguarding_post_ids(posts) -> set[int]:
    ids = set(Alert.objects.filter(post__in=posts).values_list("post_id", flat=True))
    ids |= set(Concern.objects.filter(post__in=posts).values_list("post_id", flat=True))
    ids |= set(AuditEvent.objects.filter(post__in=posts).values_list("post_id", flat=True))
    return ids


def _posts_remove(person: User) -> dict:
    """Posts with no replies and no safeguarding record are deleted; the rest keep their
    place in the conversation with their words replaced."""
    mine = Post.objects.filter(author=person)
    kept_for_records = _safeguarding_post_ids(mine)
    deletable = mine.exclude(pk__in=kept_for_records).exclude(
        Exists(Post.objects.filter(parent=OuterRef("pk")))
    )
    deleted = 0
    for post in list(deletable):
        post.delete()
        deleted += 1
    remaining = Post.objects.filter(author=person).exclude(body=REMOVED_POST_TEXT)
    PostScreening.objects.filter(post__in=remaining).update(evidence=[])
    emptied = remaining.update(body=REMOVED_POST_TEXT)
    return {"posts_deleted": deleted, "posts_emptied": emptied}
