from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.deps import ServiceDep
from app.lm.client import lm_reachable
from app.model_match import model_warning
from app.schemas import HealthStatus

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=HealthStatus)
async def healthz() -> HealthStatus:
    """Liveness: the process answers."""
    return HealthStatus(status="ok")


@router.get("/readyz", response_model=HealthStatus, responses={503: {"model": HealthStatus}})
async def readyz(service: ServiceDep) -> JSONResponse:
    """Readiness: a program is loaded and the LM endpoint answers with the configured model."""
    catalog = service.registry.catalog
    lm_ok, lm_reason = await lm_reachable(service.settings)
    model = service.settings.lm_model
    checks = {"program": f"{catalog.active} loaded", "lm": f"{lm_reason} (model {model})"}
    active = catalog.programs.get(catalog.active)
    warning = model_warning(active.name, active.meta, model) if active else None
    if warning:
        # A warning, not a failure: the operator may serve it on purpose.
        checks["program_model"] = warning
    status = HealthStatus(status="ok" if lm_ok else "unavailable", checks=checks)
    return JSONResponse(status.model_dump(), status_code=200 if lm_ok else 503)
