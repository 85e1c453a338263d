"""The unlabeled-groups check: a result of figures grouped by columns it does not return."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from app.checking.schema import SchemaInfo

SCHEMA = """
CREATE TABLE orders (order_id INT PRIMARY KEY, customer TEXT, placed_on DATE);
CREATE TABLE order_lines (line_id INT PRIMARY KEY, order_id INT REFERENCES orders (order_id),
  price REAL, quantity INT);
"""


@pytest.fixture(scope="module")
def schema() -> SchemaInfo:
    return parse_schema(SCHEMA, "sqlite")


@pytest.mark.parametrize(
    "sql",
    [
        # "What was the total value of order lines for orders placed in March 2024?"
        "SELECT SUM(l.price * l.quantity) AS total FROM order_lines AS l JOIN orders AS o "
        "ON l.order_id = o.order_id WHERE o.placed_on BETWEEN '2024-03-01' AND '2024-03-31' "
        "GROUP BY o.order_id ORDER BY total DESC",
        "SELECT COUNT(*) FROM orders GROUP BY customer "
        "UNION ALL SELECT COUNT(*) FROM orders GROUP BY placed_on",
    ],
)
def test_figures_grouped_by_columns_the_result_leaves_out_are_refused(
    schema: SchemaInfo, sql: str
) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)

    assert not result.valid
    assert "no row says which group it is" in result.issues[0]
    assert "drop GROUP BY" in result.issues[0] and "too" in result.issues[0]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT customer, COUNT(*) FROM orders GROUP BY customer",  # labeled
        "SELECT SUM(price * quantity) FROM order_lines",  # one figure, no groups
        # The largest group's figure: the LIMIT makes one row, which needs no label.
        "SELECT COUNT(*) FROM orders GROUP BY customer ORDER BY COUNT(*) DESC LIMIT 1",
        # Grouped below the result: the subquery's groups feed an average.
        "SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM order_lines GROUP BY order_id)",
        "SELECT customer FROM orders WHERE order_id IN "
        "(SELECT order_id FROM order_lines GROUP BY order_id HAVING SUM(quantity) > 3)",
        "SELECT customer, COUNT(*) FROM orders GROUP BY 1",  # by position: a returned column
    ],
)
def test_labeled_single_and_inner_groupings_pass(schema: SchemaInfo, sql: str) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)

    assert result.valid, result.issues
