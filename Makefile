# The two commands: `make dev` (set up and serve) and `make test` (the whole suite).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Development runs with DEBUG on and reads .env; production sets its own environment
# (settings read .env only with DJANGO_READ_DOT_ENV_FILE=1).
DEV_ENV := DEBUG=1 DJANGO_READ_DOT_ENV_FILE=1

.PHONY: dev setup test lint check-migrations db-stop docs demo-data reset clean-venv

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

db-stop:
	$(PY) -m config.devdb stop

clean-venv:
	rm -rf $(VENV)
