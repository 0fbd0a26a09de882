"""SQLite: the public text gets an FTS5 table of its own, search_document_public_fts (title, summary,
body of the documents anyone may see). An anonymous match then reads that table whole instead of
restricting search_document_fts to its public columns, which costs FTS5 a column check on every match;
network members keep matching search_document_fts, unchanged. Network-only documents and network notes
have no row or column in the new table. PostgreSQL already keeps the public text apart (public_vector)."""

from django.db import migrations

CREATE = (
    "CREATE VIRTUAL TABLE search_document_public_fts USING fts5(title, summary, body, "
    "tokenize='unicode61 remove_diacritics 2')"
)
FILL = (
    "INSERT INTO search_document_public_fts(rowid, title, summary, body) "
    "SELECT f.rowid, f.title, f.summary, f.body FROM search_document_fts f "
    "JOIN search_document d ON d.id = f.rowid WHERE NOT d.network_only"
)
DROP = "DROP TABLE search_document_public_fts"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(CREATE)
        schema_editor.execute(FILL)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0007_coverage_keys")]

    operations = [migrations.RunPython(forward, backward)]
