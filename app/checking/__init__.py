"""The SQL checker, one module per step.

* ``schema``: the request's DDL parsed once (``parse_schema``), dialect names validated.
* ``extract``: the SQL cut out of a model's answer (prose, code fences, DSPy field markers).
* ``policy``: the read/write policy.
* ``identifiers``: tables and columns checked against the schema.
* ``check``: ``check_sql``, the rules above composed in order (``RULES``).
"""

import logging

from app.checking.check import RULES, CheckResult, check_sql
from app.checking.extract import extract_sql
from app.checking.identifiers import identifier_issues, referenced_tables
from app.checking.policy import policy_issues
from app.checking.schema import (
    SchemaInfo,
    parse_schema,
    resolve_dialect,
    split_statements,
    supported_dialects,
)

# sqlglot logs a warning for every statement it falls back to parsing as a Command; those
# statements are refused anyway, so the warning is noise in the service log.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

__all__ = [
    "RULES",
    "CheckResult",
    "SchemaInfo",
    "check_sql",
    "extract_sql",
    "identifier_issues",
    "parse_schema",
    "policy_issues",
    "referenced_tables",
    "resolve_dialect",
    "split_statements",
    "supported_dialects",
]
