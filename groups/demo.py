"""Demo groups for `manage.py seed_demo` at "Riverside Pain Service": a formed group
("Riverside Thursday group") with a history of meetings and attendance, a poll in progress,
a venue library with access details, ordinary posts, another group open to new members and
a get-together. The safeguarding demo adds its worrying posts afterwards; this never does.

Made through the services with the clock set to when each thing happened. Idempotent:
everything is looked up by name or text first, so a second run changes nothing.
"""

from __future__ import annotations

import datetime
from typing import TextIO

from pmp_followon.accounts.demo import demo_service
from pmp_followon.accounts.models import Service, User
from pmp_followon.notifications.models import Notification, Status
from programmes.models import Programme, ProgrammeStatus
from programmes.schedule import local_to_utc

from . import services
from .models import Gathering, Group, Meeting, MeetingStatus, Membership, Poll, Post, Venue
from .notice import SCREENING_NOTICE_VERSION

GROUP_NAME = "Riverside Thursday group"
OTHER_GROUP_NAME = "Northgate coffee morning"
PROGRAMME_NAME = "Riverside PMP: Tuesdays, summer"  # made by programmes' demo
GATHERING_TITLE = "Spring get-together for all our groups"

VENUES = [
    {
        "name": "The Mill Cafe",
        "kind": "cafe",
        "address": "1 Mill Lane, Riverside",
        "area": "Riverside",
        "step_free": "yes",
        "back_support_seating": "yes",
        "accessible_toilet": "yes",
        "parking_distance_m": 40,
        "bus_stop_distance_m": 150,
        "noise": "moderate",
        "accessibility_notes": "Ask for the quiet room at the back: it has armchairs.",
    },
    {
        "name": "Riverside Library Cafe",
        "kind": "cafe",
        "address": "Library, 8 High Street",
        "area": "Riverside",
        "step_free": "yes",
        "back_support_seating": "no",
        "accessible_toilet": "yes",
        "parking_distance_m": 200,
        "bus_stop_distance_m": 30,
        "noise": "quiet",
        "accessibility_notes": "Lift to the first floor. Chairs are hard: bring a cushion.",
    },
    {
        "name": "St Mark's Community Hall",
        "kind": "community",
        "address": "2 Church Street",
        "area": "Northgate",
        "step_free": "yes",
        "back_support_seating": "yes",
        "accessible_toilet": "yes",
        "parking_distance_m": 10,
        "bus_stop_distance_m": 300,
        "noise": "quiet",
        "accessibility_notes": "Ramp at the side door. Free parking.",
    },
    {
        "name": "The Kings Arms",
        "kind": "pub",
        "address": "14 Market Square",
        "area": "Riverside",
        "step_free": "no",
        "back_support_seating": "yes",
        "accessible_toilet": "no",
        "parking_distance_m": 120,
        "bus_stop_distance_m": 60,
        "noise": "noisy",
        "accessibility_notes": "Two steps at the door. Quieter before 6pm.",
    },
]

MEMBERS_FROM_DIRECTORY = [
    "sue@example.org",
    "linda@example.org",
    "tom@example.org",
    "ann@example.org",
]
FALLBACK_MEMBERS = ["member@example.org", *MEMBERS_FROM_DIRECTORY]

POSTS = [
    # days before now, author, text, replies (author, text)
    (
        20,
        "coordinator@example.org",
        "Lovely to see everyone at the Mill yesterday. Same time in two weeks?",
        [
            ("member@example.org", "Count me in. The quiet room was perfect."),
            ("sue@example.org", "Yes please! I'll bring the photos from the walk."),
        ],
    ),
    (
        9,
        "linda@example.org",
        "Has anyone tried the pacing app Priya mentioned? I keep "
        "forgetting to take breaks when I'm gardening.",
        [
            ("tom@example.org", "I set a kitchen timer. Low tech but it works for me."),
            ("coordinator@example.org", "Good idea Tom. Let's talk about it on Thursday."),
        ],
    ),
    (
        3,
        "ann@example.org",
        "Bit of a flare-up this week so I might not make Thursday. Hope it goes well!",
        [("member@example.org", "Look after yourself Ann. We'll save you a scone.")],
    ),
]


def _person(email: str) -> User | None:
    return User.objects.filter(email=email).first()


def _thursday_on_or_before(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=(day.weekday() - 3) % 7)


def _venues(clinician: User) -> dict[str, Venue]:
    venues = {}
    for spec in VENUES:
        venue = Venue.objects.filter(service=clinician.service, name=spec["name"]).first()
        venues[spec["name"]] = venue or services.venue_create(actor=clinician, **spec)
    return venues


def _finished_programme(service: Service) -> Programme | None:
    return (
        Programme.objects.filter(service=service, name=PROGRAMME_NAME).first()
        or Programme.objects.filter(service=service, status=ProgrammeStatus.FINISHED)
        .order_by("-first_session_date")
        .first()
    )


def _at(service: Service, day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return local_to_utc(day, datetime.time(hour, minute), service.zone)


def _make_group(
    service: Service,
    clinician: User,
    venues: dict[str, Venue],
    *,
    first_day: datetime.date,
    now: datetime.datetime,
) -> Group:
    coordinator = _person("coordinator@example.org")
    programme = _finished_programme(service)
    made_at = _at(service, first_day - datetime.timedelta(weeks=3), 11)
    group = None
    if programme is not None and not Group.objects.filter(origin_programmes=programme).exists():
        last = programme.sessions.order_by("-number").first()
        made_at = max(made_at, last.ends_at + datetime.timedelta(hours=1)) if last else made_at
        result = services.group_create_from_programme(
            actor=clinician,
            programme=programme,
            name=GROUP_NAME,
            area="Riverside",
            rhythm="fortnightly",
            purposes=["social", "techniques", "outings"],
            keeps_in_touch=["app", "whatsapp", "sms"],
            open_to_new_members=True,
            first_meeting=services.FirstMeeting(
                day=first_day, at=datetime.time(10, 30), venue=venues["The Mill Cafe"]
            ),
            now=made_at,
        )
        group = result.group
        if not Membership.objects.filter(group=group, person=coordinator).exists():
            services._members_add(
                group, coordinators=[coordinator], members=[], ptv=None, shares={}, now=made_at
            )
    if group is None:
        # No programme to start from (programmes' demo not run): a clinician sets it up.
        members = [p for p in map(_person, FALLBACK_MEMBERS) if p is not None]
        group = services.group_create(
            actor=clinician,
            service=service,
            name=GROUP_NAME,
            area="Riverside",
            rhythm="fortnightly",
            purposes=["social", "techniques", "outings"],
            keeps_in_touch=["app", "whatsapp", "sms"],
            open_to_new_members=True,
            coordinators=[coordinator],
            members=members,
            now=made_at,
        )
        services.meeting_schedule(
            actor=coordinator,
            group=group,
            day=first_day,
            at=datetime.time(10, 30),
            venue=venues["The Mill Cafe"],
            now=made_at,
        )
    # Others found the group in the directory and asked to join.
    joined_at = made_at + datetime.timedelta(days=2)
    for email in MEMBERS_FROM_DIRECTORY:
        person = _person(email)
        if person is None or Membership.objects.filter(group=group, person=person).exists():
            continue
        request = services.join_request_create(actor=person, group=group, now=joined_at)
        services.join_request_decide(
            actor=coordinator,
            request=request,
            accept=True,
            now=joined_at + datetime.timedelta(hours=3),
        )
    services.membership_sharing_update(
        actor=coordinator, group=group, share_email=True, share_mobile=True, now=joined_at
    )
    return group


def _history(
    group: Group, venues: dict[str, Venue], *, first_day: datetime.date, now: datetime.datetime
) -> None:
    service = group.service
    coordinator = _person("coordinator@example.org")
    came_first = [
        "coordinator@example.org",
        "member@example.org",
        "jean@example.org",
        "alan@example.org",
        "sue@example.org",
        "linda@example.org",
    ]
    came_second = [
        "coordinator@example.org",
        "member@example.org",
        "tom@example.org",
        "alan@example.org",
        "linda@example.org",
    ]
    first = (
        Meeting.objects.filter(group=group, status=MeetingStatus.SCHEDULED)
        .order_by("starts_at")
        .first()
    )
    planned = first.ends_at + datetime.timedelta(days=1)
    # The group meets fortnightly: the app suggested the next meeting when the first was
    # planned; the coordinator moved it to the library and confirmed it the day after.
    second = Meeting.objects.filter(
        group=group, status=MeetingStatus.PROPOSED, follows=first
    ).first()
    second_day = first_day + datetime.timedelta(weeks=2)
    if second is None:
        second = services.meeting_schedule(
            actor=coordinator,
            group=group,
            day=second_day,
            at=datetime.time(10, 30),
            venue=venues["Riverside Library Cafe"],
            repeats=True,
            now=planned,
        )
    else:
        services.meeting_move(
            actor=coordinator,
            meeting=second,
            day=second_day,
            at=datetime.time(10, 30),
            duration_minutes=120,
            mode="in_person",
            venue=venues["Riverside Library Cafe"],
            place_note="",
            online_link="",
            notes="Upstairs, by the window.",
            now=planned,
        )
        services.meeting_confirm(actor=coordinator, meeting=second, now=planned)
    for meeting, emails in ((first, came_first), (second, came_second)):
        ids = [
            p.pk
            for p in map(_person, emails)
            if p is not None and Membership.objects.filter(group=group, person=p).exists()
        ]
        services.attendance_record(
            actor=coordinator,
            meeting=meeting,
            attended_ids=ids,
            now=meeting.ends_at + datetime.timedelta(hours=20),
        )
    # The next one, suggested from the rhythm, confirmed yesterday (which suggests the one
    # after: the coordinator sees it waiting to be confirmed).
    planned_at = now - datetime.timedelta(days=1)
    third = Meeting.objects.filter(
        group=group, status=MeetingStatus.PROPOSED, follows=second
    ).first()
    if third is not None and third.starts_at > planned_at:
        services.meeting_confirm(actor=coordinator, meeting=third, now=planned_at)
    else:
        next_day = (now + datetime.timedelta(days=7)).astimezone(service.zone).date()
        services.meeting_schedule(
            actor=coordinator,
            group=group,
            day=next_day,
            at=datetime.time(10, 30),
            venue=venues["The Mill Cafe"],
            repeats=True,
            now=planned_at,
        )
    for email, answer in (
        ("member@example.org", "going"),
        ("sue@example.org", "going"),
        ("ann@example.org", "cant"),
        ("linda@example.org", "maybe"),
    ):
        person = _person(email)
        upcoming = (
            Meeting.objects.filter(group=group, status=MeetingStatus.SCHEDULED, starts_at__gt=now)
            .order_by("starts_at")
            .first()
        )
        if (
            person is not None
            and upcoming is not None
            and Membership.objects.filter(group=group, person=person).exists()
        ):
            services.rsvp_set(
                actor=person,
                meeting=upcoming,
                answer=answer,
                now=planned_at + datetime.timedelta(hours=2),
            )


def _poll(group: Group, venues: dict[str, Venue], *, now: datetime.datetime) -> None:
    coordinator = _person("coordinator@example.org")
    today = now.astimezone(group.service.zone).date()
    opened = now - datetime.timedelta(days=2)
    poll = services.poll_create(
        actor=coordinator,
        group=group,
        title="Summer outing to the botanical gardens",
        deadline_day=today + datetime.timedelta(days=4),
        options=[
            services.PollOptionSpec(
                day=today + datetime.timedelta(days=d),
                at=at,
                venue=venues["St Mark's Community Hall"] if d == 12 else None,
                place_note="" if d == 12 else "Botanical gardens, main gate",
            )
            for d, at in (
                (10, datetime.time(11, 0)),
                (12, datetime.time(14, 0)),
                (17, datetime.time(11, 0)),
            )
        ],
        now=opened,
    )
    options = list(poll.options.order_by("starts_at"))
    for email, answers in (
        ("member@example.org", ["yes", "if_need_be", "no"]),
        ("sue@example.org", ["yes", "yes", "if_need_be"]),
        ("alan@example.org", ["no", "yes", "yes"]),
    ):
        person = _person(email)
        if person is not None and Membership.objects.filter(group=group, person=person).exists():
            services.poll_answer(
                actor=person,
                poll=poll,
                answers=dict(zip([o.pk for o in options], answers, strict=True)),
                now=opened + datetime.timedelta(hours=5),
            )


def _posts(group: Group, *, now: datetime.datetime) -> None:
    for days, email, body, replies in POSTS:
        author = _person(email)
        if author is None or Post.objects.filter(group=group, body=body).exists():
            continue
        if not Membership.objects.filter(group=group, person=author).exists():
            continue
        at = now - datetime.timedelta(days=days)
        post = services.post_create(
            actor=author,
            group=group,
            body=body,
            agree_notice_version=SCREENING_NOTICE_VERSION,
            now=at,
        ).post
        for offset, (reply_email, reply) in enumerate(replies, start=1):
            replier = _person(reply_email)
            if (
                replier is not None
                and Membership.objects.filter(group=group, person=replier).exists()
            ):
                services.post_create(
                    actor=replier,
                    group=group,
                    body=reply,
                    parent=post,
                    agree_notice_version=SCREENING_NOTICE_VERSION,
                    now=at + datetime.timedelta(hours=offset * 3),
                )


def _other_group(
    service: Service, clinician: User, venues: dict[str, Venue], *, now: datetime.datetime
) -> None:
    if Group.objects.filter(service=service, name=OTHER_GROUP_NAME).exists():
        return
    people = [
        p
        for p in map(
            _person, ["grace@example.org", "mo@example.org", "ray@example.org", "carol@example.org"]
        )
        if p
    ]
    if len(people) < 2:
        return
    made_at = now - datetime.timedelta(days=90)
    group = services.group_create(
        actor=clinician,
        service=service,
        name=OTHER_GROUP_NAME,
        area="Northgate",
        rhythm="monthly",
        purposes=["social", "hobbies"],
        keeps_in_touch=["sms", "phone"],
        open_to_new_members=True,
        coordinators=people[:1],
        members=people[1:],
        description="A relaxed coffee and a chat once a month. Knitters welcome.",
        now=made_at,
    )
    day = (now + datetime.timedelta(days=12)).astimezone(service.zone).date()
    services.meeting_schedule(
        actor=people[0],
        group=group,
        day=day,
        at=datetime.time(11, 0),
        venue=venues["St Mark's Community Hall"],
        now=now - datetime.timedelta(days=3),
    )


def _gathering(clinician: User, venues: dict[str, Venue], *, now: datetime.datetime) -> None:
    if Gathering.objects.filter(service=clinician.service, title=GATHERING_TITLE).exists():
        return
    day = (now + datetime.timedelta(days=45)).astimezone(clinician.service.zone).date()
    services.gathering_create(
        actor=clinician,
        title=GATHERING_TITLE,
        day=day,
        at=datetime.time(14, 0),
        venue=venues["St Mark's Community Hall"],
        description="Tea, cake and a chance to meet people from other groups. Everyone who "
        "has been on a programme is welcome.",
        now=now - datetime.timedelta(days=5),
    )


def _quieten_history(now: datetime.datetime) -> int:
    """The history above made messages as it went (welcomes, announcements, reminders for
    meetings long past). A demo must not send those when the worker starts: cancel the
    groups messages that are already overdue. Later reminders stay, as in real life."""
    return Notification.objects.filter(
        kind__startswith="groups.", status=Status.QUEUED, due_at__lt=now
    ).update(status=Status.CANCELLED, cancelled_at=now, cancel_reason="Demo history")


def seed(*, stdout: TextIO, now: datetime.datetime) -> None:
    service = demo_service()
    clinician = _person("clinician@example.org")
    if clinician is None or _person("coordinator@example.org") is None:
        stdout.write("Groups: the demo people are missing (run the accounts demo first).")
        return
    venues = _venues(clinician)
    group = Group.objects.filter(service=service, name=GROUP_NAME).first()
    if group is None:
        first_day = _thursday_on_or_before(
            now.astimezone(service.zone).date() - datetime.timedelta(days=21)
        )
        group = _make_group(service, clinician, venues, first_day=first_day, now=now)
        _history(group, venues, first_day=first_day, now=now)
    if not Poll.objects.filter(group=group).exists():
        _poll(group, venues, now=now)
    _posts(group, now=now)
    _other_group(service, clinician, venues, now=now)
    _gathering(clinician, venues, now=now)
    services.groups_dormant_review(now=now)
    _quieten_history(now)
    group.refresh_from_db()
    members = Membership.objects.filter(group=group, status__in=["active", "paused"]).count()
    stdout.write(
        f"Groups: {group.name} ({group.get_status_display().lower()}, "
        f"{'formed' if group.formed_at else 'not formed yet'}, {members} members), "
        f"{Venue.objects.filter(service=service).count()} venues, a poll in progress."
    )
