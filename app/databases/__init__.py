"""Named databases: configured by the operator, introspected, queried read-only."""

from app.databases.catalog import CachedSchema, DatabaseCatalog, DatabaseRunner, DatabaseStatus
from app.databases.config import DatabaseConfig, DatabaseConfigError, load_databases
from app.databases.execute import Rows

__all__ = [
    "CachedSchema",
    "DatabaseCatalog",
    "DatabaseConfig",
    "DatabaseConfigError",
    "DatabaseRunner",
    "DatabaseStatus",
    "Rows",
    "load_databases",
]
