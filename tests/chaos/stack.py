"""The processes of production, started with production's command lines.

The worker and beat command lines are read from docker-compose.yml (scripts/run_local.sh
runs the same ones: tests/notifications/test_command_lines.py), with `celery` taken from
this virtualenv and beat's schedule file in the test's folder. Each runs against the
test's database, a redis-server of the test's own (so it can be stopped), a recording
SMTP server and a fake GOV.UK Notify, all on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.notifications.fake_notify import FAKE_API_KEY
from tests.notifications.processes import BIN, PROJECT, Beat, Process, RedisServer, Worker

COMPOSE = PROJECT / "docker-compose.yml"
WORKERS = ("crisis-worker", "crisis-sms-worker", "worker")


def compose_commands() -> dict[str, list[str]]:
    """service name -> its `command:` (single-line celery commands only)."""
    commands: dict[str, list[str]] = {}
    service = None
    for line in COMPOSE.read_text().splitlines():
        named = re.match(r"^  ([a-z][\w-]*):\s*$", line)
        if named:
            service = named.group(1)
            continue
        command = re.match(r"^    command:\s*(celery\s.*)$", line)
        if command and service:
            commands[service] = command.group(1).split()
    return commands


def children(pid: int) -> list[int]:
    """Direct children of a process (the pool processes of a celery worker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            stat = (entry / "stat").read_text()
            # pid (comm) state ppid ...; comm may hold spaces, so split after the ")".
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


class Stack:
    """Redis, the three workers and beat, started from the compose command lines."""

    def __init__(self, *, folder: Path, database: str, smtp_port: int, notify_url: str, env: dict):
        self.folder = folder
        self.redis_port = _free_port()
        self.redis_url = f"redis://127.0.0.1:{self.redis_port}/0"
        self.redis = RedisServer.make(
            port=self.redis_port, log=folder / "redis.log", workdir=folder
        )
        self.env = dict(os.environ)
        self.env.pop("CELERY_BROKER_URL", None)
        self.env.update(
            DJANGO_SETTINGS_MODULE="pmp_followon.settings.test",
            CELERY_TASK_ALWAYS_EAGER="0",
            PMP_TEST_DATABASE_NAME=database,
            REDIS_URL=self.redis_url,
            PMP_TEST_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(smtp_port),
            EMAIL_USE_TLS="0",
            PMP_TEST_SMS_BACKEND="pmp_followon.notifications.sms.NotifySMSBackend",
            NOTIFY_API_KEY=FAKE_API_KEY,
            NOTIFY_SMS_TEMPLATE_ID=str(uuid.uuid4()),
            NOTIFY_BASE_URL=notify_url,
            LOG_LEVEL="INFO",
        )
        self.env.update(env)
        commands = compose_commands()
        self.workers = {
            name: Worker(
                self._local(commands[name]), env=self.env, log=folder / f"{name}.log", name=name
            )
            for name in WORKERS
        }
        beat = self._local(commands["beat"])
        beat[beat.index("--schedule") + 1] = str(folder / "celerybeat-schedule")
        self.beat = Beat(beat, env=self.env, log=folder / "beat.log", name="beat")

    @staticmethod
    def _local(command: list[str]) -> list[str]:
        assert command[0] == "celery", command
        return [str(BIN / "celery"), *command[1:]]

    def all(self) -> list[Process]:
        return [self.redis, *self.workers.values(), self.beat]

    def start(self) -> Stack:
        """Redis first, then the workers and beat side by side (each takes several seconds
        to import the project on a busy machine), as a supervisor starts them."""
        self.redis.start(timeout=90)
        self.start_together([*self.workers.values(), self.beat])
        return self

    @staticmethod
    def start_together(processes: list[Process]) -> None:
        """Start processes at the same time and wait until every one is ready."""
        with ThreadPoolExecutor(max_workers=max(len(processes), 1)) as pool:
            for started in [pool.submit(p.start, timeout=90) for p in processes]:
                started.result()

    def restart(self, *names: str) -> None:
        """Start the named workers again, together (after a kill)."""
        self.start_together([self.workers[name] for name in names])

    def stop(self) -> None:
        for process in reversed(self.all()):
            process.stop()

    def kill_pool_process(self, name: str) -> int | None:
        """SIGKILL one pool process of a worker (the worker makes a new one)."""
        worker = self.workers[name]
        pool = children(worker.proc.pid) if worker.proc else []
        if not pool:
            return None
        with contextlib.suppress(ProcessLookupError):
            os.kill(pool[0], signal.SIGKILL)
        return pool[0]

    def logs(self) -> str:
        return "\n".join(f"--- {p.name} ---\n{p.tail(40)}" for p in self.all())


def _free_port() -> int:
    from tests.notifications.processes import free_port

    return free_port()
