"""The evaluation export: one zip of pseudonymised CSV files and a data dictionary.

Every id is replaced by a random key made for this export only (two exports cannot be
joined on keys). No names, email addresses, phone numbers, addresses, venue names, free
text (reasons in people's own words, notes, place descriptions) or post text: only codes,
dates and counts. Row-level data, so it is not small-number suppressed: it is for a
service evaluation or a study under the service's data-sharing rules.
"""

from __future__ import annotations

import csv
import datetime
import io
import secrets
import zipfile
from dataclasses import dataclass

from django.db.models import Exists, OuterRef

from groups.models import Attendance, Group, Meeting, Membership
from pmp_followon.accounts.models import Role, Service, User
from programmes.models import ContactCheck, ContactConsent, Enrolment

from .selectors.common import (
    ReportFilter,
    held_meetings,
    participant_attendance,
    service_programmes,
)


class Keys:
    """Random keys for one export: the same object gets the same key within it."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.keys: dict[int, str] = {}
        self.used: set[str] = set()

    def __call__(self, pk: int | None) -> str:
        if pk is None:
            return ""
        if pk not in self.keys:
            key = f"{self.prefix}{secrets.token_hex(5)}"
            while key in self.used:
                key = f"{self.prefix}{secrets.token_hex(5)}"
            self.used.add(key)
            self.keys[pk] = key
        return self.keys[pk]


DICTIONARY = [
    ("participants.csv", "participant", "Random key for a participant (this export only)"),
    ("participants.csv", "gender", "woman, man, other, not_stated; blank if not recorded"),
    ("participants.csv", "year_of_birth", "Year of birth; blank if not recorded"),
    (
        "participants.csv",
        "ethnic_category",
        "NHS data dictionary ethnic category code (A to S, Z not stated); blank if not recorded",
    ),
    ("participants.csv", "condition_category", "Broad condition group; blank if not recorded"),
    (
        "participants.csv",
        "came_to_a_group_meeting",
        "yes if they came to at least one follow-on group meeting that was held",
    ),
    ("programmes.csv", "programme", "Random key for a programme"),
    ("programmes.csv", "sessions", "Number of weekly sessions"),
    ("programmes.csv", "first_session", "Date of the first session (local)"),
    ("programmes.csv", "last_session", "Date of the last session (local)"),
    ("programmes.csv", "status", "planned, running, finished"),
    ("enrolments.csv", "participant", "Participant key"),
    ("enrolments.csv", "programme", "Programme key"),
    ("enrolments.csv", "referral_source", "gp or specialist"),
    ("enrolments.csv", "status", "enrolled (still taking part), completed, withdrawn"),
    (
        "enrolments.csv",
        "continue_choice",
        "keen, keen_unsuitable, prefer_not; blank if no answer recorded",
    ),
    ("enrolments.csv", "reasons", "Reason codes for not continuing, separated by spaces"),
    ("enrolments.csv", "shared_contacts", "yes if they currently share a contact detail"),
    ("enrolments.csv", "contacts_checked", "yes if a shared detail was checked with a code"),
    ("groups.csv", "group", "Random key for a group"),
    ("groups.csv", "programmes", "Keys of the programmes it came from, separated by spaces"),
    ("groups.csv", "area", "Area as the group describes it (a town or district)"),
    ("groups.csv", "status", "forming, active, dormant, closed"),
    ("groups.csv", "created", "Date the group was set up"),
    (
        "groups.csv",
        "formed",
        "Date it formed (3 or more participants met face to face after "
        "their programme); blank if not",
    ),
    ("groups.csv", "closed", "Date its coordinators closed it; blank if open"),
    ("groups.csv", "rhythm", "How often the group says it meets"),
    ("groups.csv", "keeps_in_touch", "Channel codes, separated by spaces"),
    ("groups.csv", "purposes", "Purpose codes, separated by spaces"),
    ("memberships.csv", "group", "Group key"),
    ("memberships.csv", "participant", "Participant key"),
    ("memberships.csv", "status", "active, paused, left"),
    ("memberships.csv", "joined", "Date joined"),
    ("memberships.csv", "ended", "Date left; blank if still a member"),
    ("memberships.csv", "left_reason", "Reason code given on leaving; blank if none"),
    ("meetings.csv", "meeting", "Random key for a meeting"),
    ("meetings.csv", "group", "Group key"),
    ("meetings.csv", "date", "Date (local)"),
    ("meetings.csv", "mode", "in_person or online"),
    (
        "meetings.csv",
        "venue_kind",
        "cafe, community, pub, restaurant, outdoors, other; "
        "blank when described in the group's own words",
    ),
    (
        "meetings.csv",
        "held",
        "yes if it took place (planned, started, not recorded as nobody coming)",
    ),
    ("meetings.csv", "status", "scheduled, cancelled, proposed"),
    ("attendance.csv", "meeting", "Meeting key"),
    ("attendance.csv", "participant", "Participant key"),
    ("attendance.csv", "came", "yes or no, as recorded by the coordinator"),
]


@dataclass(frozen=True)
class EvaluationExport:
    filename: str
    content: bytes
    row_counts: dict[str, int]


def _csv(header: list[str], rows) -> tuple[str, int]:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return out.getvalue(), count


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def build_evaluation_export(
    service: Service, flt: ReportFilter, *, now: datetime.datetime
) -> EvaluationExport:
    zone = service.zone

    def day(moment: datetime.datetime | None) -> str:
        return moment.astimezone(zone).date().isoformat() if moment else ""

    person_key, programme_key = Keys("P-"), Keys("R-")
    group_key, meeting_key = Keys("G-"), Keys("M-")
    programmes = list(service_programmes(service, flt).order_by("first_session_date", "pk"))
    programme_ids = [p.pk for p in programmes]
    files: dict[str, tuple[str, int]] = {}
    files["programmes.csv"] = _csv(
        ["programme", "sessions", "first_session", "last_session", "status"],
        (
            [
                programme_key(p.pk),
                p.session_count,
                p.first_session_date.isoformat(),
                day(p.programme_end),
                p.status,
            ]
            for p in programmes
        ),
    )
    checked = ContactCheck.objects.filter(
        user_id=OuterRef(OuterRef("participant_id")),
        value=OuterRef("value"),
        verified_at__isnull=False,
    )
    consents = ContactConsent.objects.filter(enrolment=OuterRef("pk"), withdrawn_at__isnull=True)
    enrolments = (
        Enrolment.objects.filter(programme_id__in=programme_ids)
        .annotate(shares=Exists(consents), checked=Exists(consents.filter(Exists(checked))))
        .select_related("choice")
        .order_by("programme_id", "pk")
    )
    enrolment_rows = []
    people_ids: set[int] = set()
    for e in enrolments:
        choice = getattr(e, "choice", None)  # None when no answer was recorded
        people_ids.add(e.participant_id)
        enrolment_rows.append(
            [
                person_key(e.participant_id),
                programme_key(e.programme_id),
                e.referral_source,
                e.status,
                choice.continue_choice if choice else "",
                " ".join(choice.reasons) if choice else "",
                _yes(e.shares),
                _yes(e.checked),
            ]
        )
    files["enrolments.csv"] = _csv(
        [
            "participant",
            "programme",
            "referral_source",
            "status",
            "continue_choice",
            "reasons",
            "shared_contacts",
            "contacts_checked",
        ],
        enrolment_rows,
    )

    came = participant_attendance(now).filter(
        person=OuterRef("pk"), meeting__group__service=service
    )
    people = (
        User.objects.filter(pk__in=people_ids, role=Role.PARTICIPANT)
        .annotate(came=Exists(came))
        .select_related("evaluation_profile")
        .order_by("pk")
    )

    def profile_row(user: User) -> list:
        profile = getattr(user, "evaluation_profile", None)
        if profile is None or not profile.agreed:
            return [person_key(user.pk), "", "", "", "", _yes(user.came)]
        return [
            person_key(user.pk),
            profile.gender,
            profile.year_of_birth or "",
            profile.ethnic_category,
            profile.condition_category,
            _yes(user.came),
        ]

    files["participants.csv"] = _csv(
        [
            "participant",
            "gender",
            "year_of_birth",
            "ethnic_category",
            "condition_category",
            "came_to_a_group_meeting",
        ],
        (profile_row(u) for u in people),
    )

    groups = Group.objects.filter(service=service).prefetch_related("origin_programmes")
    if flt.programme_id:
        groups = groups.filter(origin_programmes=flt.programme_id)
    elif flt.since is not None or flt.until is not None:
        groups = groups.filter(origin_programmes__in=programme_ids).distinct()
    if flt.area:
        groups = groups.filter(area__iexact=flt.area)
    if flt.group_status:
        groups = groups.filter(status=flt.group_status)
    groups = list(groups.order_by("pk"))
    group_ids = [g.pk for g in groups]
    files["groups.csv"] = _csv(
        [
            "group",
            "programmes",
            "area",
            "status",
            "created",
            "formed",
            "closed",
            "rhythm",
            "keeps_in_touch",
            "purposes",
        ],
        (
            [
                group_key(g.pk),
                " ".join(programme_key(p.pk) for p in g.origin_programmes.all()),
                g.area,
                g.status,
                day(g.created_at),
                day(g.formed_at),
                day(g.closed_at),
                g.rhythm,
                " ".join(g.keeps_in_touch),
                " ".join(g.purposes),
            ]
            for g in groups
        ),
    )
    memberships = Membership.objects.filter(
        group_id__in=group_ids, person__role=Role.PARTICIPANT
    ).order_by("group_id", "pk")
    files["memberships.csv"] = _csv(
        ["group", "participant", "status", "joined", "ended", "left_reason"],
        (
            [
                group_key(m.group_id),
                person_key(m.person_id),
                m.status,
                day(m.joined_at),
                day(m.ended_at),
                m.left_reason,
            ]
            for m in memberships
        ),
    )
    held = held_meetings(now).filter(pk=OuterRef("pk"))
    meetings = (
        Meeting.objects.filter(group_id__in=group_ids)
        .annotate(held=Exists(held))
        .select_related("venue")
        .order_by("group_id", "starts_at")
    )
    files["meetings.csv"] = _csv(
        ["meeting", "group", "date", "mode", "venue_kind", "held", "status"],
        (
            [
                meeting_key(m.pk),
                group_key(m.group_id),
                day(m.starts_at),
                m.mode,
                m.venue.kind if m.venue_id else "",
                _yes(m.held),
                m.status,
            ]
            for m in meetings
        ),
    )
    attendance = Attendance.objects.filter(
        meeting__group_id__in=group_ids, person__role=Role.PARTICIPANT
    ).order_by("meeting_id", "pk")
    files["attendance.csv"] = _csv(
        ["meeting", "participant", "came"],
        (
            [meeting_key(a.meeting_id), person_key(a.person_id), _yes(a.attended)]
            for a in attendance
        ),
    )
    files["data_dictionary.csv"] = _csv(["file", "column", "meaning"], DICTIONARY)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (text, _count) in files.items():
            archive.writestr(name, text)
    stamp = now.astimezone(zone).strftime("%Y-%m-%d")
    return EvaluationExport(
        filename=f"evaluation-export-{stamp}.zip",
        content=buffer.getvalue(),
        row_counts={name: count for name, (_text, count) in files.items()},
    )
