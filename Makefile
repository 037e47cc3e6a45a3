# Two commands matter: `make run` and `make test`. Everything else is a step of theirs.
PYTHON ?= python3.13
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: install run test lint bench score

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The task worker runs background jobs (re-pairing the archive) beside the server and stops with it.
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ensure_editor
	$(PY) manage.py load_demo --confirm
	@echo "Starting the task worker and the server on http://$(HOST)/"
	@$(PY) manage.py db_worker & worker=$$!; trap 'kill $$worker' EXIT INT TERM; $(PY) manage.py runserver $(HOST)

test: install
	$(PY) -m pytest

bench: install
	$(PY) manage.py bench
	$(PY) manage.py bench_archive

# Engine quality against the labelled corpora beside the project (../shared): PolNeAR dev, then our contested suite.
score: install
	$(PY) ../shared/tools/score.py polnear ../shared/corpus/polnear/dev
	$(PY) ../shared/tools/score.py contested ../shared/corpus/contested
