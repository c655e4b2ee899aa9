#!/usr/bin/env bash
# Serves the app on 127.0.0.1:8000 with a real Celery worker and beat beside it.
# Without REDIS_URL the broker is kombu's filesystem transport in var/broker/ (the settings
# make its folders); with REDIS_URL it is Redis. Ctrl+C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
trap 'trap - EXIT; kill 0' EXIT INT TERM
# The workers of production (docker-compose.yml): crisis messages never wait behind a batch
# of reminders, and crisis texts have their own worker so a hanging SMS provider cannot
# hold up crisis email.
.venv/bin/celery -A pmp_followon worker -Q crisis --concurrency 2 \
  --hostname "crisis@%h" --loglevel INFO &
.venv/bin/celery -A pmp_followon worker -Q crisis_sms --concurrency 2 \
  --hostname "crisis-sms@%h" --loglevel INFO &
.venv/bin/celery -A pmp_followon worker -Q default --concurrency 2 \
  --hostname "default@%h" --loglevel INFO &
.venv/bin/celery -A pmp_followon beat --loglevel INFO \
  --schedule var/celerybeat-schedule &
.venv/bin/python manage.py runserver 127.0.0.1:8000
