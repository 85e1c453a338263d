"""A check after the identifier check: a table reached through the key of a role the question
never names, while another key to that table names the role it asks about.

``listings.seller_id`` and ``orders.buyer_id`` both point at ``users``. Asked "How much has each
seller earned?", a small model joins ``users`` on ``orders.buyer_id``: the query runs and sums what
each user bought. A key whose name says a role (``seller_id``, ``home_team_id``, ``recipient_id``:
its name less ``_id`` and less the name of the table it points at) is read for that role. When
the query reads such a key whose role the question never says, reads no key to the same table
whose role it does say, and the schema holds one, the answer is refused with an issue naming
the key the question asks about, so the repair round can join through it.

A role is said by its noun ("seller", "sellers", "seller's") or, for a role named by its verb
("seller": sell, sold; "sender": send, sent; "recipient": receive), by that verb in the active
voice: "users who sold", "each user sent messages to". The verb does not count after a form of
"be" or before "to"/"from" ("messages were sent to each user" asks about the recipient, "items
sold to each user" about the buyer), which leaves those questions to the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlglot import exp

from app.checking.row_identity import singular_of
from app.checking.schema import SchemaInfo
from app.checking.scopes import join_sides, query_scopes, source_column, tables_before

# Past forms the "-ed" rule misses, by verb stem.
_IRREGULAR = {
    "sell": ("sold",),
    "buy": ("bought",),
    "send": ("sent",),
    "lend": ("lent",),
    "spend": ("spent",),
    "teach": ("taught",),
    "lead": ("led",),
    "pay": ("paid",),
    "hold": ("held",),
    "drive": ("drove", "driven"),
    "write": ("wrote", "written"),
    "win": ("won",),
    "make": ("made",),
    "bring": ("brought",),
}
# Roles whose verb is not the noun less its ending.
_VERB_OF = {"recipient": "receive", "author": "write", "payee": "pay", "employer": "employ"}
# Parts of a key's name that say nothing about a role.
_NO_ROLE = frozenset({"id", "fk", "ref", "by", "of", "to", "from", "the", "key", "no", "num"})
_PASSIVE = r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )"


@dataclass(frozen=True)
class RoleKey:
    """A key column whose name says the role its row plays for the table it points at."""

    table: str
    column: str
    target: str
    role: tuple[str, ...]


def role_key_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """One issue per role key read for a role the question never says, where another key to
    the same table says the role asked."""
    roles = _role_keys(schema)
    return [
        f"the query reaches {key.target} through {key.table}.{key.column}, the"
        f" {' '.join(key.role)}, which the question does not ask about; it asks about the"
        f" {' or '.join(' '.join(m.role) for m in meant)}: join {key.target} through"
        f" {' or '.join(f'{m.table}.{m.column}' for m in meant)} instead"
        for key, meant in _misread_roles(statement, question, schema, roles).items()
    ]


def join_through_asked_roles(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Correct, in place, a join of the table a misread role key reaches, where the key of the
    role asked belongs to a table joined before it: ``JOIN listings AS l ... JOIN users AS u
    ON o.buyer_id = u.user_id`` for "each seller" joins on ``l.seller_id``. One note each.

    The misread key must be read nowhere else (else it has a use of its own), no other column
    read may carry its role (``away_goals`` beside ``away_team_id``: the query means it), and
    one key must say the role asked; anything else is left to the refusal."""
    roles = _role_keys(schema)
    misread = _misread_roles(statement, question, schema, roles)
    if not misread:
        return []
    columns = schema.lowered_columns()
    notes = []
    for scope in query_scopes(statement):
        for join in scope.expression.args.get("joins") or []:
            split = join_sides(join)
            if split is None or not isinstance(join.this, exp.Table):
                continue
            near, far = split
            found = source_column(far, scope, columns)
            key = roles.get((found[2], far.name.lower())) if found else None
            if key is None or key not in misread or len(misread[key]) != 1:
                continue
            [meant] = misread[key]
            before = [
                t for t in tables_before(scope.expression, join) if t.name.lower() == meant.table
            ]
            uses = [c for c in scope.columns if c.name.lower() == key.column]
            if len(before) != 1 or len(uses) != 1 or join.this.name.lower() != key.target:
                continue
            if schema.keys.primary_keys.get(key.target) != near.name.lower():
                continue
            if any(
                word in c.name.lower() for c in scope.columns if c is not far for word in key.role
            ):
                continue  # "away_goals" beside "away_team_id": the query means that role
            written = far.sql(schema.dialect)
            far.replace(exp.column(meant.column, table=before[0].alias_or_name))
            notes.append(
                f"{written} -> {before[0].alias_or_name}.{meant.column}: the question asks about"
                f" the {' '.join(meant.role)}, not the {' '.join(key.role)}"
            )
    return notes


def _misread_roles(
    statement: exp.Expr, question: str, schema: SchemaInfo, roles: dict[tuple[str, str], RoleKey]
) -> dict[RoleKey, list[RoleKey]]:
    """Each role key read for a role the question never says -> the keys to the same table of
    the role it does say (the strongest said), where no key it reads to that table says it."""
    if not question or not roles:
        return {}
    text = " ".join(re.findall(r"[a-z']+", question.lower()))
    said = {key: _said(key.role, text) for key in roles.values()}
    read = _read_role_keys(statement, schema, roles)
    misread = {}
    for key in sorted(read, key=lambda k: (k.table, k.column)):
        if said[key] or any(said[other] for other in read if other.target == key.target):
            continue
        asked = [other for other in roles.values() if other.target == key.target and said[other]]
        strongest = max((said[other] for other in asked), default=0)
        meant = [k for k in asked if said[k] == strongest]
        if meant:
            misread[key] = meant
    return misread


def _role_keys(schema: SchemaInfo) -> dict[tuple[str, str], RoleKey]:
    """Every key column of the schema whose name says a role, by (table, column) lowercased."""
    found = {}
    for table, columns in schema.lowered_columns().items():
        for column in columns:
            target = schema.keys.target(table, column)
            if target is None:
                continue
            named = {singular_of(word) for word in re.split(r"[_\W]+", target) if word}
            words = [w for w in re.split(r"_+", re.sub(r"id$", "", column)) if w]
            role = tuple(w for w in words if w not in _NO_ROLE and singular_of(w) not in named)
            if role:
                found[(table, column)] = RoleKey(table, column, target, role)
    return found


def _read_role_keys(
    statement: exp.Expr, schema: SchemaInfo, roles: dict[tuple[str, str], RoleKey]
) -> set[RoleKey]:
    columns = schema.lowered_columns()
    read = set()
    for scope in query_scopes(statement):
        for column in scope.columns:
            found = source_column(column, scope, columns)
            key = roles.get((found[2], column.name.lower())) if found else None
            if key is not None:
                read.add(key)
    return read


def _said(role: tuple[str, ...], text: str) -> int:
    """2 when the question names the role's noun, 1 its verb (active voice), 0 neither."""
    if any(re.search(rf"\b{re.escape(word)}(?:s|es|'s)?\b", text) for word in role):
        return 2
    verbs = [form for word in role for form in _verb_forms(word)]
    if verbs and re.search(rf"{_PASSIVE}\b(?:{'|'.join(verbs)})\b(?! to\b| from\b)", text):
        return 1
    return 0


def _verb_forms(word: str) -> list[str]:
    """``seller`` -> sell, sells, selling, sold; ``sender`` -> send, sent, ...; none for a role
    that is no agent noun (``home``, ``parent``)."""
    if word in _VERB_OF:
        stem = _VERB_OF[word]
    elif word.endswith(("er", "or")) and len(word) > 4:
        stem = word[:-2]
    else:
        return []
    base = stem[:-1] if stem.endswith("e") else stem
    return [stem, f"{stem}s", f"{base}ed", f"{base}ing", *_IRREGULAR.get(stem, ())]
