"""The groups table (the columns of Table 2 of the study) and group life (attendance over
time, survival to last contact), from the meetings actually held.

A fixed number of queries whatever the number of groups: one for the groups with their
per-group facts as subqueries, and one each for gap bands, venue kinds, ages and monthly
attendance, all grouped in the database.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import (
    Case,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    Min,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, Lag, TruncMonth
from django.utils.translation import gettext_lazy as _

from groups.models import (
    Attendance,
    Group,
    GroupStatus,
    KeepInTouch,
    Membership,
    MembershipRole,
    Post,
    Purpose,
    VenueKind,
)
from pmp_followon.accounts.models import Role, Service
from programmes.models import ProgrammeSession
from reports.models import Gender

from ..suppression import People, suppress
from ..survival import Survival, kaplan_meier
from .common import (
    EPOCH,
    Column,
    ReportFilter,
    Table,
    decade_label,
    held_face_to_face,
    held_meetings,
    months_between,
    participant_attendance,
)

# Typical gap between meetings, in days: each band is the paper's wording.
GAP_BANDS = (
    ("fortnightly", _("Fortnightly"), 21),
    ("monthly", _("Monthly"), 45),
    ("6_8_weeks", _("Every 6 to 8 weeks"), 63),
    ("2_3_months", _("Every 2 to 3 months"), 106),
    ("longer", _("Less often than every 3 months"), None),
)
FREQUENCY_LABELS = {key: label for key, label, _days in GAP_BANDS}
IRREGULAR = _("Irregular")
ONCE = _("Met once")
NOT_MET = _("Not met yet")
# A group's rhythm is the band holding at least this share of its gaps; otherwise irregular.
REGULAR_SHARE = 0.6
OWN_WORDS = _("Other place (in their own words, for example a home)")


@dataclass
class GroupRow:
    pk: int
    name: str
    area: str
    status: str
    status_label: str
    formed: bool
    programme_end: datetime.datetime | None
    start: datetime.datetime | None
    meetings_held: int
    last_meeting: datetime.datetime | None
    last_member_post: datetime.datetime | None
    max_attending: People
    max_men: People
    max_women: People
    max_other: People
    latest_attending: People
    latest_men: People
    latest_women: People
    latest_other: People
    frequency: str
    venues: list[str]
    age_range: str
    keeps_in_touch: list[str]
    purposes: list[str]
    duration_months: int | None
    still_meeting: bool
    ptv_support: str
    trend: str
    monthly: list[tuple[datetime.date, People]] = field(default_factory=list)

    @property
    def last_contact(self) -> datetime.datetime | None:
        moments = [m for m in (self.last_meeting, self.last_member_post) if m is not None]
        return max(moments) if moments else None

    @property
    def attending_text(self) -> str:
        """The paper's wording: "8 reduced to 6 (1 man, 5 women)"."""
        split = _("%(men)s men, %(women)s women, %(other)s other or not recorded") % {
            "men": self.latest_men,
            "women": self.latest_women,
            "other": self.latest_other,
        }
        if self.max_attending.value == 0:
            return str(_("Nobody recorded"))
        if self.latest_attending.value < self.max_attending.value:
            return str(
                _("%(max)s reduced to %(latest)s (%(split)s)")
                % {"max": self.max_attending, "latest": self.latest_attending, "split": split}
            )
        return f"{self.max_attending} ({split})"


def _count_of(queryset, field_name: str = "pk"):
    """A correlated subquery that counts rows (0 when there are none)."""
    counted = queryset.order_by().values(field_name).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted[:1]), 0)


def group_queryset(service: Service, flt: ReportFilter, *, now: datetime.datetime):
    last_end = (
        ProgrammeSession.objects.filter(programme__follow_on_groups=OuterRef("pk"))
        .order_by("-ends_at")
        .values("ends_at")[:1]
    )
    groups = Group.objects.filter(service=service).annotate(programme_end=Subquery(last_end))
    if flt.programme_id:
        groups = groups.filter(origin_programmes=flt.programme_id)
    if flt.area:
        groups = groups.filter(area__iexact=flt.area)
    if flt.group_status:
        groups = groups.filter(status=flt.group_status)
    if flt.since is not None or flt.until is not None:
        anchor = Coalesce("programme_end", "created_at")
        groups = groups.annotate(period_anchor=anchor)
        if flt.since is not None:
            groups = groups.filter(period_anchor__gte=flt.since)
        if flt.until is not None:
            groups = groups.filter(period_anchor__lt=flt.until)

    held = held_meetings(now).filter(group=OuterRef("pk"))
    face = held_face_to_face(now).filter(group=OuterRef("pk"))
    after_end = face.filter(starts_at__gte=Coalesce(OuterRef("programme_end"), Value(EPOCH)))
    per_meeting = (
        participant_attendance(now)
        .filter(meeting__group=OuterRef("pk"))
        .order_by()
        .values("meeting_id")
        .annotate(
            n=Count("pk"),
            men=Count("pk", filter=Q(person__evaluation_profile__gender=Gender.MAN)),
            women=Count("pk", filter=Q(person__evaluation_profile__gender=Gender.WOMAN)),
            first=Min("meeting__starts_at"),
        )
    )
    biggest = per_meeting.order_by("-n", "first")
    latest = per_meeting.order_by("-first")
    # Posting needs membership, so a participant's post is a member's post.
    member_posts = Post.objects.filter(
        group=OuterRef("pk"), author__role=Role.PARTICIPANT, created_at__lte=now
    )
    return groups.annotate(
        start=Subquery(after_end.order_by("starts_at").values("starts_at")[:1]),
        meetings_held=_count_of(held, "group"),
        last_meeting=Subquery(held.order_by("-starts_at").values("starts_at")[:1]),
        last_member_post=Subquery(member_posts.order_by("-created_at").values("created_at")[:1]),
        max_n=Subquery(biggest.values("n")[:1]),
        max_men=Subquery(biggest.values("men")[:1]),
        max_women=Subquery(biggest.values("women")[:1]),
        latest_n=Subquery(latest.values("n")[:1]),
        latest_men=Subquery(latest.values("men")[:1]),
        latest_women=Subquery(latest.values("women")[:1]),
        has_ptv=Exists(
            Membership.objects.filter(group=OuterRef("pk"), role=MembershipRole.PTV_SUPPORTER)
        ),
        ptv_meetings=Coalesce(
            Subquery(
                Attendance.objects.filter(
                    meeting__group=OuterRef("pk"),
                    attended=True,
                    meeting__in=held_meetings(now),
                    person__group_memberships__group=OuterRef("pk"),
                    person__group_memberships__role=MembershipRole.PTV_SUPPORTER,
                )
                .order_by()
                .values("meeting__group")
                .annotate(n=Count("pk"))
                .values("n")[:1]
            ),
            0,
        ),
    ).order_by("name", "pk")


def _gap_bands(group_ids: list[int], now: datetime.datetime) -> dict[int, dict[str, int]]:
    """How many gaps between successive meetings held fall in each band, per group: the
    gaps come from a window function, counted by band in the database."""
    if not group_ids:
        return {}
    gap = ExpressionWrapper(
        F("starts_at")
        - Window(Lag("starts_at"), partition_by=[F("group_id")], order_by=F("starts_at").asc()),
        output_field=DurationField(),
    )
    whens = [
        When(gap__lte=datetime.timedelta(days=days), then=Value(key))
        for key, _label, days in GAP_BANDS
        if days is not None
    ]
    inner = (
        held_meetings(now)
        .filter(group_id__in=group_ids)
        .annotate(gap=gap)
        .annotate(
            band=Case(*whens, When(gap__isnull=False, then=Value("longer")), default=Value(""))
        )
        .values("group_id", "band")
    )
    sql, params = inner.query.sql_with_params()
    # Aggregating over a window function needs an outer query (Django cannot group it).
    outer = (
        'SELECT "group_id", "band", COUNT(*) FROM (' + sql + ") gaps "  # noqa: S608
        'WHERE "band" <> \'\' GROUP BY "group_id", "band"'
    )
    bands: dict[int, dict[str, int]] = defaultdict(dict)
    with connection.cursor() as cursor:
        cursor.execute(outer, params)
        for group_id, band, n in cursor.fetchall():
            bands[group_id][band] = n
    return bands


def frequency_label(meetings_held: int, bands: dict[str, int]) -> str:
    if meetings_held == 0:
        return str(NOT_MET)
    if meetings_held == 1 or not bands:
        return str(ONCE)
    total = sum(bands.values())
    band, count = max(bands.items(), key=lambda item: (item[1], item[0] != "longer"))
    if count / total < REGULAR_SHARE:
        return str(IRREGULAR)
    return str(FREQUENCY_LABELS[band])


def _venue_kinds(group_ids: list[int], now: datetime.datetime) -> dict[int, list[str]]:
    labels = dict(VenueKind.choices)
    kinds: dict[int, list[str]] = defaultdict(list)
    for group_id, kind, _n in (
        held_face_to_face(now)
        .filter(group_id__in=group_ids)
        .order_by()
        .values("group_id", "venue__kind")
        .annotate(n=Count("pk"))
        .order_by("group_id", "-n", "venue__kind")
        .values_list("group_id", "venue__kind", "n")
    ):
        kinds[group_id].append(str(labels.get(kind, OWN_WORDS)))
    return kinds


def _age_ranges(group_ids: list[int], now: datetime.datetime) -> dict[int, str]:
    rows = (
        Membership.objects.filter(
            group_id__in=group_ids,
            person__role=Role.PARTICIPANT,
            person__evaluation_profile__year_of_birth__isnull=False,
        )
        .order_by()
        .values("group_id")
        .annotate(
            oldest=Min("person__evaluation_profile__year_of_birth"),
            youngest=Max("person__evaluation_profile__year_of_birth"),
            n=Count("pk"),
        )
        .values_list("group_id", "oldest", "youngest", "n")
    )
    ranges = {}
    for group_id, oldest, youngest, _n in rows:
        low, high = decade_label(now.year - youngest), decade_label(now.year - oldest)
        ranges[group_id] = low if low == high else f"{low} to {high}"
    return ranges


def _monthly_attendance(
    group_ids: list[int], now: datetime.datetime, zone
) -> dict[int, list[tuple[datetime.date, int]]]:
    """Different participants who came to the group's meetings in each month."""
    series: dict[int, list[tuple[datetime.date, int]]] = defaultdict(list)
    for group_id, month, people in (
        participant_attendance(now)
        .filter(meeting__group_id__in=group_ids)
        .annotate(month=TruncMonth("meeting__starts_at", tzinfo=zone))
        .order_by()
        .values("meeting__group_id", "month")
        .annotate(people=Count("person", distinct=True))
        .order_by("meeting__group_id", "month")
        .values_list("meeting__group_id", "month", "people")
    ):
        day = month.date() if isinstance(month, datetime.datetime) else month
        series[group_id].append((day, people))
    return series


def attendance_trend(series: list[tuple[datetime.date, int]]) -> str:
    """Rising, steady or falling: the last third of the months against the first third."""
    if len(series) < 2:
        return "-"
    third = max(len(series) // 3, 1)
    first = sum(n for _m, n in series[:third]) / third
    last = sum(n for _m, n in series[-third:]) / third
    if last < first * 0.8:
        return str(_("Falling"))
    if last > first * 1.2:
        return str(_("Rising"))
    return str(_("Steady"))


def _ptv_text(has_ptv: bool, visits: int) -> str:
    if not has_ptv:
        return str(_("No"))
    if visits == 0:
        return str(_("Offered, no meetings recorded"))
    return str(_("Yes, at %(n)s meetings") % {"n": visits})


def group_rows(service: Service, flt: ReportFilter, *, now: datetime.datetime) -> list[GroupRow]:
    groups = list(group_queryset(service, flt, now=now))
    ids = [g.pk for g in groups]
    bands = _gap_bands(ids, now)
    venues = _venue_kinds(ids, now)
    ages = _age_ranges(ids, now)
    monthly = _monthly_attendance(ids, now, service.zone)
    touch = dict(KeepInTouch.choices)
    purposes = dict(Purpose.choices)
    statuses = dict(GroupStatus.choices)
    rows = []
    for g in groups:
        max_n, latest_n = People(g.max_n or 0), People(g.latest_n or 0)
        max_men, max_women = People(g.max_men or 0), People(g.max_women or 0)
        latest_men, latest_women = People(g.latest_men or 0), People(g.latest_women or 0)
        row = GroupRow(
            pk=g.pk,
            name=g.name,
            area=g.area,
            status=g.status,
            status_label=str(statuses.get(g.status, g.status)),
            formed=g.formed_at is not None,
            programme_end=g.programme_end,
            start=g.start,
            meetings_held=g.meetings_held,
            last_meeting=g.last_meeting,
            last_member_post=g.last_member_post,
            max_attending=max_n,
            max_men=max_men,
            max_women=max_women,
            max_other=People(max_n.value - max_men.value - max_women.value),
            latest_attending=latest_n,
            latest_men=latest_men,
            latest_women=latest_women,
            latest_other=People(latest_n.value - latest_men.value - latest_women.value),
            frequency=frequency_label(g.meetings_held, bands.get(g.pk, {})),
            venues=venues.get(g.pk, []),
            age_range=ages.get(g.pk, ""),
            keeps_in_touch=[str(touch[v]) for v in g.keeps_in_touch if v in touch],
            purposes=[str(purposes[v]) for v in g.purposes if v in purposes],
            duration_months=None,
            still_meeting=g.status in (GroupStatus.FORMING, GroupStatus.ACTIVE),
            ptv_support=_ptv_text(g.has_ptv, g.ptv_meetings),
            trend=attendance_trend(monthly.get(g.pk, [])),
            monthly=[(m, People(n)) for m, n in monthly.get(g.pk, [])],
        )
        anchor = g.programme_end or g.created_at
        if row.last_contact is not None:
            zone = service.zone
            row.duration_months = months_between(
                anchor.astimezone(zone).date(), row.last_contact.astimezone(zone).date()
            )
        rows.append(row)
    constraints = []
    for r in rows:
        constraints.append([r.max_men, r.max_women, r.max_other, r.max_attending])
        constraints.append([r.latest_men, r.latest_women, r.latest_other, r.latest_attending])
    suppress(constraints, [cell for r in rows for _m, cell in r.monthly])
    return rows


GROUP_COLUMNS = [
    Column("group", _("Group")),
    Column("area", _("Area")),
    Column("start", _("Start (first face-to-face meeting after the programme)")),
    Column("attending", _("Number attending at most, and at the latest meeting")),
    Column("max_attending", _("Most attending"), numeric=True),
    Column("max_men", _("Men (most)"), numeric=True),
    Column("max_women", _("Women (most)"), numeric=True),
    Column("max_other", _("Other or not recorded (most)"), numeric=True),
    Column("latest_attending", _("At the latest meeting"), numeric=True),
    Column("latest_men", _("Men (latest)"), numeric=True),
    Column("latest_women", _("Women (latest)"), numeric=True),
    Column("latest_other", _("Other or not recorded (latest)"), numeric=True),
    Column("frequency", _("How often")),
    Column("where", _("Where")),
    Column("ages", _("Age range")),
    Column("keep_in_touch", _("Ways of keeping in touch")),
    Column("duration", _("Months to last contact (meetings, and members' posts)"), numeric=True),
    Column("purposes", _("Main purposes")),
    Column("formed", _("Formed")),
    Column("status", _("Status")),
    Column("ptv", _("PTV support")),
    Column("trend", _("Attendance trend")),
]


def groups_table(rows: list[GroupRow], zone) -> Table:
    table = Table(key="groups", caption=str(_("Follow-on groups")), columns=GROUP_COLUMNS)
    for r in rows:
        start = r.start.astimezone(zone).strftime("%b %Y") if r.start else None
        table.row_keys.append(str(r.pk))
        table.rows.append(
            [
                r.name,
                r.area or None,
                start,
                r.attending_text,
                r.max_attending,
                r.max_men,
                r.max_women,
                r.max_other,
                r.latest_attending,
                r.latest_men,
                r.latest_women,
                r.latest_other,
                r.frequency,
                ", ".join(r.venues) or None,
                r.age_range or None,
                ", ".join(r.keeps_in_touch) or None,
                r.duration_months,
                ", ".join(r.purposes) or None,
                r.formed,
                r.status_label,
                r.ptv_support,
                r.trend,
            ]
        )
    return table


def survival_of(rows: list[GroupRow]) -> Survival:
    """Groups that formed and have had contact: ended when dormant or closed, otherwise
    censored (still meeting)."""
    return kaplan_meier(
        (r.duration_months, not r.still_meeting)
        for r in rows
        if r.formed and r.duration_months is not None
    )


def survival_table(survival: Survival) -> Table:
    table = Table(
        key="survival",
        caption=str(_("Groups still meeting, by months from the end of the programme")),
        columns=[
            Column("month", _("Months"), numeric=True),
            Column("at_risk", _("Groups followed to this month"), numeric=True),
            Column("ended", _("Groups that stopped"), numeric=True),
            Column("censored", _("Groups still meeting (followed no further)"), numeric=True),
            Column("surviving", _("Share still meeting (%)"), numeric=True),
        ],
    )
    for step in survival.steps:
        table.rows.append(
            [step.month, step.at_risk, step.ended, step.censored, round(100 * step.surviving, 1)]
        )
    return table


def attendance_table(rows: list[GroupRow]) -> Table:
    table = Table(
        key="attendance",
        caption=str(_("Different people attending each month")),
        columns=[
            Column("group", _("Group")),
            Column("month", _("Month")),
            Column("people", _("People attending"), numeric=True),
        ],
    )
    for r in rows:
        for month, people in r.monthly:
            table.rows.append([r.name, month.strftime("%b %Y"), people])
    return table
