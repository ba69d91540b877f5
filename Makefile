# newsroom: two commands for a fresh machine.
#   make run   set up .venv, migrate, load the gazetteer, import samples/, serve on 127.0.0.1:8000
#   make test  run the test suite on SQLite, then on a throw-away PostgreSQL cluster
#   make model train the name tagger's models from ../shared/ner (slow; the models are committed)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test test-sqlite test-postgres venv clean model

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

run: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_gazetteer
	$(PY) manage.py import_articles samples/
	@echo "Serving the archive on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/, create a login with: $(PY) manage.py createsuperuser)"
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

test: test-sqlite test-postgres

test-sqlite: venv
	env -u DATABASE_URL $(PY) -m pytest $(PYTEST_ARGS)

test-postgres: venv
	$(PY) tests/pgcluster.py -- $(PY) -m pytest $(PYTEST_ARGS)

model: venv
	$(PY) manage.py train_tagger --language all

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache
