# The Text2SQL API. Build: docker build -t text2sql-api .   (docker compose builds it as `api`)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    # DSPy/litellm would otherwise fetch a model price list from the internet at import.
    LITELLM_LOCAL_MODEL_COST_MAP=true

WORKDIR /srv

# Programs compiled with `--optimizer knn` embed questions with all-MiniLM-L6-v2 (the knn
# extra: sentence-transformers, torch). PyTorch's CPU index keeps the CUDA build (GBs) out;
# build with --build-arg EXTRAS= for a smaller image that refuses knn programs.
ARG EXTRAS=knn
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu

# Dependencies first, in their own layer: code changes then rebuild only the layer below.
COPY pyproject.toml README.md ./
RUN mkdir -p app optimizer model_serve \
    && pip install --extra-index-url "$TORCH_INDEX" ".${EXTRAS:+[$EXTRAS]}" \
    && pip uninstall -y text2sql

COPY app ./app
COPY optimizer ./optimizer
COPY model_serve ./model_serve
RUN pip install --no-deps .

# The programs that were measured are the programs that are served: baked into the image.
COPY compiled_programs ./compiled_programs

RUN useradd --create-home --uid 10001 text2sql
USER text2sql

EXPOSE 8000
# Liveness only (/healthz): readiness (/readyz) also needs the LM, which compose checks itself.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
