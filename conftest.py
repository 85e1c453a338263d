"""Collection settings for the whole repository (test fixtures live in tests/conftest.py)."""

# --doctest-modules imports every module of app/, optimizer/ and model_serve/. These two build
# Modal images, volumes and secrets when imported; they have no doctests.
collect_ignore = ["model_serve/modal_app.py", "model_serve/modal_api.py"]
