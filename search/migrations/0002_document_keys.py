"""The documents' filter keys as a full-text index (search/database/keys.py), so that a text match filters
by itself: SQLite, an FTS5 table of its own, search_document_keys (rowid = document id; `detail=none`: only
which documents hold a key is kept); PostgreSQL, a keys_vector column with its GIN index. Filled from the
rows already indexed (their facet and coverage keys)."""

from django.db import migrations

SQLITE_FORWARD = ["CREATE VIRTUAL TABLE search_document_keys USING fts5(keys, detail=none)"]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_document_keys"]
POSTGRES_FORWARD = [
    "ALTER TABLE search_document ADD COLUMN keys_vector tsvector",
    "CREATE INDEX search_document_keys_vector ON search_document USING GIN (keys_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_keys_vector",
    "ALTER TABLE search_document DROP COLUMN keys_vector",
]


def token(key):
    """As search.database.keys.token (a migration keeps its own copy)."""
    return "k" + key.encode().hex()


def keys_of(kind, network_only, national, facet_keys, coverage_keys):
    keys = [f"kind:{kind}"] + (["!network_only"] if network_only else []) + (["!national"] if national else [])
    for text in (facet_keys, coverage_keys):
        keys += [key for key in (text or "").split("\n") if key]
    return [token(key) for key in keys]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)
    if not statements:
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, kind, network_only, national, facet_keys, coverage_keys FROM search_document"
        )
        rows = [(pk, keys_of(*columns)) for pk, *columns in cursor.fetchall()]
        if vendor == "sqlite":
            cursor.executemany(
                "INSERT INTO search_document_keys(rowid, keys) VALUES (%s, %s)",
                [(pk, " ".join(tokens)) for pk, tokens in rows],
            )
        else:
            cursor.executemany(
                "UPDATE search_document SET keys_vector = array_to_tsvector(%s::text[]) WHERE id = %s",
                [(tokens, pk) for pk, tokens in rows],
            )


def backward(apps, schema_editor):
    statements = {"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
