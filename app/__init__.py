"""The Text2SQL service."""

import os

# DSPy and litellm refresh model metadata from the internet on first use. The service talks
# to exactly one endpoint, the configured LM, so they must use their bundled copy. Set here,
# before any submodule imports dspy.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "true")
