"""A DSPy adapter made for small models: plain chat turns, the answer as bare SQL.

DSPy's ChatAdapter frames every field with ``[[ ## name ## ]]`` markers and asks the model to
answer in that frame. Small models echo the frame, the schema or the markers back, and the
frame costs hundreds of tokens a call. This adapter writes what a small instruction-tuned coder
model was trained on: a one-paragraph system message (the signature's instruction), each demo
as a user turn (the inputs under short headings) and an assistant turn (the SQL alone), then the
question. The whole completion is the answer; the checker extracts the SQL from any stray prose
or code fence, as it does for every answer.

The adapter is part of a compiled program (saved in its JSON and meta), so the service formats
prompts exactly as they were when the program was measured.
"""

from __future__ import annotations

from typing import Any

import dspy
from dspy.signatures.signature import Signature

# Headings of the input fields in a user turn; unknown fields fall back to their own names.
HEADINGS = {
    "sql_context": "Schema",
    "question": "Question",
    "previous_sql": "Previous SQL",
    "issues": "Problems found in the previous SQL",
}


def _heading(name: str) -> str:
    return HEADINGS.get(name, name.replace("_", " ").capitalize())


class SQLChatAdapter(dspy.Adapter):
    """System instruction, demos as user/assistant turns, bare answers; one output field."""

    name = "sql-chat"

    def __init__(self) -> None:
        super().__init__(use_native_function_calling=False)

    def format_system_message(self, signature: type[Signature]) -> str:
        return str(signature.instructions).strip()

    def format_field_description(self, signature: type[Signature]) -> str:
        return ""

    def format_field_structure(self, signature: type[Signature]) -> str:
        return ""

    def format_task_description(self, signature: type[Signature]) -> str:
        return str(signature.instructions).strip()

    def format_user_message_content(
        self,
        signature: type[Signature],
        inputs: dict[str, Any],
        prefix: str = "",
        suffix: str = "",
        main_request: bool = False,
    ) -> str:
        del main_request  # every turn has the same shape: nothing to ask for on the last one
        parts = [prefix] if prefix else []
        for name in signature.input_fields:
            if name in inputs and inputs[name] not in (None, ""):
                value = str(inputs[name]).strip()
                separator = "\n" if "\n" in value or name == "sql_context" else " "
                parts.append(f"{_heading(name)}:{separator}{value}")
        if suffix:
            parts.append(suffix)
        return "\n\n".join(parts)

    def format_assistant_message_content(
        self,
        signature: type[Signature],
        outputs: dict[str, Any],
        missing_field_message: str | None = None,
    ) -> str:
        name = _only_output(signature)
        value = outputs.get(name)
        return str(value).strip() if value is not None else (missing_field_message or "")

    def parse(self, signature: type[Signature], completion: str) -> dict[str, Any]:
        return {_only_output(signature): completion.strip()}


def _only_output(signature: type[Signature]) -> str:
    outputs = list(signature.output_fields)
    if len(outputs) != 1:
        # ChainOfThought adds a `reasoning` field that bare answers cannot carry.
        raise ValueError(
            f"the sql-chat adapter answers exactly one output field; {signature.__name__} "
            f"has {outputs} (use the chat adapter for chain of thought)"
        )
    return str(outputs[0])


ADAPTERS = ("chat", "sql-chat")
"""Adapters a program may name: DSPy's ChatAdapter, or :class:`SQLChatAdapter`."""


def build_adapter(name: str) -> dspy.Adapter:
    """The adapter a program names (``chat`` for programs saved before adapters were named)."""
    if name == "sql-chat":
        return SQLChatAdapter()
    if name == "chat":
        # Without the JSON fallback a format slip costs one LM call, not two; the program
        # salvages the raw answer and the checker extracts the SQL from it.
        return dspy.ChatAdapter(use_json_adapter_fallback=False)
    raise ValueError(f"unknown adapter {name!r}; expected one of {', '.join(ADAPTERS)}")
