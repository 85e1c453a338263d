# Optimizer targets, included from the Makefile. BIN comes from there (the project venv).
# The LM is the one in the settings (TEXT2SQL_LM_*; default: the local vLLM server, `make lm-up`).
OPTIMIZE := $(BIN)/python -m optimizer
# The shipped results used these caps so that all runs fit in about two hours on 2 CPU cores;
# empty them for full splits (make optimize TRAIN_CAP= VAL_CAP= TEST_CAP= MAX_TOKENS=).
TRAIN_CAP ?= 32
VAL_CAP ?= 40
TEST_CAP ?= 40
MAX_TOKENS ?= 128
LM_TIMEOUT ?= 300
DEADLINE ?= 900
CANDIDATES ?= 2
LIMITS = $(if $(MAX_TOKENS),--lm-max-tokens $(MAX_TOKENS)) $(if $(LM_TIMEOUT),--lm-timeout-s $(LM_TIMEOUT)) \
	$(if $(DEADLINE),--deadline-s $(DEADLINE))
EVAL_CAPS = $(if $(VAL_CAP),--val-cap $(VAL_CAP)) $(if $(TEST_CAP),--test-cap $(TEST_CAP)) $(LIMITS)
CAPS = $(if $(TRAIN_CAP),--train-cap $(TRAIN_CAP)) $(EVAL_CAPS)
PROGRAM ?= uncompiled
SPLIT ?= val

.PHONY: optimize optimize-baseline optimize-labeled optimize-knn optimize-bootstrap optimize-mipro \
	optimize-cot evaluate \
	report activate-best

## Compile the shipped programs against the configured LM, activate the best on validation, report.
optimize: optimize-baseline optimize-labeled optimize-knn optimize-bootstrap optimize-mipro optimize-cot \
	activate-best report

optimize-baseline: install
	$(OPTIMIZE) compile --optimizer none --name baseline $(CAPS)

optimize-labeled: install
	$(OPTIMIZE) compile --optimizer labeled --k 4 --name labeled-k4 $(CAPS)

# Similar demos need no LM calls to compile, so the pool is the whole training split (no cap).
optimize-knn: install
	$(OPTIMIZE) compile --optimizer knn --k 4 --name knn-k4 $(EVAL_CAPS)

optimize-bootstrap: install
	$(OPTIMIZE) compile --optimizer bootstrap-rs --num-candidate-programs $(CANDIDATES) \
		--name bootstrap-rs $(CAPS)

optimize-mipro: install
	$(OPTIMIZE) compile --optimizer mipro --mipro-auto light --name mipro-light $(CAPS)

optimize-cot: install
	$(OPTIMIZE) compile --optimizer labeled --k 4 --cot --name labeled-k4-cot $(CAPS)

## Score one program through the serving pipeline: make evaluate PROGRAM=labeled-k4 SPLIT=val
evaluate: install
	$(OPTIMIZE) evaluate $(PROGRAM) --split $(SPLIT) $(LIMITS)

## Rebuild reports/results.md and reports/results.png from compiled_programs/*.meta.json.
report: install
	$(OPTIMIZE) report

## Mark the program with the best VALIDATION score active (test never chooses).
activate-best: install
	$(OPTIMIZE) activate --best
