"""Entry point: ``python -m optimizer --help``."""

from optimizer.cli import app

if __name__ == "__main__":  # importing this module (doctest collection) must not run the CLI
    app(prog_name="python -m optimizer")
