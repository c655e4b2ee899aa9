# One image for web, workers and beat. Build: docker build -t pmp-followon .
FROM node:20-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY scripts/build_assets.sh scripts/build_assets.sh
RUN bash scripts/build_assets.sh

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=pmp_followon.settings.production
WORKDIR /app
RUN useradd --create-home --uid 1000 app
# The pinned, hash-checked production dependencies (make lock), then the project itself.
COPY requirements/base.txt requirements/base.txt
RUN pip install --no-cache-dir --require-hashes -r requirements/base.txt
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir --no-deps .
COPY . .
COPY --from=assets /app/static/nhsuk static/nhsuk
# collectstatic needs settings that load; these build-time values are never used at run time.
RUN DJANGO_SECRET_KEY=build-only-not-secret-build-only-not-secret-build-only-x \
    DJANGO_ALLOWED_HOSTS=build.invalid DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --noinput
USER app
EXPOSE 8000
CMD ["gunicorn", "pmp_followon.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "30", "--access-logfile", "-"]
