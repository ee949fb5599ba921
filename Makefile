# The README's two commands: `make run` (set up + extract seeds/) and `make test` (set up + tests).
# Set-up builds .venv/ from hash-pinned locks once; re-running is instant while the locks are unchanged.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.newsfacts-installed
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: setup run test lint eval eval-dates eval-facts bench golden clean

$(STAMP): requirements.lock requirements-dev.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes -r requirements.lock -r requirements-dev.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/newsfacts extract seeds/

test: setup
	$(BIN)/ruff check src tests scripts
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

eval: eval-dates eval-facts

eval-dates: setup
	$(BIN)/python scripts/eval_dates.py

eval-facts: setup
	$(BIN)/python scripts/eval_facts.py
	$(BIN)/python scripts/eval_facts.py --no-redocred --gold tests/data/celebrity_check.jsonl tests/data/celebrity_check_b.jsonl tests/data/celebrity_check_c.jsonl

bench: setup
	$(BIN)/python scripts/bench.py

golden: setup
	$(BIN)/python -m pytest -q tests/test_golden.py --update-golden

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
