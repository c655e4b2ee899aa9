"""`manage.py seed_scale`: a national-size data set, written with COPY.

At --services 50 --years 5 --factor 1: about 5,000 programmes, 60,000 people, 5,000 groups,
256,000 meetings, 2.2 million attendance rows (programme sessions and group meetings),
1.05 million posts each with its screening row, 20,000 alerts and 2 million notifications.

Services differ in size as they do nationally: service i gets a share proportional to
1/(i+1)^1.3, so the largest ("Scale pain service 00") holds about 38% of everything; the
benchmarks sign in there. Its first group is a busy one (about 25,000 posts at full size).

Every row obeys the models' constraints and state machines: programme statuses follow their
sessions and the clock, handover steps sit on sessions N-2, N-1 and N, group members are
the programme's keen participants, attendance is recorded only for meetings that have
happened, a closed alert has its outcome or reason and no escalation time, every post has
the screening row of its exact text (see texts.py), and the notifications of past meetings
were sent while those of coming meetings wait. Ids are assigned here; see writer.py.
"""

from __future__ import annotations

import datetime
import random
import time
import zoneinfo
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from . import groups_part
from .texts import FIRST, LAST, QUARTERS, TOWNS, VENUE_WORDS, build_pool
from .writer import CopyWriter, ForeignKeysSetAside

PROGRAMMES_PER_SERVICE_YEAR = 20
ZIPF = 1.3
ZONE = zoneinfo.ZoneInfo("Europe/London")
META_TABLE = "scale_seed_info"
DOMAIN = "scale.example"


@dataclass
class ServiceCtx:
    index: int
    id: int
    name: str
    town: str
    programmes: int
    areas: list[str]
    clinicians: list[int] = field(default_factory=list)
    ptvs: list[int] = field(default_factory=list)
    reviewers: list[int] = field(default_factory=list)
    admins: list[int] = field(default_factory=list)
    lead: int = 0
    participants: list[tuple[int, str, str]] = field(default_factory=list)  # id, channel, mobile
    venues: list[tuple[int, str]] = field(default_factory=list)  # id, name
    channels: dict[int, str] = field(default_factory=dict)  # participant: preferred channel


class Seeder:
    def __init__(
        self,
        *,
        services: int,
        years: int,
        factor: float,
        stdout,
        seed: int = 17,
        pool: tuple[int, int] = (2500, 150),
    ):
        self.pool_size = pool
        self.n_services = services
        self.years = years
        self.factor = factor
        self.out = stdout
        self.rng = random.Random(seed)
        self.now = timezone.now().replace(microsecond=0)
        self.today = self.now.astimezone(ZONE).date()
        self.w = CopyWriter(now=self.now, progress=self.say)
        self.started = time.monotonic()
        self.actors: dict[str, int] = {}
        self.user_seq = 0

    # --- helpers --------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.out.write(f"[{time.monotonic() - self.started:6.1f} s] {text}")
        if hasattr(self.out, "flush"):
            self.out.flush()

    def at(self, day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
        return datetime.datetime.combine(day, datetime.time(hour, minute), ZONE).astimezone(
            datetime.UTC
        )

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def mobile(self) -> str:
        return f"+447700900{self.rng.randint(0, 999):03d}"

    def user(
        self,
        ctx: ServiceCtx,
        *,
        role: str,
        joined,
        extra=(),
        lead=False,
        staff=False,
        mobile="",
        channel="email",
    ) -> int:
        from pmp_followon.accounts.models import User

        self.user_seq += 1
        uid = self.w.add(
            User,
            email=f"{role[:4]}{self.user_seq}.s{ctx.index}@{DOMAIN}",
            display_name=self.name(),
            password="!",
            role=role,
            extra_roles=list(extra),
            is_clinical_lead=lead,
            service_id=ctx.id,
            mobile=mobile,
            preferred_channel=channel,
            date_joined=joined,
        )
        return uid

    # --- the whole run ----------------------------------------------------------------------
    def run(self) -> dict[str, int]:
        if connection.vendor != "postgresql":
            raise RuntimeError("seed_scale writes with COPY: it needs PostgreSQL (DATABASE_URL).")
        from pmp_followon.accounts.models import Service

        if Service.objects.filter(name__startswith="Scale pain service").exists():
            raise RuntimeError(
                "This database already holds a scale data set; use a fresh database."
            )
        self.say("screening the pool of post texts once each")
        self.calm, self.flagged = build_pool(
            self.rng, ordinary=self.pool_size[0], worrying=self.pool_size[1]
        )
        self.say(f"pool: {len(self.calm)} calm texts, {len(self.flagged)} flagged by the screener")
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO off")
        weights = [1 / (i + 1) ** ZIPF for i in range(self.n_services)]
        total = PROGRAMMES_PER_SERVICE_YEAR * self.n_services * self.years * self.factor
        sizes = [max(2, round(total * w / sum(weights))) for w in weights]
        with ForeignKeysSetAside(self.say):
            for index, size in enumerate(sizes):
                with transaction.atomic():
                    ctx = self.service(index, size)
                    self.w.flush()
                written = sum(self.w.written.values())
                self.say(
                    f"service {index + 1}/{self.n_services}: {size:,} programmes, "
                    f"{len(ctx.participants):,} participants; {written:,} rows so far"
                )
            with transaction.atomic():
                self.w.close()
        with connection.cursor() as cursor:
            # VACUUM as well as ANALYZE: it sets the visibility map, as autovacuum does on a
            # live database, so index-only scans (the safeguarding report's post count) read
            # no table pages. VACUUM cannot run inside a transaction (a test's): ANALYZE there.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
            self.say(command)
            cursor.execute(command)
        with transaction.atomic():
            self.meta()  # after the keys are back and checked: the whole time
        self.say("done")
        return dict(self.w.written)

    def meta(self) -> None:
        import json

        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TABLE IF NOT EXISTS {META_TABLE} (id serial PRIMARY KEY, services int, "
                "years int, factor double precision, seeded_at timestamptz, seconds double "
                "precision, actors jsonb, counts jsonb)"
            )
            cursor.execute(
                f"INSERT INTO {META_TABLE} (services, years, factor, seeded_at, seconds, actors, "
                "counts) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                [
                    self.n_services,
                    self.years,
                    self.factor,
                    self.now,
                    time.monotonic() - self.started,
                    json.dumps(self.actors),
                    json.dumps(dict(self.w.written)),
                ],
            )

    # --- one service ------------------------------------------------------------------------
    def service(self, index: int, programmes: int) -> ServiceCtx:
        from pmp_followon.accounts.models import Service
        from programmes.models import ProgrammeSettings
        from safeguarding.models import EscalationPolicy

        town = TOWNS[index % len(TOWNS)]
        name = f"Scale pain service {index:02d} ({town})"
        opened = self.now - datetime.timedelta(days=365 * self.years + 200)
        sid = self.w.add(Service, name=name, phone=f"0300 555 {index:04d}", created_at=opened)
        ctx = ServiceCtx(
            index=index,
            id=sid,
            name=name,
            town=town,
            programmes=programmes,
            areas=[f"{town} {q}" for q in QUARTERS],
        )
        self.w.add(ProgrammeSettings, service_id=sid)
        self.policy = EscalationPolicy(service_id=sid).as_snapshot()
        self.staff(ctx, opened)
        self.w.add(
            EscalationPolicy, service_id=sid, on_call_id=ctx.lead, service_manager_id=ctx.admins[0]
        )
        self.venues(ctx, opened)
        plans = [self.programme(ctx, k) for k in range(programmes)]
        groups_part.groups(self, ctx, plans)
        return ctx

    def staff(self, ctx: ServiceCtx, joined) -> None:
        from allauth.mfa.models import Authenticator
        from allauth.mfa.utils import encrypt

        from pmp_followon.accounts.models import Role
        from safeguarding.models import RotaEntry

        secret = encrypt("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        count = 12 + ctx.programmes // 2
        admin = self.user(ctx, role=Role.SERVICE_ADMIN, joined=joined)
        ctx.admins.append(admin)
        ctx.lead = self.user(
            ctx,
            role=Role.CLINICIAN,
            joined=joined,
            lead=True,
            extra=[Role.SAFEGUARDING_REVIEWER],
            mobile=self.mobile(),
            channel="sms",
        )
        duty = self.user(
            ctx,
            role=Role.CLINICIAN,
            joined=joined,
            extra=[Role.SAFEGUARDING_REVIEWER],
            mobile=self.mobile(),
            channel="sms",
        )
        ctx.clinicians += [ctx.lead, duty]
        ctx.reviewers += [ctx.lead, duty]
        for _ in range(count - 3):
            pick = self.rng.random()
            if pick < 0.60:
                ctx.clinicians.append(self.user(ctx, role=Role.CLINICIAN, joined=joined))
            elif pick < 0.85:
                ctx.ptvs.append(self.user(ctx, role=Role.PTV, joined=joined))
            elif pick < 0.95:
                ctx.reviewers.append(
                    self.user(
                        ctx,
                        role=Role.SAFEGUARDING_REVIEWER,
                        joined=joined,
                        mobile=self.mobile(),
                        channel="sms",
                    )
                )
            else:
                ctx.admins.append(self.user(ctx, role=Role.SERVICE_ADMIN, joined=joined))
        if not ctx.ptvs:
            ctx.ptvs.append(self.user(ctx, role=Role.PTV, joined=joined))
        for uid in ctx.admins + ctx.clinicians + ctx.ptvs + ctx.reviewers[2:]:
            self.w.add(
                Authenticator,
                user_id=uid,
                type=Authenticator.Type.TOTP,
                data={"secret": secret},
                created_at=joined,
            )
        for weekday in range(5):
            for position, person in (
                ("duty", duty),
                ("backup", ctx.reviewers[-1]),
                ("lead", ctx.lead),
            ):
                self.w.add(
                    RotaEntry,
                    service_id=ctx.id,
                    position=position,
                    person_id=person,
                    weekday=weekday,
                    created_at=joined,
                    created_by_id=ctx.admins[0],
                )
        if ctx.index == 0:
            self.actors.update(admin=admin, lead=ctx.lead, duty=duty, service=ctx.id)

    def venues(self, ctx: ServiceCtx, created) -> None:
        from groups.models import Venue

        for n in range(6 + ctx.programmes // 15):
            kind, word = self.rng.choice(VENUE_WORDS)
            area = self.rng.choice(ctx.areas)
            vname = f"{area.split()[-1]} {word} {n + 1}"
            vid = self.w.add(
                Venue,
                service_id=ctx.id,
                name=vname,
                kind=kind,
                area=area,
                address=f"{n + 1} High Street, {ctx.town}",
                step_free=self.rng.choice(["yes", "yes", "no", "unknown"]),
                back_support_seating=self.rng.choice(["yes", "no", "unknown"]),
                accessible_toilet=self.rng.choice(["yes", "no", "unknown"]),
                parking_distance_m=self.rng.choice([None, 50, 100, 250]),
                bus_stop_distance_m=self.rng.choice([None, 80, 150, 400]),
                noise=self.rng.choice(["quiet", "moderate", "noisy", "unknown"]),
                created_at=created,
                updated_at=created,
                created_by_id=ctx.lead,
            )
            ctx.venues.append((vid, vname))

    # --- one programme ------------------------------------------------------------------------
    def programme(self, ctx: ServiceCtx, k: int) -> dict:
        from programmes import schedule
        from programmes.models import (
            CLINICAL_DISCIPLINES,
            Attendance,
            Enrolment,
            Facilitator,
            FirstMeetingPlan,
            HandoverStep,
            ParticipantChoice,
            Programme,
            ProgrammeEvent,
            ProgrammeSession,
        )

        rng = self.rng
        offset = rng.uniform(-365 * self.years, 90)
        day = self.today + datetime.timedelta(days=offset)
        day += datetime.timedelta(days=(-day.weekday()) % 7 + rng.randint(0, 4))
        count = rng.choice([8, 10, 10, 10, 10, 12])
        dates = schedule.weekly_dates(day, count)
        start = rng.choice([datetime.time(10, 0), datetime.time(13, 30)])
        minutes = rng.choice([150, 180, 180])
        starts = [schedule.local_to_utc(d, start, ZONE) for d in dates]
        ends = [s + datetime.timedelta(minutes=minutes) for s in starts]
        created = starts[0] - datetime.timedelta(days=rng.randint(40, 90))
        if starts[0] > self.now:
            status = "cancelled" if rng.random() < 0.03 else "planned"
        elif ends[-1] <= self.now:
            status = "finished"
        else:
            status = "running"
        clinicians = rng.sample(ctx.clinicians, min(2, len(ctx.clinicians)))
        if ctx.index == 0 and k % 10 == 0 and ctx.lead not in clinicians:
            clinicians[0] = ctx.lead
        ptv = rng.choice(ctx.ptvs)
        pid = self.w.add(
            Programme,
            service_id=ctx.id,
            name=f"{dates[0]:%A} PMP {rng.choice(ctx.areas)} {dates[0]:%b %Y} ({k + 1})",
            venue=f"{ctx.town} Hospital, outpatients",
            weekday=dates[0].weekday(),
            start_time=start,
            session_minutes=minutes,
            first_session_date=dates[0],
            session_count=count,
            status=status,
            created_by_id=clinicians[0],
            created_at=created,
            updated_at=min(self.now, ends[-1]),
            cancelled_reason="Not enough referrals this term." if status == "cancelled" else "",
        )
        sessions = [
            self.w.add(
                ProgrammeSession,
                programme_id=pid,
                number=n + 1,
                starts_at=starts[n],
                ends_at=ends[n],
            )
            for n in range(count)
        ]
        for uid in clinicians:
            self.w.add(
                Facilitator,
                programme_id=pid,
                user_id=uid,
                discipline=rng.choice(sorted(CLINICAL_DISCIPLINES)),
                added_by_id=clinicians[0],
                added_at=created,
            )
        self.w.add(
            Facilitator,
            programme_id=pid,
            user_id=ptv,
            discipline="ptv",
            added_by_id=clinicians[0],
            added_at=created,
        )
        for kind, back in (("introduce", 2), ("agree", 1), ("confirm", 0)):
            number = count - back
            done = ends[number - 1] <= self.now and status != "cancelled"
            self.w.add(
                HandoverStep,
                programme_id=pid,
                kind=kind,
                session_id=sessions[number - 1],
                ptv_id=ptv,
                completed_at=ends[number - 1] if done else None,
                completed_by_id=clinicians[0] if done else None,
            )
        self.w.add(
            ProgrammeEvent,
            service_id=ctx.id,
            programme_id=pid,
            actor_id=clinicians[0],
            verb="programme_created",
            at=created,
            detail={"sessions": [s.isoformat() for s in starts]},
        )

        keen: list[int] = []
        volunteers: list[int] = []
        for _ in range(rng.randint(9, 14)):
            has_mobile = rng.random() < 0.6
            channel = "sms" if has_mobile and rng.random() < 0.4 else "email"
            mobile = self.mobile() if has_mobile else ""
            person = self.user(
                ctx, role="participant", joined=created, mobile=mobile, channel=channel
            )
            ctx.participants.append((person, channel, mobile))
            ctx.channels[person] = channel
            withdrawn_after = None
            if status == "cancelled":
                estatus, changed = "withdrawn", created + datetime.timedelta(days=20)
            elif rng.random() < (0.10 if status == "finished" else 0.04):
                withdrawn_after = rng.randint(1, count - 1)
                estatus, changed = "withdrawn", ends[withdrawn_after - 1]
                if changed > self.now:
                    estatus, changed, withdrawn_after = "enrolled", None, None
            elif status == "finished":
                estatus, changed = "completed", ends[-1]
            else:
                estatus, changed = "enrolled", None
            eid = self.w.add(
                Enrolment,
                programme_id=pid,
                participant_id=person,
                referral_source=rng.choice(["gp", "specialist"]),
                referral_date=(created - datetime.timedelta(days=rng.randint(10, 120))).date(),
                status=estatus,
                status_changed_at=changed,
                enrolled_by_id=clinicians[0],
                enrolled_at=created,
                withdrawn_reason=(
                    "The programme was cancelled."
                    if status == "cancelled"
                    else "Could not get time off work."
                    if estatus == "withdrawn"
                    else ""
                ),
            )
            if status != "cancelled":
                for n in range(count):
                    if ends[n] > self.now or (withdrawn_after and n >= withdrawn_after):
                        break
                    self.w.add(
                        Attendance,
                        session_id=sessions[n],
                        enrolment_id=eid,
                        attended=rng.random() < 0.85,
                        recorded_by_id=clinicians[0],
                        recorded_at=ends[n],
                    )
            if estatus == "completed":
                pick = rng.random()
                choice = (
                    "keen" if pick < 0.6 else "keen_unsuitable" if pick < 0.75 else "prefer_not"
                )
                volunteer = choice == "keen" and rng.random() < 0.3
                self.w.add(
                    ParticipantChoice,
                    enrolment_id=eid,
                    continue_choice=choice,
                    reasons=["commitments"] if choice == "prefer_not" else [],
                    unsuitable_time=choice == "keen_unsuitable",
                    volunteers_to_organise=volunteer,
                    recorded_by_id=person,
                    updated_at=ends[-2],
                )
                if choice != "prefer_not":
                    (volunteers if volunteer else keen).append(person)
        plan = {
            "id": pid,
            "status": status,
            "last_end": ends[-1],
            "ptv": ptv,
            "clinician": clinicians[0],
            "members": volunteers + keen,
            "has_lead": ctx.lead in clinicians,
        }
        first = None
        if status == "finished" and len(plan["members"]) >= 3:
            first_day = (ends[-1] + datetime.timedelta(weeks=5)).astimezone(ZONE).date()
            first = self.at(first_day, 10, 30)
            plan["first_meeting"] = first
            plan["first_venue"] = rng.choice(ctx.venues)
        self.w.add(
            FirstMeetingPlan,
            programme_id=pid,
            starts_at=first,
            venue=plan["first_venue"][1] if first else "",
            ptv_id=ptv,
            confirmed_at=ends[-1] if first else None,
            confirmed_by_id=clinicians[0] if first else None,
            updated_at=ends[-1] if first else created,
        )
        if status == "running" and ctx.index == 0:
            self.actors.setdefault("programme", pid)
        return plan
