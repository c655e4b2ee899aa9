"""Demo alerts for `manage.py seed_demo`: a rota, an open high alert, an acknowledged one and
a resolved false positive at "Riverside Pain Service". Idempotent: rows are found by name,
email or text before anything is made, so running it again changes nothing.

The posts go through post_screen as real posts do, so the alerts, their evidence and the
duty clinician's page are exactly what the app would make.
"""

from __future__ import annotations

import datetime

from groups.models import Group, GroupStatus, Membership, MembershipRole, Post
from pmp_followon.accounts.demo import demo_service
from pmp_followon.accounts.models import Service, User

from .models import Alert, AlertOutcome, AlertState, RotaEntry, RotaPosition
from .services import alert_acknowledge, alert_resolve, post_screen, rota_entry_add

DEMO_GROUP_NAME = "Riverside Thursday group"

THREAD = "How is everyone doing this week? Thursday's meeting is at the library cafe as usual."
HIGH_POST = "Been saving up my tramadol for weeks. There is enough in the drawer now."
MEDIUM_POST = "I can't carry on like this. Everything is falling apart and nobody gets it."
FALSE_POSITIVE_POST = "Had enough of this weather, I'm done with it"
REPLIES_AFTER = [
    ("tom@example.org", "Dave, are you OK? Give me a ring if you want to talk."),
    ("coordinator@example.org", "Thinking of you Dave. See you Thursday I hope."),
]


def _person(email: str) -> User:
    return User.objects.get(email=email)


def _demo_group(service: Service, now: datetime.datetime) -> Group:
    """The groups demo's group if it made one; otherwise a small one made here."""
    group = Group.objects.filter(service=service, name=DEMO_GROUP_NAME).first()
    if group is not None:
        return group
    group = Group.objects.create(
        service=service,
        name=DEMO_GROUP_NAME,
        area="Riverside",
        status=GroupStatus.ACTIVE,
        created_at=now - datetime.timedelta(days=120),
    )
    members = [
        ("coordinator@example.org", MembershipRole.COORDINATOR),
        ("member@example.org", MembershipRole.MEMBER),
        ("sue@example.org", MembershipRole.MEMBER),
        ("linda@example.org", MembershipRole.MEMBER),
        ("tom@example.org", MembershipRole.MEMBER),
    ]
    for email, role in members:
        Membership.objects.get_or_create(
            group=group,
            person=_person(email),
            defaults={"role": role, "joined_at": now - datetime.timedelta(days=120)},
        )
    return group


def _post(group: Group, email: str, body: str, at, parent: Post | None = None) -> Post:
    author = _person(email)
    post = Post.objects.filter(group=group, author=author, body=body).first()
    if post is None:
        post = Post.objects.create(
            group=group,
            author=author,
            body=body,
            parent=parent,
            created_at=at,
            last_activity_at=at,
        )
        post_screen(post=post, now=at)
    return post


def _rota(service: Service) -> None:
    if RotaEntry.objects.filter(service=service).exists():
        return
    admin = _person("admin@example.org")
    duty, lead = _person("duty@example.org"), _person("lead@example.org")
    for weekday in range(5):
        for position, person in (
            (RotaPosition.DUTY, duty),
            (RotaPosition.BACKUP, lead),
            (RotaPosition.LEAD, lead),
        ):
            rota_entry_add(
                actor=admin, service=service, position=position, person=person, weekday=weekday
            )


def seed(*, stdout, now: datetime.datetime) -> None:
    service = demo_service()
    _rota(service)
    group = _demo_group(service, now)
    duty, lead = _person("duty@example.org"), _person("lead@example.org")

    # A resolved false positive, from last week.
    week_ago = now - datetime.timedelta(days=6)
    weather = _post(group, "linda@example.org", FALSE_POSITIVE_POST, week_ago)
    alert = Alert.objects.filter(post=weather).first()
    if alert is not None and alert.is_active:
        alert_resolve(
            actor=lead,
            alert=alert,
            outcome=AlertOutcome.FALSE_POSITIVE,
            note="About the weather. Linda's coordinator says she is well; nothing else "
            "worrying in the thread.",
            now=week_ago + datetime.timedelta(minutes=25),
        )

    # An acknowledged medium alert, from this morning.
    earlier = now - datetime.timedelta(hours=2)
    medium = _post(group, "sue@example.org", MEDIUM_POST, earlier)
    alert = Alert.objects.filter(post=medium).first()
    if alert is not None and alert.state == AlertState.OPEN:
        alert_acknowledge(actor=duty, alert=alert, now=earlier + datetime.timedelta(minutes=20))

    # An open high alert, a reply in a thread with a little context either side.
    start = now - datetime.timedelta(minutes=40)
    thread = _post(group, "coordinator@example.org", THREAD, start)
    _post(
        group,
        "sue@example.org",
        "Bit of a rough week but pacing is helping.",
        start + datetime.timedelta(minutes=5),
        parent=thread,
    )
    _post(
        group, "member@example.org", HIGH_POST, now - datetime.timedelta(minutes=12), parent=thread
    )
    for offset, (email, body) in enumerate(REPLIES_AFTER, start=1):
        _post(group, email, body, now - datetime.timedelta(minutes=12 - 3 * offset), parent=thread)

    counts = {
        state: Alert.objects.filter(service=service, state=state).count()
        for state in AlertState.values
    }
    stdout.write(
        "Safeguarding: rota Monday to Friday; alerts "
        + ", ".join(f"{n} {state}" for state, n in counts.items() if n)
        + f" in {group.name}."
    )
