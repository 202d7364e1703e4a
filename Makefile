# Project commands; .ci/run uses the same ones.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup test lint types check

# The venv is only created when missing: re-running venv over one made by another
# Python would repoint its interpreter and break the installed packages.
setup:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -e '.[dev]'

# Extra arguments: make test PYTEST_ARGS='-k store -x'
test:
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint:
	$(BIN)/ruff check src tests

types:
	$(BIN)/mypy src

check: lint test
