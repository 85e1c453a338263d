from fastapi import APIRouter

from app.deps import ClientKeyDep, ServiceDep
from app.schemas import ErrorResponse, SQLRequest, SQLResponse

router = APIRouter(tags=["sql"])

ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in {
        400: "The schema does not parse, or the dialect is unknown (or not the database's).",
        401: "Missing or invalid API key.",
        403: "Write access asked for on a read-only server.",
        404: "No program or database of that name.",
        413: "The request is larger than the limits.",
        422: "The request body is invalid (e.g. both or neither of schema and database).",
        429: "Rate limited (see Retry-After).",
        502: "The LM answered with an error.",
        503: "The LM or the database is unreachable, or overloaded (see Retry-After).",
        504: "The LM, the request or the database statement timed out.",
    }.items()
}


@router.post("/sql", response_model=SQLResponse, responses=ERRORS)
async def generate_sql(body: SQLRequest, service: ServiceDep, _key: ClientKeyDep) -> SQLResponse:
    """Turn a question and a schema (or a configured database) into one checked SQL statement."""
    return await service.answer(body)
