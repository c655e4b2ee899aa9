"""Every write to people and services. Accounts are created by staff, never by sign-up."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.core.exceptions import PermissionDenied
from django.db import transaction

from .models import STAFF_ROLES, ContactChannel, Role, Service, User


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


def invitation_send(*, user: User, invited_by: User | None, now=None) -> None:
    """Email someone how to sign in, through the outbox (sent once per account)."""
    from django.conf import settings
    from django.urls import reverse

    from pmp_followon.notifications.services import notification_create

    notification_create(
        recipient=user,
        kind="accounts.invitation",
        context={
            "sign_in_url": settings.SITE_URL + reverse("account_login"),
            "service_name": user.service.name if user.service is not None else "",
            "invited_by": invited_by.display_name if invited_by else "",
            "is_staff": user.is_staff_member,
        },
        idempotency_key=f"accounts.invitation:{user.pk}",
        channels=["email"],
        now=now,
    )
