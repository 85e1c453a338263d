"""The optimizers a compile can use, by name, each with its settings recorded for provenance.

``none`` returns the program as built (the zero-shot baseline). The others are DSPy's own
teleprompters; each gets the training set, and the ones that select among candidates also get
the validation set (as the origin did). The test set never reaches this module.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import dspy
from dspy.teleprompt import (
    BootstrapFewShotWithRandomSearch,
    LabeledFewShot,
    MIPROv2,
)
from dspy.utils.exceptions import AdapterParseError

from app.demo_retrieval import EMBEDDER, DemoPoolSpec
from app.program import Text2SQLProgram
from optimizer.scoring import checked_execution_match

Metric = Callable[..., bool]
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OptimizerOptions:
    """Every knob a compile may turn. Defaults follow the origin where it set one.

    ``max_labeled_demos`` is 4, not DSPy's 16: each demo carries its own schema (a few hundred
    tokens), and 16 of them overflow a small model's context and slow a CPU server to a crawl.
    """

    k: int = 4
    max_bootstrapped_demos: int = 2
    max_labeled_demos: int = 4
    num_candidate_programs: int = 8
    max_rounds: int = 1
    mipro_auto: str = "light"
    num_threads: int = 8
    seed: int = 1399


@dataclass(frozen=True)
class Optimizer:
    name: str
    summary: str
    uses_valset: bool
    compile: Callable[
        [Text2SQLProgram, list[dspy.Example], list[dspy.Example], OptimizerOptions, Metric],
        Text2SQLProgram,
    ]
    settings: Callable[[OptimizerOptions], dict[str, Any]]


def _none(
    student: Text2SQLProgram,
    trainset: list[dspy.Example],
    valset: list[dspy.Example],
    options: OptimizerOptions,
    metric: Metric,
) -> Text2SQLProgram:
    del trainset, valset, options, metric  # nothing to learn: the baseline as built
    return student


def _labeled(
    student: Text2SQLProgram,
    trainset: list[dspy.Example],
    valset: list[dspy.Example],
    options: OptimizerOptions,
    metric: Metric,
) -> Text2SQLProgram:
    del valset, metric  # labeled demos are sampled, not selected
    program: Text2SQLProgram = LabeledFewShot(k=options.k).compile(
        student, trainset=trainset, sample=True
    )
    return program


def _knn(
    student: Text2SQLProgram,
    trainset: list[dspy.Example],
    valset: list[dspy.Example],
    options: OptimizerOptions,
    metric: Metric,
) -> Text2SQLProgram:
    # Unlike dspy.KNNFewShot, which bootstraps demos with LM calls on every request, the demos
    # are the labeled training examples themselves: no LM work at compile or selection time,
    # and the whole pool is saved in the program file so the service rebuilds the same retriever.
    del valset, metric
    program: Text2SQLProgram = student.deepcopy()
    program.use_similar_demos(DemoPoolSpec.from_examples(options.k, trainset))
    return program


def _bootstrap_rs(
    student: Text2SQLProgram,
    trainset: list[dspy.Example],
    valset: list[dspy.Example],
    options: OptimizerOptions,
    metric: Metric,
) -> Text2SQLProgram:
    optimizer = BootstrapFewShotWithRandomSearch(
        metric=metric,
        max_bootstrapped_demos=options.max_bootstrapped_demos,
        max_labeled_demos=options.max_labeled_demos,
        num_candidate_programs=options.num_candidate_programs,
        max_rounds=options.max_rounds,
        num_threads=options.num_threads,
    )
    program: Text2SQLProgram = optimizer.compile(
        student, trainset=trainset, valset=valset, labeled_sample=True
    )
    return program


class ProposalTolerantMIPROv2(MIPROv2):  # type: ignore[misc]
    """MIPROv2 whose instruction proposals cannot sink a whole run.

    The proposer asks the prompt model for a free-text instruction in DSPy's field format. A
    small model often answers with neither (seen with SmolLM2-135M: the run died after 25
    minutes of bootstrapping). Proposals therefore use DSPy's JSON fallback (the serving
    pipeline does not: it is set for this step only); if that fails too, every predictor keeps
    its own instruction and the Bayesian search runs over the demo candidates alone.
    """

    def _propose_instructions(
        self, program: Any, *args: Any, **kwargs: Any
    ) -> dict[int, list[str]]:
        try:
            with dspy.context(adapter=dspy.ChatAdapter(use_json_adapter_fallback=True)):
                proposals: dict[int, list[str]] = super()._propose_instructions(
                    program, *args, **kwargs
                )
                return proposals
        except AdapterParseError as error:
            # A warning, not state: the compile copies the optimizer's warnings into the meta.
            logger.warning(
                "MIPROv2: the prompt model's instruction proposal did not parse (%s); "
                "keeping each predictor's own instruction and searching demos only",
                str(error).splitlines()[0],
            )
            return {
                index: [predictor.signature.instructions]
                for index, predictor in enumerate(program.predictors())
            }


def _mipro(
    student: Text2SQLProgram,
    trainset: list[dspy.Example],
    valset: list[dspy.Example],
    options: OptimizerOptions,
    metric: Metric,
) -> Text2SQLProgram:
    optimizer = ProposalTolerantMIPROv2(
        metric=metric,
        auto=options.mipro_auto,
        max_bootstrapped_demos=options.max_bootstrapped_demos,
        max_labeled_demos=options.max_labeled_demos,
        num_threads=options.num_threads,
        seed=options.seed,
        verbose=False,
    )
    program: Text2SQLProgram = optimizer.compile(
        student,
        trainset=trainset,
        valset=valset,
        # A 135M model cannot describe a dataset or a program usefully, and each proposal is
        # a long LM call; instructions are proposed from the signature and the demos alone.
        data_aware_proposer=False,
        program_aware_proposer=False,
        minibatch_size=min(35, max(1, len(valset))),
    )
    return program


def _pick(options: OptimizerOptions, *fields: str) -> dict[str, Any]:
    values = asdict(options)
    return {name: values[name] for name in fields}


OPTIMIZERS: dict[str, Optimizer] = {
    "none": Optimizer("none", "no optimization (zero-shot)", False, _none, lambda options: {}),
    "labeled": Optimizer(
        "labeled",
        "LabeledFewShot: k training examples as demos",
        False,
        _labeled,
        lambda options: _pick(options, "k"),
    ),
    "knn": Optimizer(
        "knn",
        f"similar demos: per question, the k training examples nearest by {EMBEDDER}",
        False,
        _knn,
        lambda options: {**_pick(options, "k"), "embedder": EMBEDDER},
    ),
    "bootstrap-rs": Optimizer(
        "bootstrap-rs",
        "BootstrapFewShotWithRandomSearch: bootstrapped + labeled demos, best on validation",
        True,
        _bootstrap_rs,
        lambda options: _pick(
            options,
            "max_bootstrapped_demos",
            "max_labeled_demos",
            "num_candidate_programs",
            "max_rounds",
            "num_threads",
        ),
    ),
    "mipro": Optimizer(
        "mipro",
        "MIPROv2: proposed instructions + demos, Bayesian search on validation",
        True,
        _mipro,
        lambda options: _pick(
            options,
            "mipro_auto",
            "max_bootstrapped_demos",
            "max_labeled_demos",
            "num_threads",
            "seed",
        ),
    ),
}


def run_optimizer(
    name: str,
    student: Text2SQLProgram,
    trainset: Sequence[dspy.Example],
    valset: Sequence[dspy.Example],
    options: OptimizerOptions,
    metric: Metric = checked_execution_match,
) -> Text2SQLProgram:
    """Compile ``student`` with the named optimizer (the LM comes from ``dspy.configure``).

    Raises:
        KeyError: no optimizer has that name.
    """
    optimizer = OPTIMIZERS[name]
    return optimizer.compile(student, list(trainset), list(valset), options, metric)
