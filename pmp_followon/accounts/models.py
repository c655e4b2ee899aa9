"""People, roles and pain services.

A participant becomes a coordinator through group membership (groups app), never a role.
"""

from __future__ import annotations

import datetime
import zoneinfo
from functools import cached_property

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .phone import UKMobileNumberField


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("Enter a time zone such as Europe/London.")) from exc


class Service(models.Model):
    """A pain service: the NHS team that runs PMPs and supports the groups that follow."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="Europe/London", validators=[validate_time_zone]
    )
    hours_open = models.TimeField(_("opens at"), default=datetime.time(9, 0))
    hours_close = models.TimeField(_("closes at"), default=datetime.time(17, 0))
    # Weekdays the service is staffed, Monday=0. Bank holidays are treated as closed.
    open_weekdays = models.CharField(
        _("open weekdays"),
        max_length=13,
        default="0,1,2,3,4",
        help_text=_("Days the service is staffed, Monday is 0, separated by commas."),
    )
    phone = models.CharField(_("service phone number"), max_length=32, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours_close__gt=models.F("hours_open")),
                name="service_hours_close_after_open",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def weekdays(self) -> frozenset[int]:
        return frozenset(int(d) for d in self.open_weekdays.split(",") if d.strip().isdigit())

    def clean(self) -> None:
        days = [d.strip() for d in self.open_weekdays.split(",") if d.strip()]
        if not days or any(not d.isdigit() or int(d) > 6 for d in days):
            raise ValidationError(
                {"open_weekdays": _("Use numbers 0 (Monday) to 6 (Sunday), separated by commas.")}
            )

    def is_open_at(self, moment: datetime.datetime) -> bool:
        """Whether staff are on duty at this moment (ignores bank holidays; see services)."""
        local = moment.astimezone(self.zone)
        in_hours = self.hours_open <= local.time() < self.hours_close
        return local.weekday() in self.weekdays and in_hours


class Role(models.TextChoices):
    PARTICIPANT = "participant", _("Participant")
    PTV = "ptv", _("Patient tutor volunteer")
    CLINICIAN = "clinician", _("Clinician")
    SAFEGUARDING_REVIEWER = "safeguarding_reviewer", _("Safeguarding reviewer")
    SERVICE_ADMIN = "service_admin", _("Service admin")


STAFF_ROLES = frozenset({Role.PTV, Role.CLINICIAN, Role.SAFEGUARDING_REVIEWER, Role.SERVICE_ADMIN})


class ContactChannel(models.TextChoices):
    EMAIL = "email", _("Email")
    SMS = "sms", _("Text message (SMS)")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("role", Role.SERVICE_ADMIN)
        return self._create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """Everyone who signs in. Email is the login; participants sign in by emailed code."""

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("name"), max_length=150, help_text=_("The name other people in your group see.")
    )
    mobile = UKMobileNumberField(
        _("mobile number"), region="GB", blank=True, help_text=_("For example, 07700 900 982")
    )
    preferred_channel = models.CharField(
        _("how we contact you"),
        max_length=10,
        choices=ContactChannel.choices,
        default=ContactChannel.EMAIL,
    )
    role = models.CharField(
        _("main role"), max_length=32, choices=Role.choices, default=Role.PARTICIPANT
    )
    # Extra roles on top of the main one, e.g. a clinician who is also on the duty rota.
    extra_roles = models.JSONField(_("extra roles"), default=list, blank=True)
    is_clinical_lead = models.BooleanField(
        _("clinical lead"),
        default=False,
        help_text=_("Leads see every programme and group in their service."),
    )
    service = models.ForeignKey(
        Service,
        verbose_name=_("pain service"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    is_staff = models.BooleanField(
        _("Django admin access"),
        default=False,
        help_text=_("Can use the technical admin site. Not needed for clinical work."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        ordering = ["display_name", "email"]
        indexes = [models.Index(fields=["service", "role"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=[r.value for r in Role]), name="user_role_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(preferred_channel__in=[c.value for c in ContactChannel]),
                name="user_preferred_channel_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()
        bad = [r for r in self.extra_roles if r not in Role.values]
        if bad:
            raise ValidationError({"extra_roles": _("Unknown role: %(r)s") % {"r": bad[0]}})
        if self.preferred_channel == ContactChannel.SMS and not self.mobile:
            raise ValidationError(
                {"mobile": _("Add a mobile number to get text messages, or choose email.")}
            )
        if self.is_staff_member and self.service_id is None and not self.is_superuser:
            raise ValidationError({"service": _("Staff must belong to a pain service.")})

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name

    @cached_property
    def roles(self) -> frozenset[str]:
        return frozenset([self.role, *self.extra_roles])

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def is_staff_member(self) -> bool:
        """Pain service staff (and PTVs): they must use a password and an authenticator app."""
        return bool(self.roles & STAFF_ROLES) or self.is_staff or self.is_superuser


class Invitation(models.Model):
    """The link in an invitation email. For staff it is the only way to set up the first
    authenticator app, so a password alone (guessed, reset or shared) is never enough to
    enrol someone else's phone. Only a hash of the token is kept; the plain token exists
    only in the email, sealed in the outbox row until it is rendered."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="invitations")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"invitation for {self.user_id}"

    def is_usable(self, now: datetime.datetime) -> bool:
        return self.used_at is None and self.expires_at > now
