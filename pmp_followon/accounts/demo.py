"""Demo people for `manage.py seed_demo`. Local development only."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from .models import ContactChannel, Role, Service, User
from .services import user_invite

DEMO_SERVICE_NAME = "Riverside Pain Service"
# A password for the demo staff accounts only. Printed by seed_demo; never used in production.
DEMO_STAFF_PASSWORD = "riverside-demo-2026"


@dataclass(frozen=True)
class DemoPerson:
    email: str
    name: str
    role: str
    extra_roles: tuple[str, ...] = ()
    lead: bool = False
    mobile: str = ""
    # Base32 TOTP secret for staff, so the demo can be signed into from any authenticator app.
    totp_secret: str = ""


STAFF = [
    DemoPerson(
        "clinician@example.org",
        "Dr Priya Shah",
        Role.CLINICIAN,
        totp_secret="JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    ),
    DemoPerson(
        "ptv@example.org", "Maureen Ellis", Role.PTV, totp_secret="KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"
    ),
    DemoPerson(
        "duty@example.org",
        "Sam Okafor",
        Role.CLINICIAN,
        extra_roles=(Role.SAFEGUARDING_REVIEWER,),
        totp_secret="MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK",
    ),
    DemoPerson(
        "lead@example.org",
        "Dr Helen Ward",
        Role.CLINICIAN,
        extra_roles=(Role.SAFEGUARDING_REVIEWER,),
        lead=True,
        totp_secret="ONSWG4TFORZXG5DSONSWG4TFORZXG5DS",
    ),
    DemoPerson(
        "admin@example.org",
        "Alex Morgan",
        Role.SERVICE_ADMIN,
        totp_secret="GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    ),
]

PARTICIPANTS = [
    DemoPerson("coordinator@example.org", "Jean Baker", Role.PARTICIPANT, mobile="07700900001"),
    DemoPerson("member@example.org", "Dave Hughes", Role.PARTICIPANT, mobile="07700900002"),
    DemoPerson("sue@example.org", "Sue Patel", Role.PARTICIPANT, mobile="07700900003"),
    DemoPerson("linda@example.org", "Linda Gray", Role.PARTICIPANT),
    DemoPerson("tom@example.org", "Tom Evans", Role.PARTICIPANT, mobile="07700900005"),
    DemoPerson("ann@example.org", "Ann Roberts", Role.PARTICIPANT),
    DemoPerson("mo@example.org", "Mo Khan", Role.PARTICIPANT, mobile="07700900007"),
    DemoPerson("grace@example.org", "Grace Adeyemi", Role.PARTICIPANT),
    DemoPerson("ray@example.org", "Ray Thompson", Role.PARTICIPANT, mobile="07700900009"),
    DemoPerson("carol@example.org", "Carol Jones", Role.PARTICIPANT),
    DemoPerson("pat@example.org", "Pat Wilson", Role.PARTICIPANT, mobile="07700900011"),
    DemoPerson("nina@example.org", "Nina Kowalski", Role.PARTICIPANT),
]


def demo_service() -> Service:
    service, _ = Service.objects.get_or_create(
        name=DEMO_SERVICE_NAME,
        defaults={
            "time_zone": "Europe/London",
            "hours_open": datetime.time(9, 0),
            "hours_close": datetime.time(17, 0),
            "phone": "0300 123 4567",
        },
    )
    return service


def _ensure(person: DemoPerson, service: Service) -> User:
    user = User.objects.filter(email=person.email).first()
    if user is None:
        user = user_invite(
            actor=None,
            email=person.email,
            display_name=person.name,
            role=person.role,
            service=service,
            mobile=person.mobile,
            preferred_channel=ContactChannel.EMAIL,
            extra_roles=list(person.extra_roles),
            password=DEMO_STAFF_PASSWORD if person.role != Role.PARTICIPANT else None,
        )
    if person.lead and not user.is_clinical_lead:
        user.is_clinical_lead = True
        user.save(update_fields=["is_clinical_lead"])
    if (
        person.totp_secret
        and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    ):
        TOTP.activate(user, person.totp_secret)
    return user


def seed(*, stdout, now: datetime.datetime) -> None:
    service = demo_service()
    for person in STAFF + PARTICIPANTS:
        _ensure(person, service)
    stdout.write(f"People: {len(STAFF)} staff and {len(PARTICIPANTS)} participants.")
