"""What the program asks the model: the DSPy signatures of its two predictors.

The optimizer compiles their instructions and demos into a program file; the adapters render
their fields (app.prompt.adapter), so changing a field's name changes every saved prompt.
"""

from __future__ import annotations

import dspy


class GenerateSQL(dspy.Signature):
    """Write one SQL query that answers the question about the database described by the schema.
    Use only tables and columns that the schema defines. Answer with the SQL statement only."""

    sql_context: str = dspy.InputField(
        desc="CREATE TABLE statements of the database, sometimes followed by sample INSERT rows"
    )
    question: str = dspy.InputField(desc="the question, in natural language")
    sql: str = dspy.OutputField(desc="one SQL statement, without explanation")


class RepairSQL(dspy.Signature):
    """A checker rejected the previous SQL written for this question. Write a corrected SQL
    statement that fixes every listed issue, using only tables and columns that the schema
    defines. Answer with the SQL statement only."""

    sql_context: str = dspy.InputField(
        desc="CREATE TABLE statements of the database, sometimes followed by sample INSERT rows"
    )
    question: str = dspy.InputField(desc="the question, in natural language")
    previous_sql: str = dspy.InputField(desc="the SQL that was rejected")
    issues: str = dspy.InputField(desc="what the checker found wrong with it, one issue a line")
    sql: str = dspy.OutputField(desc="one corrected SQL statement, without explanation")
