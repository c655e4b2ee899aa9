"""Chaos: the real processes of production (the worker and beat command lines of
docker-compose.yml), a real Redis that is stopped and started, real SMTP to a recording
server and the app's Notify backend against a fake Notify that fails, hangs and answers
late. Every hand-off is counted by reference at the receiving end (the SMTP server by
Message-ID, Notify by reference): nothing there is unique, so a duplicate shows as two.

Run with `make chaos` (PostgreSQL; a few minutes). Figures go to
docs/operations/notifications.md; each test prints its own.
"""

from __future__ import annotations

import random
import statistics
import time

import pytest
from django.db import transaction
from django.db.models import Count

from pmp_followon.notifications import services
from pmp_followon.notifications.channels import _message_id
from pmp_followon.notifications.models import Notification, Status
from tests.factories import UserFactory
from tests.notifications.processes import wait_for

pytestmark = [pytest.mark.chaos, pytest.mark.django_db(transaction=True)]

ALERT = "notifications.staff_priority_alert"
REMINDER = "notifications.reminder"
CONTEXT = {"title": "Coffee", "when": "Tuesday"}
# The processes, the SMTP server and the fake Notify (`stack`, `smtp`, `notify`) are shared
# by the whole run: conftest.py, with the chaos settings the workers run with.


def _person(**kwargs):
    person = UserFactory(mobile="07700900123", **kwargs)
    services.notification_preference_update(
        user=person,
        email_enabled=True,
        sms_enabled=True,
        reminders_enabled=True,
        quiet_hours_start=None,
        quiet_hours_end=None,
    )
    return person


def _page(person, key: str) -> tuple[float, list[Notification]]:
    """A crisis page by email and text, as safeguarding raises it; returns the moment its
    transaction committed (publishing happens on commit) and the rows."""
    with transaction.atomic():
        rows = services.notification_create(
            recipient=person, kind=ALERT, context={"alert_id": 1}, idempotency_key=key
        )
    return time.time(), rows


def _reminders(people, count: int, prefix: str) -> list[Notification]:
    rows: list[Notification] = []
    with transaction.atomic():
        for n in range(count):
            rows += services.notification_create(
                recipient=people[n % len(people)],
                kind=REMINDER,
                context=CONTEXT,
                idempotency_key=f"{prefix}:{n}",
            )
    return rows


def _notification_rows(**filters) -> list[Notification]:
    return list(Notification.objects.filter(**filters).order_by("pk"))


def _arrivals(smtp, notify, rows) -> dict[int, list[float]]:
    """Row id -> every moment the receiving end took it."""
    emails: dict[str, list[float]] = {}
    for message_id, at, _to in list(smtp.received):
        emails.setdefault(message_id, []).append(at)
    texts = notify.accepted_by_reference()
    found = {}
    for row in rows:
        if row.channel == "email":
            found[row.pk] = emails.get(_message_id(row.idempotency_key), [])
        else:
            found[row.pk] = texts.get(row.idempotency_key, [])
    return found


def _assert_arrived(smtp, notify, rows, *, emails_at_most: int = 1) -> None:
    """Every row arrived, a text exactly once, an email at most `emails_at_most` times, and
    no email the rows did not make."""
    arrivals = _arrivals(smtp, notify, rows)
    lost = [pk for pk, times in arrivals.items() if not times]
    channel = {r.pk: r.channel for r in rows}
    too_many = [
        pk
        for pk, times in arrivals.items()
        if len(times) > (emails_at_most if channel[pk] == "email" else 1)
    ]
    expected_emails = {_message_id(r.idempotency_key) for r in rows if r.channel == "email"}
    strangers = set(smtp.by_message_id()) - expected_emails
    assert (lost, too_many, strangers) == ([], [], set())


def _assert_each_exactly_once(smtp, notify, rows) -> None:
    _assert_arrived(smtp, notify, rows)
    assert len(notify.accepted) == sum(1 for r in rows if r.channel == "sms")


def _assert_crisis_never_lost(smtp, notify, rows) -> None:
    """A crisis page when its workers are killed: every row arrives; a text exactly once
    (Notify is asked by reference before a resend); an email at most twice, because a
    worker killed after the server took it and before its "sent" was written is sent
    again rather than risk one lost between the hand-over record and the final "."
    (decision 0021)."""
    _assert_arrived(smtp, notify, rows, emails_at_most=2)


def _all_sent(rows, timeout: float) -> None:
    ids = [r.pk for r in rows]

    def done():
        return not Notification.objects.filter(pk__in=ids).exclude(status=Status.SENT).exists()

    try:
        wait_for(done, timeout=timeout, interval=0.5, what="every row to be sent")
    except AssertionError:
        counts = dict(
            Notification.objects.filter(pk__in=ids)
            .values("status")
            .annotate(n=Count("pk"))
            .values_list("status", "n")
        )
        raise AssertionError(f"not all sent after {timeout}s: {counts}") from None


def test_reminders_exactly_once_through_kills_a_broker_outage_and_notify_faults(
    stack, smtp, notify
):
    """1,000 emails and 400 texts, while: a default pool process is SIGKILLed every 2 s,
    the whole default worker is SIGKILLed and restarted twice, Redis is stopped for 8 s,
    and Notify answers 500 to one text in 7, accepts and then times out on one in 11,
    and answers late to one in 5."""

    def step(n):
        if n % 7 == 0:
            return "500"
        if n % 11 == 0:
            return "accept-timeout"
        if n % 5 == 0:
            return "late"
        return "201"

    notify.step_for = step
    notify.slow_seconds = 3  # longer than the 2 s timeout: ambiguous, looked up next time
    people = [_person() for _ in range(5)]
    email_people = []
    for _ in range(15):
        person = UserFactory()
        services.notification_preference_update(
            user=person,
            email_enabled=True,
            sms_enabled=False,
            reminders_enabled=True,
            quiet_hours_start=None,
            quiet_hours_end=None,
        )
        email_people.append(person)
    started = time.monotonic()
    rows = _reminders(people, 400, "both") + _reminders(email_people, 600, "email")
    assert (sum(r.channel == "email" for r in rows), sum(r.channel == "sms" for r in rows)) == (
        1000,
        400,
    )
    kills = 0
    for _ in range(8):
        time.sleep(2)
        kills += stack.kill_pool_process("worker") is not None
    stack.redis.stop()
    time.sleep(8)
    stack.redis.start()
    for _ in range(2):
        time.sleep(3)
        stack.workers["worker"].kill()
        stack.workers["worker"].start(timeout=90)
    _all_sent(rows, timeout=240)
    took = time.monotonic() - started
    _assert_each_exactly_once(smtp, notify, rows)
    handed_over = Notification.objects.filter(last_error__startswith="The worker stopped after")
    print(
        f"CHAOS reminders: {len(rows)} rows (1000 email, 400 sms) all sent exactly once in "
        f"{took:.0f}s; pool kills {kills}, worker kills 2, redis outage 8s; notify posts "
        f"{notify.posts}, lookups {notify.lookups}; emails counted sent after a kill at "
        f"hand-over: {handed_over.count()}"
    )


@pytest.mark.parametrize("kill_after", [0.0, 0.03, 0.15, None])
def test_a_crisis_page_arrives_within_30s_when_the_crisis_workers_are_killed(
    stack, smtp, notify, kill_after
):
    """Both crisis workers SIGKILLed `kill_after` seconds after the page (None: a random
    moment in the first 300 ms), and restarted a second later, as a supervisor would."""
    delay = random.uniform(0, 0.3) if kill_after is None else kill_after
    person = _person()
    posted, rows = _page(person, f"kill:{delay:.3f}")
    time.sleep(delay)
    for name in ("crisis-worker", "crisis-sms-worker"):
        stack.workers[name].kill()
    time.sleep(1)
    stack.restart("crisis-worker", "crisis-sms-worker")
    _all_sent(rows, timeout=60)
    _assert_crisis_never_lost(smtp, notify, rows)
    arrivals = _arrivals(smtp, notify, rows)
    latency = {r.channel: arrivals[r.pk][0] - posted for r in rows}
    print(f"CHAOS crisis killed at {delay * 1000:.0f} ms: {latency}")
    assert max(latency.values()) <= 30, latency


def test_crisis_email_within_5s_while_notify_hangs_and_every_text_once_after(stack, smtp, notify):
    notify.default_step = "timeout"  # hangs 15 s, accepts nothing
    notify.script = ["accept-timeout", "accept-timeout"]  # took it, then hung
    notify.hang_lookups = True
    person = _person()
    pages = []
    for n in range(3):
        pages.append(_page(person, f"hang:{n}"))
        time.sleep(2)
    email_rows = [r for _posted, rows in pages for r in rows if r.channel == "email"]
    _all_sent(email_rows, timeout=20)
    latencies = []
    for posted, rows in pages:
        arrivals = _arrivals(smtp, notify, rows)
        latencies += [arrivals[r.pk][0] - posted for r in rows if r.channel == "email"]
    print(f"CHAOS crisis email while SMS hangs: {[round(x, 3) for x in latencies]} s")
    assert max(latencies) <= 5
    notify.default_step = "201"
    notify.hang_lookups = False
    all_rows = [r for _posted, rows in pages for r in rows]
    _all_sent(all_rows, timeout=120)
    _assert_each_exactly_once(smtp, notify, all_rows)


def test_work_created_during_a_broker_outage_goes_soon_after_it_returns(stack, smtp, notify):
    person = _person()
    stack.redis.stop()
    posted, crisis = _page(person, "outage")  # the caller never notices the broker is down
    reminders = _reminders([person], 100, "outage")
    time.sleep(10)
    stack.redis.start()
    back = time.time()
    _all_sent(crisis, timeout=60)
    crisis_after = max(at[0] for at in _arrivals(smtp, notify, crisis).values()) - back
    _all_sent(reminders, timeout=90)
    reminders_after = max(at[0] for at in _arrivals(smtp, notify, reminders).values()) - back
    _assert_each_exactly_once(smtp, notify, crisis + reminders)
    print(
        f"CHAOS broker outage 10s: crisis page {crisis_after:.1f}s and 200 reminders "
        f"{reminders_after:.1f}s after Redis returned"
    )
    assert crisis_after <= 15
    assert reminders_after <= 30


def test_crisis_latency_summary_with_nothing_queued(stack, smtp, notify):
    """A few pages with nothing else happening: the base the figures above compare with."""
    person = _person()
    samples = []
    for n in range(10):
        posted, rows = _page(person, f"quiet:{n}")
        _all_sent(rows, timeout=10)
        arrivals = _arrivals(smtp, notify, rows)
        samples += [arrivals[r.pk][0] - posted for r in rows]
    print(
        f"CHAOS crisis latency, nothing queued: median {statistics.median(samples) * 1000:.0f} "
        f"ms, worst {max(samples) * 1000:.0f} ms of {len(samples)}"
    )
    assert max(samples) < 1
