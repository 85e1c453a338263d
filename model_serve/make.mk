# LM server targets, included from the Makefile. BIN comes from there (the project venv).
MODAL ?= $(BIN)/modal

.PHONY: lm-install lm-up lm-down lm-status deploy-model serve-model-dev smoke-model deploy-api

## Local LM (vLLM CPU build + SmolLM2) under $TEXT2SQL_LOCAL_LM_HOME, default ~/.cache/text2sql/local-lm.
lm-install: install
	$(BIN)/python -m model_serve.local install

## Start the local LM server in the background and print its URL (http://127.0.0.1:8008/v1).
lm-up: install
	$(BIN)/python -m model_serve.local up

lm-down: install
	$(BIN)/python -m model_serve.local down

lm-status: install
	$(BIN)/python -m model_serve.local status

## Production LM: Starling-LM-7B-beta on a Modal GPU (needs `modal token new` and the secret, see model_serve/README.md).
deploy-model: install
	$(MODAL) deploy model_serve/modal_app.py

## A hot-reloading, temporary copy of the LM app for development.
serve-model-dev: install
	$(MODAL) serve model_serve/modal_app.py

## Health check + one chat request against the Modal LM (needs TEXT2SQL_LM_API_KEY).
smoke-model: install
	$(MODAL) run model_serve/modal_app.py

## The API on Modal (stateless ASGI app, compiled_programs baked into the image).
deploy-api: install
	$(MODAL) deploy model_serve/modal_api.py
