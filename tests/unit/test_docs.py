"""The README documents every setting, error code and optimizer the code has."""

from pathlib import Path

from app import errors
from app.config import Settings
from optimizer.optimizers import OPTIMIZERS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [
        f"TEXT2SQL_{n.upper()}"
        for n in Settings.model_fields
        if f"`TEXT2SQL_{n.upper()}`" not in text
    ]
    assert missing == [], f"README lacks {missing}"


def test_every_error_code_is_in_the_readme_table() -> None:
    text = README.read_text(encoding="utf-8")
    codes = {
        value.code
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, errors.Text2SQLError)
    }
    codes.discard(errors.Text2SQLError.code)  # the catch-all 500 is never a documented outcome
    missing = sorted(code for code in codes if f"`{code}`" not in text)
    assert missing == [], f"README's error table lacks {missing}"


def test_every_optimizer_is_in_the_readme_table() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in OPTIMIZERS if f"| `{name}` |" not in text]
    assert missing == [], f"README's optimizer table lacks {missing}"
