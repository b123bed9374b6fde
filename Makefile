# Tracker: `make run` serves the demo, `make test` runs the whole suite. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi

.PHONY: run test lint bench install install-dev clean help translations translations-update

help:
	@echo "make run    - set up, migrate, load demo data on first run, serve on http://127.0.0.1:5000"
	@echo "make test   - set up, lint, run the whole test suite"
	@echo "make bench  - run the benchmarks (slow)"
	@echo "make translations-update - extract the messages and merge them into every catalog"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Tracker needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $(VENV)/.runtime $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

run: install translations
	$(FLASK) db upgrade
	$(FLASK) seed-demo --first-run
	$(FLASK) analyze
	$(BIN)/honcho start -f Procfile

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint translations
	$(BIN)/pytest

# Compiled catalogs (.mo) are build products, not committed.
translations: install
	$(BIN)/pybabel -q compile -d tracker/translations

# After adding or changing strings: extract, merge into each catalog, then translate the new entries
# (empty or marked fuzzy) in tracker/translations/<lang>/LC_MESSAGES/messages.po.
translations-update: install
	$(BIN)/pybabel -q extract -F babel.cfg -k _l -k lazy_gettext -k lazy_pgettext:1c,2 -w 120 \
		--project=Tracker --copyright-holder=Tracker -o tracker/translations/messages.pot .
	$(BIN)/pybabel -q update -i tracker/translations/messages.pot -d tracker/translations --previous -w 120

bench: install-dev
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts
