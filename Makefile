# Infopublic — every task a developer or CI needs. `make help` lists them.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# PostgreSQL used by `make test` for the second run of the suite (pytest-django creates and drops test_<name>).
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/infopublic_ci

.DEFAULT_GOAL := help
.PHONY: help install install-test run serve demo migrate test test-sqlite test-postgres checks lint format \
	browser redis benchmark clean prod outdated loadtest

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[36m%-15s\033[0m %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed-base: requirements/base.txt | $(PY)
	$(BIN)/pip install --quiet -r requirements/base.txt
	touch $@

$(VENV)/.installed-test: requirements/test.txt | $(PY)
	$(BIN)/pip install --quiet -r requirements/test.txt
	touch $@ $(VENV)/.installed-base

install: $(VENV)/.installed-base ## Create .venv and install the locked runtime dependencies

install-test: $(VENV)/.installed-test ## Install the locked runtime and test dependencies

migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput

demo: migrate ## Load territories, taxonomy and the demo network (idempotent), then rebuild the search index
	$(MANAGE) load_demo
	$(MANAGE) search_rebuild

run: demo ## Install, migrate, load the demo data and serve on http://127.0.0.1:8000
	$(MANAGE) runserver $(HOST):$(PORT)

serve: ## Serve without reinstalling or reloading anything
	$(MANAGE) runserver $(HOST):$(PORT)

# `make prod`: the production path on this machine (production settings, granian, PostgreSQL, Redis).
PROD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/infopublic
PROD_REDIS_URL ?= redis://127.0.0.1:6379/1
WORKERS ?= 4
PROD_ENV = DJANGO_SETTINGS_MODULE=infopublic.settings.production DATABASE_URL=$(PROD_DATABASE_URL) \
	REDIS_URL=$(PROD_REDIS_URL) SECRET_KEY="$$(cat .prod-secret-key)" SECURE_SSL_REDIRECT=0 \
	FIELD_ENCRYPTION_SALT_KEYS="$$(cat .prod-salt-key)" ALLOWED_HOSTS=localhost,127.0.0.1 BASE_URL=http://localhost:$(PORT)

.prod-secret-key .prod-salt-key:
	$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

prod: install .prod-secret-key .prod-salt-key ## Serve with production settings: granian, WORKERS workers, PostgreSQL, Redis
	@psql "$(PROD_DATABASE_URL)" -c "select 1" >/dev/null 2>&1 || createdb -h 127.0.0.1 -U postgres infopublic
	$(PROD_ENV) $(MANAGE) migrate --noinput
	$(PROD_ENV) $(MANAGE) collectstatic --noinput -v 0
	$(PROD_ENV) $(MANAGE) load_demo --with-users
	$(PROD_ENV) $(MANAGE) search_rebuild
	$(PROD_ENV) $(BIN)/granian --interface wsgi --host $(HOST) --port $(PORT) --workers $(WORKERS) \
		--blocking-threads 4 --respawn-failed-workers infopublic.wsgi:application

redis: ## Install Debian's redis-server for the production test (needs root or sudo)
	@bash .ci/install-redis

loadtest: install ## Load test of the production path (granian, 4 workers, PostgreSQL, Redis) with wrk, for docs/benchmarks.md
	@bash .ci/loadtest

browser: ## Install Debian's chromium for the end-to-end tests (needs root or sudo)
	@bash .ci/install-browser

checks: install-test ## Django checks, migrations up to date, import layers, types of the search interface, lint
	DJANGO_SETTINGS_MODULE=infopublic.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=infopublic.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/djhtml --check templates
	PYTHONPATH=. $(BIN)/lint-imports
	PYTHONPATH=. $(BIN)/mypy

test-sqlite: install-test browser ## Run the whole suite on SQLite
	env -u DATABASE_URL $(BIN)/pytest $(PYTEST_ARGS)

test-postgres: install-test browser redis ## Run the whole suite on PostgreSQL (PG_TEST_URL), with the production test
	@bash .ci/ensure-postgres
	DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest $(PYTEST_ARGS)

test: checks test-sqlite test-postgres ## Install what the tests need and run everything (SQLite then PostgreSQL)

lint: install-test ## Format and lint (ruff format + ruff check --fix, djhtml)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml templates

benchmark: install-test ## Run the benchmarks recorded in docs/benchmarks.md
	$(MANAGE) render_benchmark
	$(MANAGE) amounts_benchmark --runs 3
	$(MANAGE) rights_benchmark --checks 30 --warmup 3
	$(MANAGE) search_benchmark --fiches 2000,20000 --queries 300 --baseline-queries 30

outdated: install-test ## List locked packages that have newer releases (see README: upgrading dependencies)
	$(BIN)/pip list --outdated --format=columns

clean: ## Remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles .prod-secret-key .test-media test-artifacts
