"""Notifications benchmark: crisis latency under a reminder backlog, and reminder throughput.

Real processes throughout: PostgreSQL, Redis, a `crisis` worker (2 processes, -Q crisis), a
`crisis_sms` worker (2 processes, -Q crisis_sms) and a `default` worker (2 processes,
-Q default), as in docker-compose.yml.

1. Crisis latency: the time from calling notification_create (in this process, then
   commit) to the worker handing the message to the SMS backend, which writes the time
   to Redis. Measured with nothing queued, then while the default worker works through
   10,000 due reminders (refilled until enough samples are taken), then with 10,000
   single-message tasks waiting on the default queue.
2. Throughput: 100,000 due reminders (email, Django's dummy backend: rendered, built and
   handed over, nothing leaves the machine), from "due" to the last one recorded as sent.

Settings: bench/settings.py. Environment: BENCH_DATABASE_URL (a database this script drops
and creates), BENCH_REDIS_URL (a Redis database it empties), BENCH_SAMPLES,
BENCH_THROUGHPUT (number of reminders), BENCH_DEFAULT_CONCURRENCY, BENCH_ONLY (`crisis` or
`throughput`: one part only), BENCH_EMAIL=smtp (the throughput part through Django's SMTP
backend to a recording SMTP server in this process, so with the hand-over record of
exactly-once email; it also checks that every message arrived once), BENCH_EMAIL_GROUP
(with it: emails handed over per group, 1 for one at a time).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

PROJECT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/pmp_notifications_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "500"))
THROUGHPUT = int(os.environ.get("BENCH_THROUGHPUT", "100000"))
DEFAULT_CONCURRENCY = int(os.environ.get("BENCH_DEFAULT_CONCURRENCY", "2"))
ONLY = os.environ.get("BENCH_ONLY", "")
EMAIL = os.environ.get("BENCH_EMAIL", "dummy")
BACKLOG = 10_000
# (queue, processes) of docker-compose.yml's workers.
WORKERS = (("crisis", 2), ("crisis_sms", 2), ("default", DEFAULT_CONCURRENCY))
ALERT = "notifications.staff_priority_alert"
REMINDER = "notifications.reminder"
CONTEXT = {"title": "Tuesday coffee group", "when": "Tuesday 3 March at 10:30am", "path": "/"}


def configure_environment() -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        BENCH_REDIS_URL=REDIS_URL,
        CELERY_TASK_ALWAYS_EAGER="0",
    )
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.pop("PMP_TEST_DATABASE_NAME", None)
    os.environ.pop("PMP_TEST_SMS_BACKEND", None)


def recreate_database() -> None:
    import psycopg

    url = urlparse(DATABASE_URL)
    name = url.path.lstrip("/")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


@contextmanager
def workers(logdir: Path):
    """The three workers of docker-compose.yml, started and stopped by the tests' own helper."""
    from tests.notifications.processes import Worker

    started = [
        Worker.make(
            env=os.environ.copy(),
            log=logdir / f"{queue}.log",
            queues=queue,
            concurrency=concurrency,
            name=f"bench-{queue}",
            time_limit=None,
        )
        for queue, concurrency in WORKERS
    ]
    try:
        for worker in started:
            worker.start(timeout=60)
        yield started
    finally:
        for worker in started:
            worker.stop(timeout=30)


@contextmanager
def smtp_server(folder: Path):
    """With BENCH_EMAIL=smtp: a recording SMTP server here, and the workers' settings
    pointed at it through Django's SMTP backend (a settings module written to `folder`)."""
    if EMAIL != "smtp":
        yield None
        return
    from tests.notifications.recording_smtp import RecordingSMTP

    with RecordingSMTP() as server:
        (folder / "bench_smtp_settings.py").write_text(
            "from bench.settings import *  # noqa: F403\n"
            'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\n'
            f'EMAIL_HOST = "127.0.0.1"\nEMAIL_PORT = {server.port}\nEMAIL_USE_TLS = False\n'
            'EMAIL_HOST_USER = ""\nEMAIL_HOST_PASSWORD = ""\n'
            f"NOTIFICATION_EMAIL_GROUP = {int(os.environ.get('BENCH_EMAIL_GROUP', '10'))}\n"
        )
        os.environ["DJANGO_SETTINGS_MODULE"] = "bench_smtp_settings"
        os.environ["PYTHONPATH"] = os.pathsep.join([str(folder), str(PROJECT)])
        yield server


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def describe(label: str, latencies_ms: list[float]) -> str:
    return (
        f"{label}: n={len(latencies_ms)}  median {statistics.median(latencies_ms):.1f} ms  "
        f"p99 {percentile(latencies_ms, 0.99):.1f} ms  max {max(latencies_ms):.1f} ms"
    )


def main() -> int:
    configure_environment()
    sys.path.insert(0, str(PROJECT))
    try:
        recreate_database()
    except Exception as exc:  # noqa: BLE001
        print(f"Cannot reach PostgreSQL at {DATABASE_URL}: {exc}")
        print("Set BENCH_DATABASE_URL to a PostgreSQL server this script may create a database on.")
        return 2

    import django

    django.setup()
    import redis
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    broker = redis.Redis.from_url(REDIS_URL)
    try:
        broker.flushdb()
    except redis.exceptions.ConnectionError as exc:
        print(f"Cannot reach Redis at {REDIS_URL}: {exc}")
        return 2

    print(f"notifications benchmark: {os.cpu_count()} CPUs; PostgreSQL; Redis {REDIS_URL}")
    print(
        "workers: crisis (2 processes, -Q crisis), crisis_sms (2 processes, -Q crisis_sms), "
        f"default ({DEFAULT_CONCURRENCY} processes, -Q default); prefork, late acks, prefetch 1"
    )
    staff, people = make_people()
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with (
        tempfile.TemporaryDirectory() as logdir,
        smtp_server(Path(logdir)) as smtp,
        workers(Path(logdir)),
    ):
        if ONLY in ("", "crisis"):
            crisis_latency(staff, people, broker)
        if ONLY in ("", "throughput"):
            throughput(people, broker, smtp)
    # Other work on the machine shows here; the figures above are only as quiet as it was.
    print("load average at end:   {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


def make_people():
    from pmp_followon.accounts.models import Role, Service, User

    service = Service.objects.create(name="Bench pain service")
    staff = User.objects.create_user(
        "duty@bench.example",
        display_name="Duty clinician",
        service=service,
        role=Role.CLINICIAN,
        mobile="+447700900123",
        preferred_channel="sms",
    )
    User.objects.bulk_create(
        [
            User(
                email=f"person{n}@bench.example",
                display_name=f"Person {n}",
                service=service,
                password="!",
            )
            for n in range(1000)
        ]
    )
    return staff, list(User.objects.filter(email__startswith="person"))


def due_reminders(people, count: int, *, prefix: str, due) -> list[int]:
    """Reminder rows straight into the outbox. The benchmark measures delivery; creating
    through notification_create is measured separately (and is the same INSERT)."""
    from pmp_followon.notifications.models import Notification

    made = []
    for start in range(0, count, 5000):
        made += Notification.objects.bulk_create(
            [
                Notification(
                    recipient=people[n % len(people)],
                    channel="email",
                    kind=REMINDER,
                    template=REMINDER,
                    context=CONTEXT,
                    priority="default",
                    idempotency_key=f"{prefix}:{n}:email",
                    due_at=due,
                    created_at=due,
                )
                for n in range(start, min(start + 5000, count))
            ]
        )
    return [row.pk for row in made]


def unsent(prefix: str) -> int:
    from pmp_followon.notifications.models import Notification

    return (
        Notification.objects.filter(idempotency_key__startswith=prefix)
        .exclude(status="sent")
        .count()
    )


def waiting_in_outbox() -> int:
    """Rows of any kind still on their way, read through the outbox's partial indexes (as
    many entries as rows still waiting). The throughput part polls this rather than
    `unsent("load:")`, which reads every row with the prefix and their dead versions (about
    105 ms of the database's CPU at 100,000 rows), and less often: it polled four times a
    second, up to 0.4 of a core of the two that the delivery being timed needs (run 5,
    benchmarks.md). The partial indexes keep dead entries until vacuum, so this too grows
    during the run (about 50 ms at the end)."""
    from django.db.models import Q

    from pmp_followon.notifications.models import Notification

    return Notification.objects.filter(
        Q(status__in=["queued", "retrying"]) | Q(status="sending")
    ).count()


COMMITTED: dict[str, float] = {}


def reminders_waiting() -> bool:
    """Any reminder still waiting to be claimed (cheap: the partial index)."""
    from pmp_followon.notifications.models import Notification

    return Notification.objects.filter(
        priority="default", status__in=["queued", "retrying"]
    ).exists()


def send_alert(staff, key: str) -> float:
    """Raise one crisis notification as a service would (its own transaction); returns the
    time just before the call. The time its transaction committed goes in COMMITTED."""
    from django.db import transaction

    from pmp_followon.notifications.services import notification_create

    started = time.time()
    with transaction.atomic():
        notification_create(
            recipient=staff,
            kind=ALERT,
            context={"alert_id": 1},
            idempotency_key=key,
            channels=["sms"],
        )
        transaction.on_commit(lambda: COMMITTED.__setitem__(f"{key}:sms", time.time()))
    return started


def collect_handoffs(broker, created: dict[str, float], timeout: float = 60) -> list[float]:
    from bench.backends import HANDOFF_KEY

    seen: dict[str, list[float]] = {}
    deadline = time.monotonic() + timeout
    while len(seen) < len(created) and time.monotonic() < deadline:
        item = broker.blpop(HANDOFF_KEY, timeout=1)
        if item:
            reference, at = item[1].decode().rsplit(" ", 1)
            seen.setdefault(reference, []).append(float(at))
    missing = set(created) - set(seen)
    duplicates = [r for r, times in seen.items() if len(times) > 1]
    if missing or duplicates:
        raise SystemExit(f"crisis messages missing: {len(missing)}, sent twice: {len(duplicates)}")
    after_commit = [(seen[key][0] - COMMITTED[key]) * 1000 for key in created]
    print("  " + describe("of which after commit", after_commit))
    if os.environ.get("BENCH_SHOW_SLOWEST"):
        slowest = sorted(created, key=lambda k: seen[k][0] - created[k])[-8:]
        print("  slowest:", [(k, round((seen[k][0] - created[k]) * 1000)) for k in slowest])
    return [(seen[key][0] - created[key]) * 1000 for key in created]


def crisis_latency(staff, people, broker) -> None:
    from django.utils import timezone

    from pmp_followon.notifications import tasks

    # Warm up both workers' connections and caches.
    for n in range(20):
        send_alert(staff, f"warm:{n}")
        time.sleep(0.01)
    time.sleep(1)
    broker.delete("bench:handoff")

    created = {}
    for n in range(min(SAMPLES, 200)):
        created[f"idle:{n}:sms"] = send_alert(staff, f"idle:{n}")
        time.sleep(0.02)
    print(describe("crisis, nothing queued            ", collect_handoffs(broker, created)))

    # Backlog in the outbox: due reminders, worked through in batches by the default worker.
    created, rounds, during = {}, 0, 0
    while during < SAMPLES:
        rounds += 1
        prefix = f"outbox{rounds}"
        due_reminders(people, BACKLOG, prefix=prefix, due=timezone.now())
        tasks.deliver_due.apply_async(kwargs={"priority": "default"}, queue="default")
        n = 0
        while during < SAMPLES:
            key = f"{prefix}:alert:{n}"
            created[f"{key}:sms"] = send_alert(staff, key)
            n += 1
            time.sleep(0.02)
            if n % 10 == 0 and not reminders_waiting():
                break  # drained: refill, and do not count samples taken without a backlog
            during += 1
    print(
        describe(f"crisis, {BACKLOG:,} reminders due  ", collect_handoffs(broker, created))
        + f"  ({rounds} backlog(s) of {BACKLOG:,})"
    )
    wait_until_sent("outbox")

    # Backlog on the broker: 10,000 single-message tasks waiting on the default queue.
    ids = due_reminders(people, BACKLOG, prefix="queue", due=timezone.now())
    from pmp_followon.celery import app

    with app.producer_or_acquire() as producer:
        for pk in ids:
            tasks.deliver_notification.apply_async(
                args=[pk], queue="default", routing_key="default", producer=producer
            )
    created = {}
    for n in range(min(SAMPLES, 200)):
        created[f"queue:alert:{n}:sms"] = send_alert(staff, f"queue:alert:{n}")
        time.sleep(0.02)
    waiting = broker.llen("default")
    print(
        describe(f"crisis, {BACKLOG:,} tasks on default", collect_handoffs(broker, created))
        + f"  ({waiting:,} still waiting at the end)"
    )
    wait_until_sent("queue")
    broker.delete("default")


def wait_until_sent(prefix: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while unsent(prefix) and time.monotonic() < deadline:
        time.sleep(0.5)


def throughput(people, broker, smtp=None) -> None:
    import datetime

    from django.utils import timezone

    from pmp_followon.notifications import services
    from pmp_followon.notifications.models import Notification

    later = timezone.now() + datetime.timedelta(days=1)
    started = time.monotonic()
    due_reminders(people, THROUGHPUT, prefix="load", due=later)
    inserted = time.monotonic() - started

    # Everything falls due at once; the next sweep (run here) asks for batches.
    Notification.objects.filter(idempotency_key__startswith="load:").update(due_at=timezone.now())
    # Nothing else is on its way (the crisis part waited for its rows), so every row still
    # waiting from now on is one of these.
    assert waiting_in_outbox() == THROUGHPUT, waiting_in_outbox()
    started = time.monotonic()
    services.notifications_sweep()
    remaining = THROUGHPUT
    while remaining:
        # Once a second while there is much left, then every 0.1 s for the end.
        time.sleep(1.0 if remaining > 2000 else 0.1)
        remaining = waiting_in_outbox()
        if time.monotonic() - started > 600:
            raise SystemExit(f"throughput: {remaining} reminders still unsent after 600s")
    took = time.monotonic() - started
    sent = Notification.objects.filter(idempotency_key__startswith="load:", status="sent")
    assert sent.count() == THROUGHPUT
    how = "dummy backend"
    if smtp is not None:
        from pmp_followon.notifications.channels import _message_id

        wait_started = time.monotonic()
        while smtp.count() < THROUGHPUT and time.monotonic() - wait_started < 30:
            time.sleep(0.1)
        arrived = smtp.by_message_id()
        expected = {_message_id(f"load:{n}:email") for n in range(THROUGHPUT)}
        twice = sum(1 for count in arrived.values() if count > 1)
        missing = len(expected - set(arrived))
        if twice or missing:
            raise SystemExit(f"SMTP: {missing} missing, {twice} arrived twice")
        how = "SMTP to a recording server, each arrived once"
    print(
        f"default delivery: {THROUGHPUT:,} reminders (email, {how}) in {took:.1f} s = "
        f"{THROUGHPUT / took:,.0f} messages/s  (rows inserted beforehand in {inserted:.1f} s)"
    )

    # For comparison: creating reminders through the service, one transaction each.
    from django.db import transaction

    person = people[0]
    count = 1000
    started = time.monotonic()
    for n in range(count):
        with transaction.atomic():
            services.notification_create(
                recipient=person,
                kind=REMINDER,
                context=CONTEXT,
                idempotency_key=f"svc:{n}",
                channels=["email"],
                due_at=later,
            )
    took = time.monotonic() - started
    print(f"notification_create: {count / took:,.0f} calls/s (one transaction each, this process)")


if __name__ == "__main__":
    sys.exit(main())
