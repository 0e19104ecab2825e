# Tukiverkko — `make help` lists the targets.
SHELL := /bin/bash
# The interpreter the virtualenv is made from: the distribution's python3 when it can
# (bin/choose_python.sh says why), else python3 on the PATH.
PYTHON ?= $(shell bin/choose_python.sh)
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# make test runs against PostgreSQL and a real Redis (DB 15, kept apart from development).
TEST_DATABASE_URL ?= postgres://$(shell id -un)@127.0.0.1:5432/test
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15
# make upgrade-check: a database made by UPGRADE_FROM must migrate to this tree without loss.
# UPGRADE_FROM is the last release's commit; move it forward once a release is deployed.
UPGRADE_FROM ?= 3852180
UPGRADE_DATABASE_URL ?= postgres://$(shell id -un)@127.0.0.1:5432/upgrade_check
# make test runs the tests in parallel processes (pytest-xdist): one per CPU, at most 4
# (each has its own test database and Redis key prefix). PYTEST_WORKERS=0 runs them
# all in one process.
PYTEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); echo $$(( n > 4 ? 4 : n )))

.DEFAULT_GOAL := help
.PHONY: help install run worker beat test lint upgrade-check deploy-check scale-check format bench messages clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/activate: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/activate

install: $(BIN)/activate ## Create the virtualenv and install the dependencies

# Links in emails and the demo Site use the address the server really answers on.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: install ## First run: migrate, demo data, server on http://$(HOST):$(PORT) (SQLite; a worker too if REDIS_URL is set)
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_data
	@if [ -n "$$REDIS_URL" ]; then \
		echo "REDIS_URL is set: starting a Celery worker (with the beat scheduler) beside the server"; \
		$(BIN)/celery -A cms worker --beat --loglevel=INFO --concurrency=2 & \
		trap "kill $$! 2>/dev/null" EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT); \
	else \
		echo "REDIS_URL is not set: background tasks run in-process"; \
		$(MANAGE) runserver $(HOST):$(PORT); \
	fi

worker: install ## Run a Celery worker (needs REDIS_URL)
	@test -n "$$REDIS_URL" || { echo "Set REDIS_URL, e.g. REDIS_URL=redis://127.0.0.1:6379/0"; exit 1; }
	$(BIN)/celery -A cms worker --loglevel=INFO

beat: install ## Run the one Celery beat scheduler (periodic jobs; exactly one per site)
	@test -n "$$REDIS_URL" || { echo "Set REDIS_URL, e.g. REDIS_URL=redis://127.0.0.1:6379/0"; exit 1; }
	$(BIN)/celery -A cms beat --loglevel=INFO --schedule=$${CELERY_BEAT_SCHEDULE_FILE:-/tmp/tukiverkko-celerybeat-schedule}

test: install ## The whole test suite against PostgreSQL and Redis with a real worker
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(TEST_REDIS_URL)} \
		$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: install ## ruff check and format check, import contracts (layers), migrations check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(MANAGE) makemigrations --check --dry-run

upgrade-check: install ## Migrate a database made by UPGRADE_FROM (demo data and more) and prove nothing is lost
	UPGRADE_FROM=$(UPGRADE_FROM) UPGRADE_DATABASE_URL=$(UPGRADE_DATABASE_URL) PYTHON_BIN=$(abspath $(PY)) \
		bin/upgrade_check.sh

deploy-check: install ## Run docs/deploy's nginx site before two gunicorn app servers and check it (needs nginx)
	PYTHON_BIN=$(abspath $(PY)) bin/deploy_check.sh

scale-check: install ## nginx, two app servers, two workers, one beat, media on S3: a mixed load with kills, checked (needs nginx)
	PYTHON_BIN=$(abspath $(PY)) bin/scale_check.sh

format: install ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Figures are taken as in production: DEBUG off (DEBUG=true would record every query).
bench: export DEBUG ?= false
bench: install ## Every benchmark, one table and one JSON file (bench-results.json); BENCH_ARGS=--large adds 20k x 20k
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo_data > /dev/null
	$(MANAGE) bench_all $(BENCH_ARGS)

# The staff admin is in fi, sv and en (msgids are English); the public interface is in
# all ten content languages. The other seven catalogues hold only what readers, the
# sign-up form and the volunteer portal show, so the files below (staff screens only)
# are left out of them.
ADMIN_LANGUAGES := fi sv
PUBLIC_LANGUAGES := ar so ru ckb prs ti uk
STAFF_ONLY := templates/participants templates/matching/admin templates/matching/attention_panel.html \
	templates/outbox templates/volunteers/admin templates/reports templates/wagtailadmin \
	'templates/matching/email/followup_due*' 'templates/matching/email/quiet_match_alert*' \
	'templates/matching/email/weekly_digest*' 'templates/volunteers/email/requirement_reminder*' \
	'volunteers/participants/*' 'volunteers/outbox/*' 'volunteers/reports/*' \
	'volunteers/outreach/*' templates/outreach \
	'volunteers/*/viewsets.py' 'volunteers/*/wagtail_hooks.py' 'volunteers/*/*_admin.py' \
	'volunteers/matching/review.py' 'volunteers/matching/runs.py' 'volunteers/matching/inputs.py' \
	'volunteers/matching/models/runs.py' 'volunteers/matching/engine/*' \
	'volunteers/volunteers/screening.py' 'volunteers/volunteers/eligibility.py' \
	'volunteers/volunteers/forms/screening.py' 'volunteers/volunteers/models/*' \
	'*/apps.py' 'home/models.py' 'home/wagtail_hooks.py' 'resources/wagtail_hooks.py' 'resources/blocks.py' \
	'resources/models/review.py' 'resources/models/guides.py' 'resources/models/themes.py' \
	'resources/models/meetings.py' 'resources/models/privacy_notice.py' 'cms/admin_strings.py' \
	'cms/permissions.py' 'cms/roles.py' 'volunteers/matching/review_screen.py' \
	'home/calendar.py' 'home/dashboard.py' templates/home/admin templates/home/dashboard

messages: install ## Update and compile the interface translations (all ten languages)
	$(MANAGE) makemessages $(addprefix -l ,$(ADMIN_LANGUAGES)) --ignore=.venv --ignore=tests
	$(MANAGE) makemessages $(addprefix -l ,$(PUBLIC_LANGUAGES)) --ignore=.venv --ignore=tests \
		$(addprefix --ignore=,$(STAFF_ONLY))
	$(MANAGE) compilemessages --ignore=.venv

clean: ## Remove the virtualenv and the local SQLite database
	rm -rf $(VENV) db.sqlite3 staticfiles
