"""Fixtures for the safeguarding tests: a group with members, posts, a full duty rota, fixed
moments in and out of service hours, and helpers to read the outbox and the audit trail."""

from __future__ import annotations

import datetime
import hashlib
import os
import pickle
import sys
import zoneinfo
from pathlib import Path

import pytest

from pmp_followon.accounts.models import Role

UTC = datetime.UTC
LONDON = zoneinfo.ZoneInfo("Europe/London")

# Monday 22 March 2027, 10:00 in London (GMT, so also 10:00 UTC): the service is open.
MONDAY_10AM = datetime.datetime(2027, 3, 22, 10, 0, tzinfo=UTC)

# Texts whose screening level the tests rely on; `screening_levels` checks them first, so a
# change to the phrase library shows up as one clear failure rather than many odd ones.
HIGH_TEXT = "i just want to die, i cant do it anymore"
MEDIUM_TEXT = "i'm just a burden to everyone"
NONE_TEXT = "Lovely to see everyone at the cafe on Thursday, same time next month?"


SCREENING_PACKAGE = Path(__file__).resolve().parents[2] / "safeguarding" / "screening"
SCREENING_CACHE = SCREENING_PACKAGE.parents[1] / "var" / "test-cache"


def screening_package_digest() -> str:
    """SHA-256 over every file of safeguarding/screening (code, phrase library, labelled
    data, model) and the Python version: everything training and evaluation read."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(SCREENING_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(SCREENING_PACKAGE)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@pytest.fixture(scope="session")
def screening_memo() -> dict:
    """{(text, context): Screening}, shared in a process by the screening report, `screened`
    (test_screening.py) and `screened_weeks`, as evaluation.evaluate() keeps it: a labelled
    post is screened once a process, whichever of them asks first."""
    return {}


@pytest.fixture(scope="session")
def screened_weeks(screening_memo):
    """Every post of the realistic weeks, screened once per process as the board screens it
    (a reply with the post it answers): [(post, context, Screening), ...] in the data's order,
    `context` the text of the post it answers or None. Tests
    that read the whole of the weeks share it (tests/conftest.py keeps them in one process)."""
    from safeguarding.screening import data, screen_text

    screened = []
    for posts in data.realistic_weeks().values():
        parents = data.parent_texts(posts)
        for post in posts:
            context = parents.get(post.id)
            key = (post.text, context)
            if key not in screening_memo:
                screening_memo[key] = screen_text(post.text, context_text=context)
            screened.append((post, context, screening_memo[key]))
    return screened


@pytest.fixture(scope="session")
def screening_cache():
    """`screening_cache(name, compute)`: compute() once for these exact screening files.

    Screening every labelled post for the report takes a while and gives the same result for
    the same files, so the result is kept in var/test-cache/ under the digest of the whole
    screening package: a second `make test` on unchanged files (CI runs the suite on SQLite,
    then on PostgreSQL) reuses it, and any change to the code, phrases, data or model
    computes it afresh. PMP_TEST_FRESH=1 always computes."""

    def cached(name: str, compute):
        path = SCREENING_CACHE / f"{name}-{screening_package_digest()}.pickle"
        if path.exists() and not os.environ.get("PMP_TEST_FRESH"):
            with path.open("rb") as f:
                return pickle.load(f)
        value = compute()
        SCREENING_CACHE.mkdir(parents=True, exist_ok=True)
        for old in SCREENING_CACHE.glob(f"{name}-*.pickle"):
            old.unlink(missing_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(value, f)
        os.replace(partial, path)
        return value

    return cached


def phrase_only(text: str):
    """The screening of `text` by the phrase layers alone (no statistical layer)."""
    from safeguarding.screening import screen_text

    return screen_text(text, statistical_layer=False)


def rules_fired(result) -> set[str]:
    """The names of the rules whose cues raised a level in `result`."""
    from safeguarding.screening import Level

    return {c.rule for c in result.evidence if c.level != Level.NONE}


def found_by(text: str, rule: str):
    """The phrase layers' screening of `text`, after checking that `rule` raised it."""
    result = phrase_only(text)
    assert rule in rules_fired(result), (text, rules_fired(result))
    return result


def quiet(text: str, context: str | None = None) -> None:
    """The phrase layers leave `text` (a reply to `context`, if given) at none."""
    from safeguarding.screening import Level, screen_text

    result = screen_text(text, context_text=context, statistical_layer=False)
    assert result.level == Level.NONE, (text, rules_fired(result), result.reasons)


def high(text: str, kind: str = "self") -> None:
    """The phrase layers score `text` high, of that kind."""
    from safeguarding.screening import Level

    result = phrase_only(text)
    assert result.level == Level.HIGH, (text, rules_fired(result), result.reasons)
    assert (result.kind or "self") == kind, (text, result.kind)


def high_by(text: str, rule: str, kind: str = "self"):
    """`rule` raised `text`, and the phrase layers score it high, of that kind."""
    from safeguarding.screening import Level

    result = found_by(text, rule)
    assert Level(result.level) == Level.HIGH, (text, result.reasons)
    assert (result.kind or "self") == kind, (text, result.kind)
    return result


def reaches_staff_by(text: str, rule: str):
    """`rule` raised `text`, and the phrase layers score it medium or high (it reaches staff)."""
    from safeguarding.screening import Level

    result = found_by(text, rule)
    assert Level(result.level) != Level.NONE, (text, result.reasons)
    return result


def not_by(text: str, rule: str) -> None:
    """`rule` does not fire on `text`."""
    result = phrase_only(text)
    assert rule not in rules_fired(result), (text, rules_fired(result))


def assert_near_miss(text: str, marker: str) -> None:
    """No rule whose name holds `marker` (a release's ".v8_") fires, and the post is not high."""
    from safeguarding.screening import Level

    result = phrase_only(text)
    fired = {r for r in rules_fired(result) if marker in r}
    assert not fired, (text, fired)
    assert result.level != Level.HIGH, (text, rules_fired(result))


def local(*args) -> datetime.datetime:
    """A London wall-clock time as an aware datetime (UTC-aware in the database)."""
    return datetime.datetime(*args, tzinfo=LONDON)


def make_staff(service, role, *, extra_roles=(), **kwargs):
    from tests.factories import STAFF_PASSWORD, UserFactory, add_totp

    user = UserFactory(
        service=service, role=role, extra_roles=list(extra_roles), password=STAFF_PASSWORD, **kwargs
    )
    add_totp(user)
    return user


@pytest.fixture
def screening_levels():
    from safeguarding.screening import screen_text

    assert screen_text(HIGH_TEXT).level == "high"
    assert screen_text(MEDIUM_TEXT).level == "medium"
    assert screen_text(NONE_TEXT).level == "none"


@pytest.fixture
def backup_reviewer(service):
    return make_staff(
        service,
        Role.CLINICIAN,
        extra_roles=[Role.SAFEGUARDING_REVIEWER],
        display_name="Bo Backup",
        mobile="07700900111",
    )


@pytest.fixture
def service_manager(service):
    return make_staff(service, Role.CLINICIAN, display_name="Mina Manager")


@pytest.fixture
def other_service_reviewer(other_service):
    return make_staff(
        other_service,
        Role.CLINICIAN,
        extra_roles=[Role.SAFEGUARDING_REVIEWER],
        display_name="Reviewer Elsewhere",
    )


@pytest.fixture
def rota(service, service_admin, duty_clinician, backup_reviewer, clinical_lead):
    """Duty, backup and lead every day of the week, set up by the service admin."""
    from safeguarding.models import RotaPosition
    from safeguarding.services import rota_entry_add

    for weekday in range(7):
        for position, person in (
            (RotaPosition.DUTY, duty_clinician),
            (RotaPosition.BACKUP, backup_reviewer),
            (RotaPosition.LEAD, clinical_lead),
        ):
            rota_entry_add(
                actor=service_admin,
                service=service,
                position=position,
                person=person,
                weekday=weekday,
            )
    return {"duty": duty_clinician, "backup": backup_reviewer, "lead": clinical_lead}


@pytest.fixture
def group(service):
    from groups.models import Group

    return Group.objects.create(service=service, name="Thursday group", status="active")


@pytest.fixture
def member(participant, group):
    from groups.models import Membership

    Membership.objects.create(group=group, person=participant)
    return participant


@pytest.fixture
def other_member(service, group):
    from groups.models import Membership
    from tests.factories import UserFactory

    person = UserFactory(service=service, display_name="Dave", mobile="07700900555")
    Membership.objects.create(group=group, person=person)
    return person


@pytest.fixture
def make_post():
    """Save a post through the ORM (no screening): `make_post(author, group, body, at=...)`."""
    from groups.models import Post

    def _make(author, group, body, *, at=MONDAY_10AM, parent=None):
        return Post.objects.create(
            author=author, group=group, body=body, parent=parent, created_at=at, last_activity_at=at
        )

    return _make


@pytest.fixture
def screened_post(make_post):
    """Save a post and screen it, as groups.services.post_create does."""
    from safeguarding.services import post_screen

    def _make(author, group, body, *, at=MONDAY_10AM, parent=None):
        post = make_post(author, group, body, at=at, parent=parent)
        post_screen(post=post, now=at)
        return post

    return _make


def outbox(**filters):
    from pmp_followon.notifications.models import Notification

    return list(Notification.objects.filter(**filters).order_by("pk"))


def recipients(**filters) -> set[int]:
    return {n.recipient_id for n in outbox(**filters)}


def steps(alert) -> list[tuple[str, set[int]]]:
    """Each escalation step of the alert so far: (position, who was paged)."""
    from safeguarding.models import AuditAction, AuditEvent

    events = AuditEvent.objects.filter(alert=alert, action=AuditAction.ESCALATED).order_by("pk")
    return [(e.detail["step"], set(e.detail["recipient_ids"])) for e in events]


def high_alert(member, group, make_post, at):
    """The alert a high-risk post by `member` raises when it is screened at `at`."""
    from safeguarding.models import Alert
    from safeguarding.services import post_screen

    post = make_post(member, group, HIGH_TEXT, at=at)
    post_screen(post=post, now=at)
    return Alert.objects.get(post=post)


def audit_actions(alert) -> list[str]:
    from safeguarding.models import AuditEvent

    return list(AuditEvent.objects.filter(alert=alert).values_list("action", flat=True))
