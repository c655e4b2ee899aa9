#!/usr/bin/env bash
# The production stack without a Docker engine: reads docker-compose.yml and runs each app
# service's command, environment and health check on this machine, with the production
# settings, against the local PostgreSQL and Redis (a throwaway database and Redis db).
# Checks that `migrate` completes, that web, the workers and beat come up healthy, and that
# a crisis task raised from web's environment is run by the crisis worker (and only by it).
#
# What stands in for the containers (printed as it runs): postgres/redis/mailpit hosts are
# 127.0.0.1; the throwaway database and Redis db replace the compose ones; .env.example
# stands in for .env with a fresh secret; MEDIA_ROOT and beat's schedule go to a temporary
# folder; web binds a free local port instead of 0.0.0.0:8000 (the health check follows);
# email is printed to the service log instead of Mailpit. Everything else is the file's.
#
#   SMOKE_DATABASE (pmp_compose_smoke)  SMOKE_REDIS_DB (15)  SMOKE_TIMEOUT seconds (240)
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python - "$@" <<'PY'
import os, re, secrets, shlex, signal, socket, subprocess, sys, tempfile, time
from pathlib import Path

import yaml

ROOT = Path.cwd()
DEADLINE = time.monotonic() + float(os.environ.get("SMOKE_TIMEOUT", "240"))
DATABASE = os.environ.get("SMOKE_DATABASE", "pmp_compose_smoke")
REDIS_DB = os.environ.get("SMOKE_REDIS_DB", "15")
PG = os.environ.get("SMOKE_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("SMOKE_REDIS", "redis://127.0.0.1:6379")
APP_SERVICES = ("web", "worker", "crisis-worker", "crisis-sms-worker", "beat")
tmp = Path(tempfile.mkdtemp(prefix="compose-smoke-"))
procs: dict[str, subprocess.Popen] = {}


def say(text):
    print(f"compose-smoke: {text}", flush=True)


def left() -> float:
    return DEADLINE - time.monotonic()


def seconds(value, default):
    match = re.fullmatch(r"(\d+)s", str(value or ""))
    return int(match.group(1)) if match else default


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
services = compose["services"]
port = free_port()
hostname = socket.gethostname()

env_file = {}
for line in (ROOT / ".env.example").read_text().splitlines():
    line = line.split(" #", 1)[0].strip()
    if line and not line.startswith("#") and "=" in line:
        key, value = line.split("=", 1)
        env_file[key.strip()] = value.strip()


def environment(name: str) -> dict[str, str]:
    spec = services[name]
    env = {k: os.environ[k] for k in ("HOME", "LANG", "TZ", "TMPDIR") if k in os.environ}
    env["PATH"] = f"{ROOT / '.venv' / 'bin'}:{os.environ['PATH']}"
    env["DJANGO_SETTINGS_MODULE"] = "pmp_followon.settings.production"  # the Dockerfile's ENV
    env["PYTHONUNBUFFERED"] = "1"
    env["HOSTNAME"] = hostname
    if spec.get("env_file"):
        env.update(env_file)
    env.update({k: str(v) for k, v in (spec.get("environment") or {}).items()})
    # The stand-ins for the other containers and for the secrets in .env.
    env["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(64)
    env["DATABASE_URL"] = f"{PG}/{DATABASE}"
    env["REDIS_URL"] = f"{REDIS}/{REDIS_DB}"
    env["EMAIL_HOST"] = "127.0.0.1"
    env["EMAIL_BACKEND"] = "django.core.mail.backends.console.EmailBackend"
    env["MEDIA_ROOT"] = str(tmp / "media")
    return env


def command(name: str) -> list[str]:
    text = services[name]["command"]
    text = " ".join(text) if isinstance(text, list) else " ".join(str(text).split())
    text = text.replace("0.0.0.0:8000", f"127.0.0.1:{port}")
    text = text.replace("/tmp/celerybeat-schedule", str(tmp / "celerybeat-schedule"))
    return shlex.split(text)


def health_check(name: str):
    test = (services[name].get("healthcheck") or {}).get("test")
    if not test:
        return None
    kind, *rest = test
    if kind == "CMD-SHELL":
        script = rest[0].replace("$$", "$")
        argv = ["sh", "-c", script]
    else:
        argv = [part.replace("127.0.0.1:8000", f"127.0.0.1:{port}") for part in rest]
    timeout = seconds(services[name]["healthcheck"].get("timeout"), 30)
    return argv, timeout


def healthy(name: str) -> bool:
    check = health_check(name)
    if check is None:  # no health check: running is healthy
        return procs[name].poll() is None
    argv, timeout = check
    try:
        result = subprocess.run(argv, env=environment(name), cwd=ROOT, capture_output=True,
                                timeout=min(timeout, max(left(), 1)))
    except subprocess.TimeoutExpired:
        return False
    return result.returncode == 0


def start(name: str) -> subprocess.Popen:
    log = open(tmp / f"{name}.log", "w")
    say(f"{name}: {' '.join(command(name))}")
    return subprocess.Popen(command(name), env=environment(name), cwd=ROOT, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)


def tail(name: str, lines: int = 30) -> str:
    path = tmp / f"{name}.log"
    return "\n".join(path.read_text().splitlines()[-lines:]) if path.exists() else ""


def psql(sql: str) -> None:
    subprocess.run(["psql", f"{PG}/postgres", "-q", "-c", sql], check=True,
                   capture_output=True, timeout=60)


def redis_flush() -> None:
    import redis

    redis.Redis.from_url(f"{REDIS}/{REDIS_DB}").flushdb()


def stop_all() -> None:
    for proc in procs.values():
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    end = time.monotonic() + 15
    for proc in procs.values():
        try:
            proc.wait(timeout=max(end - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def fail(text: str, *names: str) -> None:
    say(f"FAILED: {text}")
    for name in names:
        print(f"--- {name} log (last lines) ---\n{tail(name)}", flush=True)
    raise SystemExit(1)


try:
    # The compose file itself: what production must have.
    app = [n for n in services if n in APP_SERVICES or n == "migrate"]
    for name in APP_SERVICES:
        wait = services[name].get("depends_on") or {}
        if (wait.get("migrate") or {}).get("condition") != "service_completed_successfully":
            fail(f"{name} does not wait for migrate to complete")
    for name, spec in services.items():
        image = spec.get("image", "")
        if image.endswith(":latest") or (image and ":" not in image):
            fail(f"{name} image is not pinned: {image}")
        if name in app and str(spec.get("user", "")).split(":")[0] in ("", "0", "root"):
            fail(f"{name} runs as root")

    psql(f'DROP DATABASE IF EXISTS "{DATABASE}"')
    psql(f'CREATE DATABASE "{DATABASE}"')
    redis_flush()
    (tmp / "media").mkdir()

    procs["migrate"] = start("migrate")
    try:
        code = procs["migrate"].wait(timeout=max(left(), 1))
    except subprocess.TimeoutExpired:
        fail("migrate did not finish in time", "migrate")
    if code != 0:
        fail(f"migrate exited with {code}", "migrate")
    say("migrate: completed")

    for name in APP_SERVICES:
        procs[name] = start(name)

    def wait_healthy(names, what):
        pending = set(names)
        while pending and left() > 0:
            for name in sorted(pending):
                if procs[name].poll() is not None:
                    fail(f"{name} exited with {procs[name].returncode}", name)
                if healthy(name):
                    say(f"{name}: healthy")
                    pending.discard(name)
            if pending:
                time.sleep(2)
        if pending:
            fail(f"not healthy in time ({what}): {', '.join(sorted(pending))}", *pending)

    wait_healthy(["worker", "crisis-worker", "crisis-sms-worker", "beat"], "workers and beat")

    # A crisis task raised from web's environment must reach the crisis worker.
    raise_task = (
        "from pmp_followon.celery import app;"
        "r = app.send_task('pmp_followon.notifications.tasks.heartbeat', queue='crisis');"
        "print(r.id)"
    )
    result = subprocess.run(["python", "manage.py", "shell", "-c", raise_task],
                            env=environment("web"), cwd=ROOT, capture_output=True, text=True,
                            timeout=max(left(), 1))
    if result.returncode != 0:
        fail("could not raise the crisis task from web: " + result.stderr[-2000:])
    task_id = result.stdout.strip().splitlines()[-1]
    while left() > 0 and not re.search(rf"\[{task_id}\] succeeded", tail("crisis-worker", 400)):
        time.sleep(1)
    if not re.search(rf"\[{task_id}\] succeeded", tail("crisis-worker", 400)):
        fail(f"crisis task {task_id} was not run by the crisis worker", "crisis-worker")
    if task_id in (tmp / "worker.log").read_text():
        fail(f"crisis task {task_id} reached the default worker", "worker")
    say(f"crisis task {task_id}: raised on web, run by the crisis worker")

    # web is healthy once its database, cache, broker and the workers' heartbeat are.
    wait_healthy(["web"], "web")
    for name in APP_SERVICES:
        if procs[name].poll() is not None:
            fail(f"{name} stopped", name)
    say(f"all services healthy with {left():.0f}s to spare")
finally:
    stop_all()
    try:
        psql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        redis_flush()
    except Exception as exc:  # noqa: BLE001 - cleanup must not hide the result
        say(f"cleanup: {exc}")
    if os.environ.get("SMOKE_KEEP_LOGS"):
        say(f"logs in {tmp}")
    else:
        subprocess.run(["rm", "-rf", str(tmp)], check=False)
PY
