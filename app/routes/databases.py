from fastapi import APIRouter

from app.databases import DatabaseStatus
from app.deps import AdminDep, ClientKeyDep, ServiceDep
from app.schemas import DatabaseInfo, DatabaseList

router = APIRouter(tags=["databases"])


def _info(status: DatabaseStatus) -> DatabaseInfo:
    return DatabaseInfo(
        name=status.name,
        dialect=status.dialect,
        description=status.description,
        tables=status.tables,
        introspected_at=status.introspected_at,
        reachable=status.reachable,
    )


@router.get("/databases", response_model=DatabaseList)
async def list_databases(service: ServiceDep, _key: ClientKeyDep) -> DatabaseList:
    """The databases requests may name, when each was introspected, and whether it answers."""
    statuses = await service.databases.statuses()
    return DatabaseList(databases=[_info(status) for status in statuses])


@router.post(
    "/admin/databases/{name}/refresh", response_model=DatabaseInfo, dependencies=[AdminDep]
)
async def refresh_database(name: str, service: ServiceDep) -> DatabaseInfo:
    """Introspect a database now (after a migration), instead of waiting for the cache TTL."""
    await service.databases.refresh(name)
    return _info(service.databases.status(name, reachable=True))
