#!/usr/bin/env bash
# Runs Django's deploy check with production settings and a safe-looking environment.
set -euo pipefail
cd "$(dirname "$0")/.."
DJANGO_SETTINGS_MODULE=pmp_followon.settings.production \
DJANGO_SECRET_KEY="$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
DJANGO_ALLOWED_HOSTS=followon.example.nhs.uk \
DATABASE_URL="postgres://deploy-check@127.0.0.1:5432/deploy-check" \
REDIS_URL="redis://127.0.0.1:6379/0" \
ALLAUTH_TRUSTED_PROXY_COUNT=1 \
MEDIA_ROOT=/var/lib/pmp-followon/media \
  .venv/bin/python manage.py check --deploy --fail-level WARNING
