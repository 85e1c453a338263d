# Two commands on a fresh machine: `make serve` (service + local LM) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install browser-deps serve test test-unit test-integration lint bench load soak clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The playground's browser tests drive Debian's Chromium; Playwright never downloads a browser.
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

## Headless Chromium for the browser tests (apt, only when it is missing).
browser-deps:
	@if [ ! -x $(CHROMIUM) ]; then \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive \
			apt-get install -y --no-install-recommends chromium; \
	fi

## Start the local LM server (vLLM CPU build, installed on first use) and the API; Ctrl-C stops both.
serve: install
	$(BIN)/python -m model_serve.dev

## Lint, type-check and run every test, the integration tests against the real local LM included.
test: install browser-deps lint
	$(BIN)/pytest

## Only the fast tests (no LM server).
test-unit: install
	$(BIN)/pytest -m "not integration"

test-integration: install
	$(BIN)/pytest -m integration

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

-include model_serve/make.mk
-include bench/make.mk
-include optimizer/make.mk
