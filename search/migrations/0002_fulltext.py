"""The full-text side of the database engine: an FTS5 table on SQLite, tsvector columns + GIN on PostgreSQL."""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_document_fts USING fts5("
    "title, summary, body, network, tokenize='unicode61 remove_diacritics 2')",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_document_fts"]
POSTGRES_FORWARD = [
    "ALTER TABLE search_document ADD COLUMN public_vector tsvector, ADD COLUMN network_vector tsvector",
    "CREATE INDEX search_document_public_vector ON search_document USING GIN (public_vector)",
    "CREATE INDEX search_document_network_vector ON search_document USING GIN (network_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_network_vector",
    "DROP INDEX IF EXISTS search_document_public_vector",
    "ALTER TABLE search_document DROP COLUMN public_vector, DROP COLUMN network_vector",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
