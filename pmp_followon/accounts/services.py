"""Every write to people and services. Accounts are created by staff, never by sign-up."""

from __future__ import annotations

import datetime
import hashlib
import secrets

from allauth.account.models import EmailAddress
from django.core.exceptions import PermissionDenied
from django.db import transaction

from pmp_followon.clock import now_or_current

from .models import STAFF_ROLES, ContactChannel, Invitation, Role, Service, User
from .sealing import seal


def user_invite(
    *,
    actor: User | None,
    email: str,
    display_name: str,
    role: str = Role.PARTICIPANT,
    service: Service | None = None,
    mobile: str = "",
    preferred_channel: str = ContactChannel.EMAIL,
    extra_roles: list[str] | None = None,
    password: str | None = None,
    send_invitation: bool = False,
    now=None,
) -> User:
    """Create an account for someone (an invitation).

    Participants have no password: they sign in with a code sent to their email.
    Only staff may invite; only service admins may create staff accounts. ``actor=None``
    is for management commands (seed_demo, createsuperuser-like set-up).
    """
    if actor is not None:
        if not actor.is_staff_member:
            raise PermissionDenied
        if role in STAFF_ROLES and not actor.has_role(Role.SERVICE_ADMIN):
            raise PermissionDenied
        service = service or actor.service
    with transaction.atomic():
        user = User(
            email=email,
            display_name=display_name,
            role=role,
            service=service,
            mobile=mobile,
            preferred_channel=preferred_channel,
            extra_roles=list(extra_roles or []),
        )
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.full_clean()
        user.save()
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
        if send_invitation:
            invitation_send(user=user, invited_by=actor, now=now)
    return user


INVITATION_LIFETIME = datetime.timedelta(days=7)
# Where the invitation's token lives in the session between opening the link and setting
# up the authenticator app.
INVITATION_SESSION_KEY = "accounts_invitation"


def invitation_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_send(*, user: User, invited_by: User | None, now=None) -> Invitation:
    """Email someone how to sign in, through the outbox. Each call makes a new invitation
    link (earlier unused links stop working); the token is sealed in the outbox row."""
    from django.conf import settings
    from django.urls import reverse

    from pmp_followon.notifications.services import notification_create

    now = now_or_current(now)
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        Invitation.objects.filter(user=user, used_at__isnull=True).update(expires_at=now)
        invitation = Invitation.objects.create(
            user=user,
            token_hash=invitation_token_hash(token),
            created_at=now,
            expires_at=now + INVITATION_LIFETIME,
        )
        notification_create(
            recipient=user,
            kind="accounts.invitation",
            context={
                "sign_in_url": settings.SITE_URL + reverse("account_login"),
                "invitation_base_url": settings.SITE_URL
                + reverse("accounts_invitation", args=["TOKEN"]).removesuffix("TOKEN/"),
                "invitation_token": seal(token),
                "service_name": user.service.name if user.service is not None else "",
                "invited_by": invited_by.display_name if invited_by else "",
                "is_staff": user.is_staff_member,
            },
            idempotency_key=f"accounts.invitation:{user.pk}:{invitation.pk}",
            channels=["email"],
            now=now,
        )
    return invitation


def invitation_for_token(*, token: str, now=None) -> Invitation | None:
    """The usable invitation this token opens, or None (wrong, used or expired)."""
    now = now_or_current(now)
    invitation = (
        Invitation.objects.select_related("user")
        .filter(token_hash=invitation_token_hash(token))
        .first()
    )
    if invitation is None or not invitation.is_usable(now) or not invitation.user.is_active:
        return None
    return invitation


def invitation_usable_for(*, invitation_id: int | None, user: User, now=None) -> bool:
    """Whether the invitation opened in this browser lets `user` set up a first authenticator."""
    if not invitation_id:
        return False
    invitation = Invitation.objects.filter(pk=invitation_id, user=user).first()
    return invitation is not None and invitation.is_usable(now_or_current(now))


@transaction.atomic
def invitation_accept(*, invitation: Invitation, password: str, now=None) -> User:
    """Staff set their first password from the invitation link (the link proves they read
    the email). The invitation stays open until the authenticator app is set up."""
    user = invitation.user
    if not user.is_staff_member:
        raise PermissionDenied
    user.set_password(password)
    user.save(update_fields=["password"])
    return user


@transaction.atomic
def invitation_use(*, invitation_id: int, user: User, now=None) -> None:
    """Close the invitation once the first authenticator is set up (single use)."""
    Invitation.objects.filter(pk=invitation_id, user=user, used_at__isnull=True).update(
        used_at=now_or_current(now)
    )
