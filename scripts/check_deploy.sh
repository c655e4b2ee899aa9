#!/usr/bin/env bash
# Runs Django's deploy check with production settings and a safe-looking environment.
set -euo pipefail
cd "$(dirname "$0")/.."
DJANGO_SETTINGS_MODULE=pmp_followon.settings.production \
DJANGO_SECRET_KEY="$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
DJANGO_ALLOWED_HOSTS=followon.example.nhs.uk \
DATABASE_URL="${DATABASE_URL:-sqlite:///var/deploy-check.sqlite3}" \
  .venv/bin/python manage.py check --deploy --fail-level WARNING
