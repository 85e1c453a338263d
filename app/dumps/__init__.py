"""Reading a schema pasted as a database dump (pg_dump, mysqldump, SQLite's .dump).

* ``copy_blocks``: ``COPY ... FROM stdin`` data and psql meta-commands, lifted out of the text.
* ``reader``: ``read_schema``, the dump read into CREATE TABLE / CREATE VIEW / INSERT text.
"""

from app.dumps.reader import SchemaReading, read_schema

__all__ = ["SchemaReading", "read_schema"]
