"""Is an OpenAI-compatible server answering? Stdlib only: the launcher runs in slim images too."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit


def list_models(base_url: str, api_key: str | None, timeout_s: float = 3.0) -> list[str] | None:
    """Model ids from ``GET {base_url}/models``; None if nothing answers there with a 200."""
    request = urllib.request.Request(f"{base_url.rstrip('/')}/models")
    if api_key:
        request.add_header("Authorization", f"Bearer {api_key}")
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            body = json.load(response)
    except (urllib.error.URLError, OSError, ValueError):
        return None
    return [str(item.get("id")) for item in body.get("data", []) if isinstance(item, dict)]


def port_open(host: str, port: int, timeout_s: float = 1.0) -> bool:
    """Something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False


def host_port(base_url: str) -> tuple[str, int]:
    parts = urlsplit(base_url)
    return parts.hostname or "127.0.0.1", parts.port or (443 if parts.scheme == "https" else 80)
