# Two commands on a fresh machine: `make serve` (service + local LM) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install browser-deps mariadb-deps serve test test-unit test-integration lint bench load soak clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The playground's browser tests drive Debian's Chromium; Playwright never downloads a browser.
# Answers about a mysqldump are scored on Debian's MariaDB (a server of its own per run).
CHROMIUM := /usr/bin/chromium
MARIADBD := /usr/sbin/mariadbd
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends

## Headless Chromium for the browser tests (apt, only when it is missing).
browser-deps:
	@if [ ! -x $(CHROMIUM) ]; then $(SUDO) apt-get update && $(APT_INSTALL) chromium; fi

## MariaDB server and client for scoring MySQL answers (apt, only when they are missing).
mariadb-deps:
	@if [ ! -x $(MARIADBD) ]; then \
		$(SUDO) apt-get update && $(APT_INSTALL) mariadb-server mariadb-client; \
	fi

## Start the local LM server (vLLM CPU build, installed on first use) and the API; Ctrl-C stops both.
serve: install
	$(BIN)/python -m model_serve.dev

## Lint, type-check and run every test, the integration tests against the real local LM included.
test: install browser-deps mariadb-deps lint
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
