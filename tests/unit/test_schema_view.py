"""The schema as the model sees it: compact DDL, example values, cut to a token budget."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest
import sqlglot
from sqlglot import exp

from app.execution import Sandbox
from app.prompt.schema_view import approx_tokens, render_schema
from app.prompt.values import MAX_VALUE_CHARS, sql_literals

BUNDLED = Path(__file__).resolve().parents[2] / "optimizer" / "data" / "bundled"

SHOP = """
CREATE TABLE customers (customer_id INT PRIMARY KEY, id INT, name VARCHAR(50), city VARCHAR(30),
  paid INT);
CREATE TABLE orders (order_id INT PRIMARY KEY,
  customer_id INT REFERENCES customers(customer_id), status VARCHAR(20), total DECIMAL(10,2));
INSERT INTO customers VALUES
  (1, 11, 'Ann', 'Paris', 1), (2, 12, 'O''Brien', 'Oslo', 0), (3, 13, 'Bob', 'Paris', 1),
  (4, 14, 'Cy', 'Rome', 0), (5, 15, 'Di', 'Lima', 1);
INSERT INTO orders VALUES (10, 1, 'open', 5.5), (11, 2, 'closed', -3), (12, 3, 'open', NULL);
"""


def column_lines(text: str) -> dict[str, str]:
    """Each rendered column line by column name (the first word of an indented line)."""
    lines = [line for line in text.splitlines() if line.startswith("  ") and line.strip()]
    return {line.split()[0]: line for line in lines}


def columns_of(ddl: str) -> dict[str, list[str]]:
    """Tables and their columns as SQLite builds them from ``ddl``."""
    with Sandbox(ddl) as sandbox:
        return {table.name: list(table.columns) for table in sandbox.state().tables}


# ---------------------------------------------------------------- values


def test_insert_rows_become_at_most_three_distinct_examples_per_column() -> None:
    view = render_schema(SHOP, "Which customers live in Paris?")
    lines = column_lines(view.text)
    # 'Paris' appears twice in the rows but once in the examples; 'Lima' is the fourth value.
    assert lines["city"].endswith("-- e.g. 'Paris', 'Oslo', 'Rome'")
    assert lines["status"].endswith("-- e.g. 'open', 'closed'")
    # numbers stay bare, a negative number keeps its sign, NULL is not an example
    assert lines["total"].endswith("-- e.g. 5.5, -3")
    assert lines["paid"].endswith("-- e.g. 1, 0")


def test_question_values_show_the_values_the_question_mentions() -> None:
    # 'Lima' is the fifth distinct city: by default it is not shown at all.
    question = "Which customers live in Lima?"
    assert "'Lima'" not in render_schema(SHOP, question).text
    lines = column_lines(render_schema(SHOP, question, question_values=True).text)
    # It takes the last place; the others keep the rows' order.
    assert lines["city"].endswith("-- e.g. 'Paris', 'Oslo', 'Lima'")
    assert lines["status"].endswith("-- e.g. 'open', 'closed'")  # nothing asked: as before


def test_question_values_match_words_that_begin_alike_but_not_short_words_or_numbers() -> None:
    schema = (
        "CREATE TABLE a (country TEXT, tier TEXT, code TEXT);"
        "INSERT INTO a VALUES ('USA', 'Basic', 'x 7'), ('UK', 'Gold', 'y 8'),"
        " ('Chile', 'Silver', 'z 9'), ('Japan', 'Premium Plus', 'w 10');"
    )
    question = "How many Japanese members pay for premium in 10 of the ok regions?"
    lines = column_lines(render_schema(schema, question, question_values=True).text)
    assert "'Japan'" in lines["country"]  # "japanese" begins with "japan"
    assert "'Premium Plus'" in lines["tier"]
    assert "'w 10'" not in lines["code"]  # a bare number names no value


def test_question_values_leave_a_question_without_values_as_before() -> None:
    question = "How many orders are there?"
    assert (
        render_schema(SHOP, question, question_values=True).text
        == render_schema(SHOP, question).text
    )


def test_identifier_columns_get_no_values_but_look_alikes_do() -> None:
    lines = column_lines(render_schema(SHOP, "q").text)
    for name in ("customer_id", "id", "order_id"):
        assert "--" not in lines[name], lines[name]
    assert "e.g." in lines["paid"]  # ends in "id" but is not an id column


def test_quotes_in_values_are_escaped() -> None:
    lines = column_lines(render_schema(SHOP, "q").text)
    assert "'O''Brien'" in lines["name"]


def test_long_values_are_cut() -> None:
    schema = "CREATE TABLE notes (body TEXT);\nINSERT INTO notes VALUES ('" + "x" * 100 + "');"
    line = column_lines(render_schema(schema, "q").text)["body"]
    assert line.endswith("-- e.g. '" + "x" * MAX_VALUE_CHARS + "'")


def test_no_insert_statement_reaches_the_rendering() -> None:
    view = render_schema(SHOP, "q")
    assert "INSERT" not in view.text.upper()
    assert "VALUES" not in view.text.upper()
    assert view.tables == ["customers", "orders"] and view.omitted_tables == []
    assert view.approx_tokens == approx_tokens(view.text)
    assert view.approx_tokens < approx_tokens(SHOP)


def test_the_rendering_is_ddl_that_builds_the_same_tables() -> None:
    assert columns_of(render_schema(SHOP, "q").text) == columns_of(SHOP)


def test_an_insert_with_a_column_list_maps_values_to_the_named_columns() -> None:
    schema = (
        "CREATE TABLE pets (pet_id INT, species TEXT, name TEXT);\n"
        "INSERT INTO pets (name, species, pet_id) VALUES ('Rex', 'dog', 1), ('Tom', 'cat', 2);"
    )
    lines = column_lines(render_schema(schema, "q").text)
    assert lines["species"].endswith("-- e.g. 'dog', 'cat'")
    assert lines["name"].endswith("-- e.g. 'Rex', 'Tom'")
    assert "--" not in lines["pet_id"]


def test_a_value_with_a_line_break_stays_inside_its_comment() -> None:
    schema = (
        "CREATE TABLE notes (note_id INT, body TEXT, author TEXT);\n"
        "INSERT INTO notes VALUES (1, 'line1\nline2', 'ann');"
    )
    assert columns_of(render_schema(schema, "q").text) == columns_of(schema)


# ---------------------------------------------------------------- budget

# Tables the questions below never name, each far bigger than the budgets used with them.
FILLERS = ["audit_trail", "warehouse_bins", "marketing_spend"]


def filler(name: str) -> str:
    columns = ", ".join(f"metric_{i} VARCHAR(200)" for i in range(30))
    return f"CREATE TABLE {name} (row_key INT PRIMARY KEY, {columns});"


WIDE = "\n".join(
    [filler(FILLERS[0]), SHOP.split(";")[0] + ";", filler(FILLERS[1])]
    + [SHOP.split(";")[1] + ";", filler(FILLERS[2])]
    + [s + ";" for s in SHOP.split(";")[2:] if s.strip()]
)


def test_a_schema_within_budget_is_not_cut() -> None:
    view = render_schema(WIDE, "How many orders are open?", token_budget=100_000)
    assert view.tables == [FILLERS[0], "customers", FILLERS[1], "orders", FILLERS[2]]
    assert view.omitted_tables == []


def test_over_budget_the_named_table_and_its_foreign_key_neighbour_are_kept() -> None:
    full = render_schema(WIDE, "q", token_budget=100_000)
    budget = 150
    assert full.approx_tokens > budget
    view = render_schema(WIDE, "How many orders are open?", token_budget=budget)
    # orders is named; customers is what orders.customer_id references; schema order is kept
    assert view.tables == ["customers", "orders"]
    assert view.omitted_tables == FILLERS
    assert view.approx_tokens <= budget
    assert "e.g. 'open'" in view.text  # within budget: the values stay
    for name in FILLERS:
        assert name not in view.text


def test_a_table_level_foreign_key_keeps_its_neighbour_too() -> None:
    schema = "\n".join(
        [
            filler(FILLERS[0]),
            "CREATE TABLE branches (branch_id INT PRIMARY KEY, city TEXT);",
            "CREATE TABLE loans (loan_id INT, branch_id INT, amount REAL,"
            " FOREIGN KEY (branch_id) REFERENCES branches (branch_id));",
        ]
    )
    view = render_schema(schema, "Total of all loans?", token_budget=100)
    assert view.tables == ["branches", "loans"]
    assert view.omitted_tables == [FILLERS[0]]


def test_a_named_column_keeps_its_table() -> None:
    view = render_schema(WIDE, "What is the largest metric_7 ever recorded?", token_budget=150)
    # metric_7 is a column of every filler: their tables are required, whatever the budget
    assert set(FILLERS) <= set(view.tables)


def test_still_over_budget_the_values_go_before_any_named_table() -> None:
    long_status = ", ".join(f"('{'status value number ' + str(i) * 20}')" for i in range(3))
    schema = "\n".join(
        [
            filler(FILLERS[0]),
            "CREATE TABLE tickets (ticket_id INT, status TEXT);",
            f"INSERT INTO tickets (status) VALUES {long_status};",
        ]
    )
    tickets = "\n".join(schema.splitlines()[1:])
    with_values = render_schema(tickets, "q", token_budget=100_000).approx_tokens
    without_values = render_schema(tickets.splitlines()[0], "q", token_budget=100_000).approx_tokens
    budget = (with_values + without_values) // 2
    assert without_values < budget < with_values
    view = render_schema(schema, "Show open tickets", token_budget=budget)
    assert view.tables == ["tickets"] and view.omitted_tables == [FILLERS[0]]
    assert "e.g." not in view.text
    assert view.approx_tokens <= budget


def test_a_named_table_is_never_dropped_even_when_alone_it_is_over_budget() -> None:
    view = render_schema(WIDE, "How many orders are open?", token_budget=1)
    assert view.tables == ["customers", "orders"]
    assert "CREATE TABLE orders" in view.text and "CREATE TABLE customers" in view.text
    assert "e.g." not in view.text  # the values went first
    assert view.approx_tokens > 1


def test_unnamed_tables_fill_the_budget_by_relevance() -> None:
    schema = "\n".join(
        [
            "CREATE TABLE alpha (a1 INT, a2 INT, a3 INT, a4 INT, a5 INT, a6 INT);",
            "CREATE TABLE beta (city TEXT, population INT, b3 INT, b4 INT, b5 INT, b6 INT);",
        ]
    )
    one_table = render_schema(schema.splitlines()[1], "q", token_budget=100_000).approx_tokens
    view = render_schema(schema, "population by city", token_budget=one_table + 5)
    assert view.tables == ["beta"] and view.omitted_tables == ["alpha"]


# ---------------------------------------------------------------- passthrough


@pytest.mark.parametrize(
    "schema",
    [
        "CREATE TABLE t (a INT",
        "CREATE TABLE t (a INT); INSERT INTO t VALUES ('unterminated);",
        "hello world, this is not SQL",
        "",
    ],
    ids=["unclosed", "unterminated-string", "prose", "empty"],
)
def test_an_unparsable_schema_passes_through_untouched(schema: str) -> None:
    view = render_schema(schema, "q", token_budget=100)
    assert view.text == schema
    assert view.tables == [] and view.omitted_tables == []


def test_a_view_is_rendered_as_its_own_statement() -> None:
    schema = SHOP + "CREATE VIEW paris AS SELECT name FROM customers WHERE city = 'Paris';"
    view = render_schema(schema, "q")
    assert view.tables == ["customers", "orders", "paris"]
    assert "CREATE VIEW paris AS SELECT name FROM customers WHERE city = 'Paris';" in view.text
    assert columns_of(view.text) == columns_of(schema)


# ---------------------------------------------------------------- bundled dataset


def bundled_examples() -> list[dict[str, str]]:
    return [
        json.loads(line)
        for path in sorted(BUNDLED.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_the_compact_rendering_is_smaller_on_the_bundled_dataset() -> None:
    examples = bundled_examples()
    assert len(examples) >= 50
    before, after = [], []
    for example in examples:
        context = example["sql_context"]
        view = render_schema(context, example["sql_prompt"])
        assert "INSERT" not in view.text.upper(), example["id"]
        assert view.omitted_tables == [], example["id"]  # every bundled schema fits 1500
        before.append(approx_tokens(context))
        after.append(view.approx_tokens)
    mean_before, mean_after = statistics.mean(before), statistics.mean(after)
    print(
        f"\nschema tokens (approx., {len(examples)} bundled examples): "
        f"before mean {mean_before:.1f} median {statistics.median(before):.0f} "
        f"max {max(before)}; after mean {mean_after:.1f} median {statistics.median(after):.0f} "
        f"max {max(after)}; ratio {mean_after / mean_before:.2f}"
    )
    assert mean_after < mean_before
    assert sum(a < b for a, b in zip(after, before, strict=True)) > len(examples) // 2


def test_every_bundled_rendering_builds_the_same_tables_and_columns() -> None:
    for example in bundled_examples():
        context = example["sql_context"]
        view = render_schema(context, example["sql_prompt"])
        assert columns_of(view.text) == columns_of(context), example["id"]
        rendered = {
            t.name.lower()
            for s in sqlglot.parse(view.text, read="sqlite")
            if s is not None
            for t in [s.find(exp.Table)]
            if t is not None
        }
        assert rendered == set(view.tables), example["id"]


# ---------------------------------------------------------------- a demo's values


def test_sql_literals_spell_values_as_the_rendering_does() -> None:
    literals = sql_literals(
        "SELECT name FROM customers WHERE city IN ('Paris', 'O''Brien') AND total > -3 "
        "AND paid = 1.0"
    )
    assert {"'Paris'", "'O''Brien'"} <= literals
    assert sql_literals("SELECT FROM WHERE (") == frozenset()


def test_kept_values_show_only_those_values() -> None:
    kept = sql_literals(
        "SELECT name FROM customers c JOIN orders o USING (customer_id) "
        "WHERE city = 'Lima' AND paid = 1.0 AND total > -3"
    )
    lines = column_lines(render_schema(SHOP, "q", question_values=True, kept_values=kept).text)
    assert lines["city"].endswith("-- e.g. 'Lima'")  # the fifth city, shown because used
    # Numbers match by value: the SQL's 1.0 is the rows' 1, its -3 their -3.
    assert lines["paid"].endswith("-- e.g. 1")
    assert lines["total"].endswith("-- e.g. -3")
    assert "e.g." not in lines["name"] and "e.g." not in lines["status"]
    # Nothing kept: the DDL alone, which still builds the same tables.
    bare = render_schema(SHOP, "q", kept_values=frozenset()).text
    assert "e.g." not in bare
    assert columns_of(bare) == columns_of(SHOP)


PG_DUMPED = """
CREATE TABLE support.tickets (
    ticket_id integer GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    audit_id bigint GENERATED ALWAYS AS IDENTITY,
    status text NOT NULL,
    CONSTRAINT tickets_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text]))),
    CONSTRAINT tickets_pkey PRIMARY KEY (ticket_id)
);
INSERT INTO support.tickets (ticket_id, status) VALUES (1, 'open');
"""


def test_a_dumped_postgres_table_is_shown_in_the_words_it_was_declared_in() -> None:
    text = render_schema(PG_DUMPED, "Which tickets are open?", dialect="postgres").text
    assert "ticket_id SERIAL NOT NULL," in text
    assert "CHECK ((status IN ('open', 'closed')))," in text
    assert "  PRIMARY KEY (ticket_id)\n" in text
    assert "CONSTRAINT" not in text and "ARRAY" not in text and "::" not in text
    # ALWAYS refuses a given id, which SERIAL would take: that column is shown as declared.
    assert "audit_id BIGINT GENERATED ALWAYS AS IDENTITY" in text
    # Still DDL PostgreSQL reads, with the same tables and keys.
    created = sqlglot.parse_one(text.split(";")[0], read="postgres")
    assert created.find(exp.PrimaryKey) is not None


MARIADB_DUMPED = """
CREATE TABLE `order` (
  `order_id` int(11) NOT NULL AUTO_INCREMENT,
  `Email` varchar(160) NOT NULL,
  `status` enum('paid','refunded') NOT NULL DEFAULT 'paid',
  `flags` bit(8) DEFAULT NULL,
  PRIMARY KEY (`order_id`),
  UNIQUE KEY `uq_order_email` (`Email`),
  KEY `idx_order_status` (`status`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4;
INSERT INTO `order` VALUES (1,'a@x.de','paid',NULL),(2,'b@x.nl','refunded',NULL);
"""


def test_a_mysqldump_table_is_shown_without_what_changes_no_answer() -> None:
    text = render_schema(MARIADB_DUMPED, "Which orders were refunded?", dialect="mysql").text
    # Integer display widths, index lines, unique-key names and backticks on plain names go;
    # a reserved word and a name with capitals keep theirs, and BIT keeps its width.
    assert "CREATE TABLE `order` (\n  order_id INT NOT NULL AUTO_INCREMENT," in text
    assert "  UNIQUE (`Email`)" in text and "flags BIT(8)" in text
    assert "idx_order_status" not in text and "uq_order_email" not in text
    # An ENUM's values are in its type: no example values repeat them.
    assert "status ENUM('paid', 'refunded') NOT NULL DEFAULT 'paid',\n" in text
    created = sqlglot.parse_one(text.split(";")[0], read="mysql")
    assert created.find(exp.PrimaryKey) is not None
