"""Local CPU launcher for the vLLM server (laptops, CI, tests): ``python -m model_serve.local``."""
