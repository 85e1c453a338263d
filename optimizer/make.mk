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
# The answer-quality steps (issue 11): full splits, one change a step. Steps 1-8 ran on
# Qwen2.5-Coder-0.5B (serve it: TEXT2SQL_LOCAL_MODEL=qwen2.5-coder-0.5b make lm-up), step 9 on
# the default model (1.5B).
STEP_LIMITS = --lm-max-tokens 200 --lm-timeout-s 300 --deadline-s 900
SMALL_LM = TEXT2SQL_LM_MODEL=qwen2.5-coder-0.5b
SMALL = --adapter sql-chat
PROGRAM ?= uncompiled
SPLIT ?= val

.PHONY: optimize-steps step1 step2 step3 step4 step5 step6 step7 step8 step9 step10 step11 step13 step14 step15 step16 step17 optimize optimize-baseline optimize-labeled optimize-knn optimize-bootstrap optimize-mipro \
	optimize-cot evaluate \
	report activate-best

## The step table of README "Measured results" (rows 1-8, on the 0.5B): each row one change on the
## same full test split; steps that cannot be chosen (zero-shot rows) skip validation.
optimize-steps: step1 step2 step3 step4 step5 step6 step7 step8 report

step1: install  # today's zero-shot program: DSPy's ChatAdapter, the schema as sent
	$(SMALL_LM) $(OPTIMIZE) compile --optimizer none --adapter chat --name step1-chat --val-cap 0 $(STEP_LIMITS)
step2: install  # + the small-model adapter (bare SQL chat turns)
	$(SMALL_LM) $(OPTIMIZE) compile --optimizer none $(SMALL) --name step2-sqlchat --val-cap 0 $(STEP_LIMITS)
step3: install  # + compact schema (DDL and example values, no INSERTs)
	$(SMALL_LM) $(OPTIMIZE) compile --optimizer none $(SMALL) --compact-schema --name step3-compact \
		--val-cap 0 $(STEP_LIMITS)
step4: install  # + 3 similar demos from the training split (no constraint yet)
	$(SMALL_LM) $(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --name step4-knn3 $(STEP_LIMITS)
step5: install  # zero-shot compact + schema-constrained decoding
	$(SMALL_LM) $(OPTIMIZE) compile --optimizer none $(SMALL) --compact-schema --constrained \
		--name step5-constrained --val-cap 0 $(STEP_LIMITS)
step6: install  # 3 similar demos + constrained decoding
	$(SMALL_LM) $(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--name step6-knn3-constrained $(STEP_LIMITS)
step7: install  # + 5 candidates per call, chosen by agreeing results
	$(SMALL_LM) $(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --name step7-knn3-constrained-c5 $(STEP_LIMITS)
step8: install  # 6, answered greedily; 5 sampled candidates only when that answer fails
	$(SMALL_LM) $(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --candidate-mode fallback --name step8-knn3-constrained-fallback-c5 \
		$(STEP_LIMITS)
step9: install  # 8 on the default model, Qwen2.5-Coder-1.5B
	$(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --candidate-mode fallback --name step9-1.5b-knn3-constrained-fallback-c5 \
		$(STEP_LIMITS)
# Measured on a float32 CPU (AVX2 only): 5 sampled answers under a grammar can take minutes a
# call there, hence the longer limits and fewer questions in flight.
step10: install  # 9 + nearest demo last + also resample an empty result (+ checker corrections)
	$(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --candidate-mode fallback-empty --nearest-demo-last \
		--name step10-1.5b-nearest-last-fallback-empty \
		--lm-max-tokens 200 --lm-timeout-s 1200 --deadline-s 2400 --concurrency 6

step11: install  # 10 with the checker's join-key rule and ambiguous-column hint (the program unchanged)
	$(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --candidate-mode fallback-empty --nearest-demo-last \
		--name step11-1.5b-join-keys \
		--lm-max-tokens 200 --lm-timeout-s 1200 --deadline-s 2400 --concurrency 6

step13: install  # 11 + the example values the question names (value retrieval)
	$(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --candidate-mode fallback-empty --nearest-demo-last --question-values \
		--name step13-1.5b-question-values \
		--lm-max-tokens 200 --lm-timeout-s 1200 --deadline-s 2400 --concurrency 6

step14: install  # 13 + the dialect named under every schema (-- Using valid SQLite, ...)
	$(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --candidate-mode fallback-empty --nearest-demo-last --question-values \
		--dialect-hint --name step14-1.5b-dialect-hint \
		--lm-max-tokens 200 --lm-timeout-s 1200 --deadline-s 2400 --concurrency 6

step15: install  # 13 + sampled candidates that all disagree told apart by their likelihood
	$(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --candidate-mode fallback-empty --nearest-demo-last --question-values \
		--tie-break likelihood --name step15-1.5b-likelihood-tie-break \
		--lm-max-tokens 200 --lm-timeout-s 1200 --deadline-s 2400 --concurrency 6

step16: install  # 13 + demos as question-SQL pairs without their schemas (DAIL-SQL)
	$(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --candidate-mode fallback-empty --nearest-demo-last --question-values \
		--no-demo-schemas --name step16-1.5b-question-sql-demos \
		--lm-max-tokens 200 --lm-timeout-s 1200 --deadline-s 2400 --concurrency 6

step17: install  # 15 + demo schemas showing only the example values their SQL uses
	$(OPTIMIZE) compile --optimizer knn --k 3 $(SMALL) --compact-schema --constrained \
		--candidates 5 --candidate-mode fallback-empty --nearest-demo-last --question-values \
		--tie-break likelihood --demo-values sql --name step17-1.5b-demo-sql-values \
		--lm-max-tokens 200 --lm-timeout-s 1200 --deadline-s 2400 --concurrency 6

## The SmolLM2-era programs (capped splits, shipped before the model catalogue): measured on smollm2.
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
