# The README's commands. `make run` and `make test` work on a fresh machine with
# Python 3.11 and npm.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install assets migrate seed serve bench chaos lint format typecheck lock lock-check check-deploy model-check clean

# The lock: every Python dependency pinned with hashes, compiled from pyproject.toml.
# requirements/base.txt is what production runs (the Dockerfile); requirements/dev.txt adds
# the test and tooling extra. `make lock` regenerates both; commit them with pyproject.toml.
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --quiet \
	--custom-compile-command "make lock"

$(STAMP): pyproject.toml requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
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
## (the real-worker delivery tests run only then). It runs in TEST_PROCESSES pytest-xdist
## processes (default 2, the machine's cores; 0 runs it in this one process). With Redis,
## process N uses REDIS_URL's database plus N (pmp_followon/settings/test.py).
## Bytecode is written even where the environment says not to (PYTHONDONTWRITEBYTECODE, as
## in many container images): the suite starts 30 or so Python processes (two test
## processes and the `manage.py` ones the settings tests run), and each compiled every
## module it imported from source (about 1 s of CPU a process; decision 0020).
TEST_PROCESSES ?= 2
test: install assets
	PYTHONDONTWRITEBYTECODE= $(VENV)/bin/pytest -n $(TEST_PROCESSES) --dist loadgroup $(PYTEST_ARGS)

## Benchmarks at national size, not part of `make test`: PostgreSQL and Redis from
## DATABASE_URL and REDIS_URL; builds the data set once (manage.py seed_scale, about 10
## minutes). Figures and options: docs/operations/benchmarks.md.
bench: install
	$(PY) bench/run.py

## Fault injection with real workers, beat, Redis, SMTP and a fake Notify (a few minutes).
## Needs DATABASE_URL (PostgreSQL) and redis-server on the PATH.
chaos: install
	PMP_CHAOS=1 $(VENV)/bin/pytest tests/chaos -p no:cacheprovider -s $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

## Reformat the code (ruff format); `make lint` checks it.
format: install
	$(VENV)/bin/ruff format .

## Type-check services and selectors (mypy with django-stubs; settings in pyproject.toml).
typecheck: install
	$(VENV)/bin/mypy

## Re-pin the Python dependencies after changing pyproject.toml. Pins stay where they are
## unless pyproject.toml needs otherwise; `make lock UPGRADE=1` moves everything to the newest.
lock: install
	$(VENV)/bin/uv pip compile pyproject.toml $(LOCK_FLAGS) $(if $(UPGRADE),--upgrade) \
		-o requirements/base.txt
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev $(LOCK_FLAGS) $(if $(UPGRADE),--upgrade) \
		-o requirements/dev.txt

## Fail when requirements/*.txt differ from what `make lock` would write (CI runs this).
lock-check: install
	@tmp=$$(mktemp -d); cp requirements/base.txt requirements/dev.txt "$$tmp"/; \
	$(VENV)/bin/uv pip compile pyproject.toml $(LOCK_FLAGS) -o "$$tmp/base.txt" && \
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev $(LOCK_FLAGS) -o "$$tmp/dev.txt" && \
	diff -u requirements/base.txt "$$tmp/base.txt" && diff -u requirements/dev.txt "$$tmp/dev.txt"; \
	status=$$?; rm -rf "$$tmp"; \
	if [ $$status -ne 0 ]; then echo "The lock is out of date: run make lock" >&2; fi; \
	exit $$status

check-deploy: install assets
	scripts/check_deploy.sh

## The screener's shipped model is what the labelled data give: a full retrain on every
## labelled post (a minute or two), compared weight by weight (`train_screener --check`).
## `.ci/run` runs it; `make test` has only a quick guard on the training data's digest.
model-check: install
	DJANGO_SETTINGS_MODULE=pmp_followon.settings.test $(PY) manage.py train_screener --check

clean:
	rm -rf $(VENV) node_modules static/nhsuk staticfiles var db.sqlite3
