"""The worker and beat command lines of scripts/run_local.sh are those of
docker-compose.yml (the chaos suite starts the compose ones), and every queue the code
publishes to has a worker."""

from __future__ import annotations

import shlex

from django.conf import settings

from tests.chaos.stack import COMPOSE, compose_commands

RUN_LOCAL = COMPOSE.parent / "scripts" / "run_local.sh"


def _run_local_commands() -> list[list[str]]:
    text = RUN_LOCAL.read_text().replace("\\\n", " ")
    commands = []
    for line in text.splitlines():
        if line.startswith(".venv/bin/celery "):
            words = shlex.split(line.strip().rstrip("&"))
            commands.append(["celery", *words[1:]])
    return commands


def _without_schedule(command: list[str]) -> list[str]:
    if "--schedule" in command:
        at = command.index("--schedule")
        return command[:at] + command[at + 2 :]
    return command


def test_run_local_starts_the_workers_and_beat_of_docker_compose():
    compose = compose_commands()
    assert set(compose) == {"worker", "crisis-worker", "crisis-sms-worker", "beat"}
    local = sorted(_without_schedule(c) for c in _run_local_commands())
    assert local == sorted(_without_schedule(c) for c in compose.values())


def test_every_queue_has_a_worker_and_crisis_queues_have_two_processes():
    queues = {q.name for q in settings.CELERY_TASK_QUEUES}
    served = {}
    for command in compose_commands().values():
        if "worker" in command:
            processes = int(command[command.index("--concurrency") + 1])
            for queue in command[command.index("-Q") + 1].split(","):
                served[queue] = processes
    assert set(served) == queues == {"crisis", "crisis_sms", "default"}
    assert served["crisis"] >= 2 and served["crisis_sms"] >= 2
