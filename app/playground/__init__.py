"""The playground: one page, served by the service itself, where a person tries the API."""

from app.playground.routes import install_playground

__all__ = ["install_playground"]
