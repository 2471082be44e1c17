# newsevents: `make demo` and `make test` are the whole Quick start.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= newsevents.duckdb

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Runtime install: the package, its pinned ranges and the spaCy English model.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

# Test install: the same plus pytest, hypothesis, ruff, mypy.
$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(VENV)/.installed $@

## demo: set up, analyse the bundled samples into $(DB), print a summary
demo: $(VENV)/.installed
	$(BIN)/newsevents ingest samples --db $(DB)
	$(BIN)/newsevents stats --db $(DB)

## test: set up, lint, type-check and run the test suite
test: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

## bench: throughput of the pipeline against spaCy alone
bench: $(VENV)/.installed
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache .mypy_cache .ruff_cache src/*.egg-info
