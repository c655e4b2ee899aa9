# One image for web, workers and beat. Build: docker build -t pmp-followon .
# Base images are pinned to exact versions (update them deliberately, with the lock file).
FROM node:20.18.1-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY scripts/build_assets.sh scripts/build_assets.sh
RUN bash scripts/build_assets.sh

FROM python:3.11.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=pmp_followon.settings.production
WORKDIR /app
# The app runs as this unprivileged user; only the media volume is writable by it.
RUN useradd --create-home --uid 1000 app \
    && mkdir -p /var/lib/pmp-followon/media \
    && chown app:app /var/lib/pmp-followon/media
# The pinned, hash-checked production dependencies (make lock), then the project itself.
COPY requirements/base.txt requirements/base.txt
RUN pip install --no-cache-dir --require-hashes -r requirements/base.txt
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir --no-deps .
# .dockerignore keeps .env, var/, .venv, .git and the tests out of this copy.
COPY . .
COPY --from=assets /app/static/nhsuk static/nhsuk
# collectstatic needs settings that load; these build-time values are never used at run time
# (nothing connects to the database or Redis while collecting static files).
RUN DJANGO_SECRET_KEY=build-only-not-secret-build-only-not-secret-build-only-x \
    DJANGO_ALLOWED_HOSTS=build.invalid DATABASE_URL=postgres://build@build.invalid/build \
    REDIS_URL=redis://build.invalid:6379/0 ALLAUTH_TRUSTED_PROXY_COUNT=0 \
    MEDIA_ROOT=/var/lib/pmp-followon/media \
    python manage.py collectstatic --noinput
VOLUME ["/var/lib/pmp-followon/media"]
USER app
EXPOSE 8000
CMD ["gunicorn", "pmp_followon.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "30", "--access-logfile", "-"]
