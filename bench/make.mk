# Load benchmark targets, included from the Makefile. BIN comes from there (the project venv).
# Both start the stub LM and the service as separate processes on 127.0.0.1 (bench/load.py).
LOAD_REQUESTS ?= 2000
LOAD_CONCURRENCY ?= 50
SOAK_MINUTES ?= 10
SOAK_CONCURRENCY ?= 20

.PHONY: load soak bench bench-knn bench-databases bench-unseen bench-follow-ups

## Throughput, latency added by the service, errors and peak RSS: 2,000 POST /sql at concurrency 50.
load: install
	$(BIN)/python -m bench.load --requests $(LOAD_REQUESTS) --concurrency $(LOAD_CONCURRENCY)

## Memory over time: POST /sql for SOAK_MINUTES, RSS sampled every 5 s (first/last/max and slope).
soak: install
	$(BIN)/python -m bench.load --soak $(SOAK_MINUTES) --concurrency $(SOAK_CONCURRENCY)

## Latency of one /sql request end to end on the real local model (start it with `make lm-up`).
bench: install
	$(BIN)/python -m bench.sql_latency

## What similar-demo selection (knn programs) costs: embedder load, retriever build, per-request retrieval, RSS.
bench-knn: install
	$(BIN)/python -m bench.demo_retrieval

## Named databases: a 100-table PostgreSQL schema introspected (cold, warm), and what a cached schema adds to a request.
bench-databases: install
	$(BIN)/python -m bench.databases

## 1,058 questions (1,051 reads, 7 writes) on 56 databases no program saw (bench/unseen/: SQLite, pg_dumps, mysqldumps), through the API: strict/subset EX, valid, seconds.
bench-unseen: install mariadb-deps
	$(BIN)/python -m bench.unseen_questions

## 16 follow-up questions on those databases, each asked with its conversation's earlier turns and alone.
bench-follow-ups: install mariadb-deps
	$(BIN)/python -m bench.unseen_questions --follow-ups
