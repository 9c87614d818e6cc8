# The two commands: `make dev` (set up and serve) and `make test` (the whole suite).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Development runs with DEBUG on and reads .env; production sets its own environment
# (settings read .env only with DJANGO_READ_DOT_ENV_FILE=1).
DEV_ENV := DEBUG=1 DJANGO_READ_DOT_ENV_FILE=1

.PHONY: bench-api bench-tree bench-scale bench-demo bench-ingest bench-migrate dev setup test lint check-migrations db-stop docs demo-data reset clean-venv clients clients-ts-check test-replica test-pgbouncer bench-replica

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@py=$$(scripts/find-python.sh) || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)'; then \
		rm -rf $(VENV); echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

.env:
	cp .env.example .env

setup: $(VENV)/.installed .env
	$(DEV_ENV) $(PY) manage.py migrate --no-input
	$(DEV_ENV) $(PY) manage.py load_fixtures
	$(DEV_ENV) $(PY) manage.py ensure_dev_superuser

dev: setup
	@echo "Admin: http://$(HOST):$(PORT)/admin/   API: http://$(HOST):$(PORT)/api/v1/   Docs: http://$(HOST):$(PORT)/api/docs/"
	$(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

check-migrations: $(VENV)/.installed
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run

docs: $(VENV)/.installed
	$(DEV_ENV) $(PY) manage.py migrate --no-input
	$(DEV_ENV) $(PY) manage.py generate_schema_docs

demo-data: $(VENV)/.installed
	$(DEV_ENV) $(PY) manage.py generate_demo_data --scale $(or $(SCALE),1) --seed $(or $(SEED),1)

# Development only: drop every table of the configured database, migrate, load the fixtures.
reset: $(VENV)/.installed
	$(DEV_ENV) $(PY) manage.py reset_db --no-input
	$(DEV_ENV) $(PY) manage.py ensure_dev_superuser

# Typed clients (docs/clients.md): the schema, then the Python and TypeScript clients from it.
CLIENTS := clients
TS_DIR := $(CLIENTS)/typescript

$(TS_DIR)/node_modules/.package-lock.json: $(TS_DIR)/package.json $(TS_DIR)/package-lock.json
	cd $(TS_DIR) && npm ci --no-audit --no-fund --loglevel=error

clients: $(VENV)/.installed $(TS_DIR)/node_modules/.package-lock.json
	$(DEV_ENV) $(PY) manage.py spectacular --file $(CLIENTS)/openapi.yaml --validate --fail-on-warn
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) $(CLIENTS)/python/json_only.py $(CLIENTS)/openapi.yaml "$$tmp/openapi.json" && \
	cd $(CLIENTS)/python && PATH="$(abspath $(VENV))/bin:$$PATH" openapi-python-client generate \
		--path "$$tmp/openapi.json" --config openapi-python-client.yaml \
		--custom-template-path templates --meta none --output-path data_platform_client --overwrite
	touch $(CLIENTS)/python/data_platform_client/py.typed
	cd $(TS_DIR) && npm run --silent generate

# tsc --strict over the TypeScript client and its examples.
clients-ts-check: $(TS_DIR)/node_modules/.package-lock.json
	cd $(TS_DIR) && npm run --silent typecheck

db-stop:
	$(PY) -m config.devdb stop

clean-venv:
	rm -rf $(VENV)

# Scale-out (docs/scale-out.md): a throwaway primary + streaming replica (+ PgBouncer).
SCALEOUT_DIR ?= /tmp/scaleout-$(USER)
test-replica: $(VENV)/.installed
	@$(PY) scripts/scaleout_cluster.py start $(SCALEOUT_DIR) --replica >/dev/null 2>&1
	DEBUG=1 SCALEOUT_CLUSTER_DIR=$(SCALEOUT_DIR) \
	DATABASE_URL=$$($(PY) scripts/scaleout_cluster.py url $(SCALEOUT_DIR) primary 2>/dev/null) \
	DATABASE_REPLICA_URLS=$$($(PY) scripts/scaleout_cluster.py url $(SCALEOUT_DIR) replica 2>/dev/null) \
	$(PY) -m pytest -q -m replica tests/scaleout $(PYTEST_ARGS); rc=$$?; \
	$(PY) scripts/scaleout_cluster.py stop $(SCALEOUT_DIR) 2>/dev/null; exit $$rc

# The whole CI scale-out step: replica tests, migrate/retention and the suite through PgBouncer.
test-pgbouncer: $(VENV)/.installed
	bash .ci/scaleout

bench-replica: $(VENV)/.installed
	$(PY) benchmarks/replica_reads.py $(BENCH_ARGS)

# The API against raw psycopg on the same tables (issue 13; docs/apps/conversations.md).
bench-api: $(VENV)/.installed
	$(PY) benchmarks/api_peers.py $(BENCH_ARGS)

# The research tree at 100k nodes against its budgets, with raw psycopg beside the ORM
# (issue 14; docs/performance.md).
bench-tree: $(VENV)/.installed
	$(DEV_ENV) $(PY) benchmarks/tree.py $(BENCH_ARGS)

# generate_demo_data against raw COPY of the same rows, RUNS times (issue 14; docs/performance.md).
bench-demo: $(VENV)/.installed
	$(DEV_ENV) $(PY) benchmarks/demo_data.py --runs $(or $(RUNS),3) --scale $(or $(SCALE),1) $(BENCH_ARGS)

# The posts ingest (API and service) against raw COPY, 500-post batches (issue 14).
bench-ingest: $(VENV)/.installed
	DJANGO_READ_DOT_ENV_FILE=1 DEBUG=0 $(PY) benchmarks/ingest.py $(BENCH_ARGS)

# A fresh `manage.py migrate`, against Django's model-state reloads and raw psycopg
# (issue 14; docs/performance.md, "Migrate"). RUNS=5 by default.
bench-migrate: $(VENV)/.installed
	$(DEV_ENV) $(PY) benchmarks/migrate.py --runs $(or $(RUNS),5) $(BENCH_ARGS)

# Admin changelists, API lists and ingest at SIZE/10 and SIZE rows (issue 14; docs/performance.md).
SIZE ?= 100000
bench-scale: $(VENV)/.installed
	DJANGO_READ_DOT_ENV_FILE=1 DEBUG=0 $(PY) benchmarks/scale.py --sizes $$(( $(SIZE) / 10 )) $(SIZE) $(if $(MODELS),--models $(MODELS)) $(BENCH_ARGS)
