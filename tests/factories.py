"""factory-boy factories. Prefer the services (user_invite, ...) for data a test is about."""

from __future__ import annotations

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from pmp_followon.accounts.models import ContactChannel, Role, Service, User


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Pain service {n}")
    time_zone = "Europe/London"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Faker("first_name", locale="en_GB")
    role = Role.PARTICIPANT
    preferred_channel = ContactChannel.EMAIL
    service = factory.SubFactory(ServiceFactory)

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):  # noqa: N805
        if extracted:
            obj.set_password(extracted)
        else:
            obj.set_unusable_password()
        if create:
            obj.save()
            EmailAddress.objects.get_or_create(
                user=obj, email=obj.email, defaults={"primary": True, "verified": True}
            )


STAFF_PASSWORD = "correct horse battery staple"


def current_totp(secret: str) -> str:
    """The code an authenticator app would show now for this secret."""
    import time

    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // app_settings.TOTP_PERIOD))


def add_totp(user: User) -> str:
    """Give a staff member an authenticator app; returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret
