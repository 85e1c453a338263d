"""The one error type of the local launcher: its message is the one line shown to the user."""


class LocalLMError(Exception):
    """Installing, starting or stopping the local LM failed; ``str(err)`` says why in one line."""
