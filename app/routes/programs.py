import asyncio

from fastapi import APIRouter

from app.deps import AdminDep, ClientKeyDep, RegistryDep, SettingsDep
from app.model_match import model_warning
from app.registry import Catalog
from app.schemas import ProgramInfo, ProgramList

router = APIRouter(tags=["programs"])


def _listing(catalog: Catalog, serving_model: str) -> ProgramList:
    programs = [
        ProgramInfo(
            name=p.name,
            version=p.version,
            active=p.name == catalog.active,
            chain_of_thought=p.chain_of_thought,
            demos=p.demos,
            similar_demos=p.similar_demos,
            demo_pool=p.demo_pool,
            model=p.meta.lm.model,
            config=p.module.config.to_state(),
            meta=p.meta.to_json(),
        )
        for p in sorted(catalog.programs.values(), key=lambda p: p.name)
    ]
    active = catalog.programs.get(catalog.active)
    warning = model_warning(active.name, active.meta, serving_model) if active else None
    return ProgramList(
        active=catalog.active,
        serving_model=serving_model,
        warnings=[warning] if warning else [],
        programs=programs,
        refused=catalog.refused,
    )


@router.get("/programs", response_model=ProgramList)
async def list_programs(
    registry: RegistryDep, settings: SettingsDep, _key: ClientKeyDep
) -> ProgramList:
    """The compiled programs the service can use, with their metadata and which is active."""
    return _listing(registry.catalog, settings.lm_model)


@router.post("/admin/programs/reload", response_model=ProgramList, dependencies=[AdminDep])
async def reload_programs(registry: RegistryDep, settings: SettingsDep) -> ProgramList:
    """Re-read compiled_programs/ from disk; broken files are refused and listed."""
    # Reading files and building a knn program's retriever (the embedder loads in ~6 s) is
    # blocking work: in a thread, every other request keeps being served meanwhile.
    return _listing(await asyncio.to_thread(registry.reload), settings.lm_model)


@router.post("/admin/programs/{name}/activate", response_model=ProgramList, dependencies=[AdminDep])
async def activate_program(name: str, registry: RegistryDep, settings: SettingsDep) -> ProgramList:
    """Make a program the default for new requests (requests in flight are not affected)."""
    await asyncio.to_thread(registry.activate, name)  # reads the file: see reload_programs
    return _listing(registry.catalog, settings.lm_model)
