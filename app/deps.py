"""Typed dependencies that routes declare; routes stay thin."""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.config import Settings
from app.errors import UnauthorizedError
from app.ratelimit import RateLimiter
from app.registry import ProgramRegistry
from app.service import Text2SQLService

bearer = HTTPBearer(auto_error=False)


def get_service(request: Request) -> Text2SQLService:
    service: Text2SQLService = request.app.state.service
    return service


def get_settings(request: Request) -> Settings:
    return get_service(request).settings


def get_registry(request: Request) -> ProgramRegistry:
    return get_service(request).registry


ServiceDep = Annotated[Text2SQLService, Depends(get_service)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
RegistryDep = Annotated[ProgramRegistry, Depends(get_registry)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


def _matches(presented: str, accepted: list[str]) -> bool:
    # Equal-length digests compared in constant time, against every key without stopping
    # early: neither the time taken nor an early exit tells which key, or how much, matched.
    wanted = _digest(presented)
    found = False
    for key in accepted:
        found |= hmac.compare_digest(wanted, _digest(key))
    return found


async def client_key(request: Request, credentials: Credentials) -> str | None:
    """The caller's API key, checked when keys are configured (Bearer or X-API-Key).

    Also takes one token from the caller's rate-limit bucket: keyed by the API key, or by the
    client address when keys are off (an unchecked key would let a caller pick fresh buckets).
    """
    accepted: list[str] = request.app.state.client_keys
    presented = credentials.credentials if credentials else request.headers.get("x-api-key")
    if accepted and (not presented or not _matches(presented, accepted)):
        raise UnauthorizedError("a valid API key is required (Authorization: Bearer <key>)")
    limiter: RateLimiter | None = request.app.state.rate_limiter
    if limiter is not None:
        address = request.client.host if request.client else "unknown"
        limiter.check(f"key:{presented}" if accepted else f"ip:{address}")
    return presented


def require_admin(credentials: Credentials, settings: SettingsDep) -> None:
    if settings.admin_token is None:
        raise UnauthorizedError("the admin API is disabled: set TEXT2SQL_ADMIN_TOKEN to enable it")
    token = settings.admin_token.get_secret_value()
    if credentials is None or not _matches(credentials.credentials, [token]):
        raise UnauthorizedError("the admin token is required (Authorization: Bearer <token>)")


ClientKeyDep = Annotated[str | None, Depends(client_key)]
AdminDep = Depends(require_admin)
