# The README's commands. `make run` and `make test` work on a fresh machine with
# Python 3.11 and npm.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install assets migrate seed serve bench chaos lint check-deploy clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch node_modules/.package-lock.json

static/nhsuk/nhsuk-frontend.min.css: node_modules/.package-lock.json scripts/build_assets.sh
	scripts/build_assets.sh

assets: static/nhsuk/nhsuk-frontend.min.css

migrate: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

seed: migrate
	$(PY) manage.py seed_demo

## Set up everything, seed the demo and serve on 127.0.0.1:8000 with the periodic work.
run: install assets seed
	scripts/run_local.sh

## The whole test suite. Set DATABASE_URL and REDIS_URL to run it on PostgreSQL and Redis
## (the real-worker delivery tests run only then).
test: install assets
	$(VENV)/bin/pytest $(PYTEST_ARGS)

bench: install
	$(PY) bench/run.py

## Fault injection with real workers, beat, Redis, SMTP and a fake Notify (a few minutes).
## Needs DATABASE_URL (PostgreSQL) and redis-server on the PATH.
chaos: install
	PMP_CHAOS=1 $(VENV)/bin/pytest tests/chaos -p no:cacheprovider -s $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .

check-deploy: install assets
	scripts/check_deploy.sh

clean:
	rm -rf $(VENV) node_modules static/nhsuk staticfiles var db.sqlite3
