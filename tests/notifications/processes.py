"""Real Celery worker, beat and redis-server processes for the delivery tests.

The worker runs the project's code with settings.test against the same test database
as pytest (PMP_TEST_DATABASE_NAME) and a real Redis; nothing runs eagerly.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings

BIN = Path(sys.executable).parent
PROJECT = Path(settings.BASE_DIR)


def wait_for(predicate: Callable[[], object], *, timeout: float, interval: float = 0.05, what=""):
    """Poll until predicate() is truthy; return its value or fail with `what`."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what or predicate}")
        time.sleep(interval)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Process:
    """A child process in its own process group (so SIGKILL reaches its children too),
    logging to a file we can show when a test fails."""

    ready_text = ""

    def __init__(self, args: list[str], *, env: dict, log: Path, name: str) -> None:
        self.args, self.env, self.log, self.name = args, env, log, name
        self.proc: subprocess.Popen | None = None

    def start(self, *, timeout: float = 40) -> Process:
        offset = self.log.stat().st_size if self.log.exists() else 0
        handle = self.log.open("ab")
        self.proc = subprocess.Popen(
            self.args,
            cwd=PROJECT,
            env=self.env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        handle.close()
        if self.ready_text:
            wait_for(
                lambda: self._log_since(offset).find(self.ready_text) >= 0 or self._died(),
                timeout=timeout,
                interval=0.1,
                what=f"{self.name} to start",
            )
            if self._died():
                raise AssertionError(f"{self.name} exited:\n{self.tail()}")
        return self

    def _log_since(self, offset: int) -> str:
        with self.log.open("rb") as f:
            f.seek(offset)
            return f.read().decode(errors="replace")

    def _died(self) -> bool:
        return self.proc is not None and self.proc.poll() is not None

    def kill(self) -> None:
        """SIGKILL the whole process group: no clean-up, no acknowledgements, no requeue."""
        if self.proc and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self, *, timeout: float = 15) -> None:
        if not self.proc or self.proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        # Children of a stopped group must not outlive the test.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)

    def tail(self, lines: int = 60) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


class Worker(Process):
    ready_text = " ready."

    @classmethod
    def make(cls, *, env, log, queues, concurrency, name, time_limit: int | None = 5):
        """A `celery worker` for `queues`. `time_limit=None` keeps the settings' time limits
        (the benchmark's batches need them); tests use a short one."""
        args = [
            str(BIN / "celery"),
            "-A",
            "pmp_followon",
            "worker",
            "-Q",
            queues,
            "--concurrency",
            str(concurrency),
            "--pool",
            "prefork",
            "--hostname",
            f"{name}-{os.getpid()}@%h",
            "--loglevel",
            "INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ]
        if time_limit is not None:
            # The lease (NOTIFICATION_LEASE_SECONDS in env) must outlive this.
            soft = max(time_limit - 1, 1)
            args += ["--time-limit", str(time_limit), "--soft-time-limit", str(soft)]
        return cls(args, env=env, log=log, name=name)


class Beat(Process):
    ready_text = "beat: Starting"

    @classmethod
    def make(cls, *, env, log, schedule: Path):
        args = [
            str(BIN / "celery"),
            "-A",
            "pmp_followon",
            "beat",
            "--loglevel",
            "INFO",
            "--schedule",
            str(schedule),
        ]
        return cls(args, env=env, log=log, name="beat")


class RedisServer(Process):
    ready_text = "Ready to accept connections"

    @classmethod
    def make(cls, *, port: int, log: Path, workdir: Path):
        args = [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ]
        return cls(args, env=dict(os.environ), log=log, name=f"redis-server :{port}")
