"""The README documents every setting the code reads."""

from pathlib import Path

from app.config import Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [
        f"TEXT2SQL_{n.upper()}"
        for n in Settings.model_fields
        if f"`TEXT2SQL_{n.upper()}`" not in text
    ]
    assert missing == [], f"README lacks {missing}"
