"""Network-only documents lose every public part of the full-text index.

SQLite: the FTS5 table gains private_title, private_summary and private_body columns; a network-only
document's text moves there, so an anonymous match (restricted to the public columns) can never reach it.
PostgreSQL: public_vector is emptied for network-only documents; member_vector (public and network-only
text) lets a network member's search require every word and still use a GIN index; network_vector goes.
Both vectors are stored MAIN: kept inline and uncompressed unless a row cannot fit otherwise, so that
matching and ranking do not decompress them for every matching row."""

from django.db import migrations

FTS_COLUMNS = "title, summary, body, network, private_title, private_summary, private_body"
SQLITE_FORWARD = [
    f"CREATE VIRTUAL TABLE search_document_fts_new USING fts5({FTS_COLUMNS}, "
    "tokenize='unicode61 remove_diacritics 2')",
    f"INSERT INTO search_document_fts_new(rowid, {FTS_COLUMNS}) "
    "SELECT f.rowid, "
    "CASE WHEN d.network_only THEN '' ELSE f.title END, "
    "CASE WHEN d.network_only THEN '' ELSE f.summary END, "
    "CASE WHEN d.network_only THEN '' ELSE f.body END, "
    "f.network, "
    "CASE WHEN d.network_only THEN f.title ELSE '' END, "
    "CASE WHEN d.network_only THEN f.summary ELSE '' END, "
    "CASE WHEN d.network_only THEN f.body ELSE '' END "
    "FROM search_document_fts f JOIN search_document d ON d.id = f.rowid",
    "DROP TABLE search_document_fts",
    "ALTER TABLE search_document_fts_new RENAME TO search_document_fts",
]
SQLITE_BACKWARD = [
    "CREATE VIRTUAL TABLE search_document_fts_old USING fts5(title, summary, body, network, "
    "tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO search_document_fts_old(rowid, title, summary, body, network) "
    "SELECT rowid, title || private_title, summary || private_summary, body || private_body, network "
    "FROM search_document_fts",
    "DROP TABLE search_document_fts",
    "ALTER TABLE search_document_fts_old RENAME TO search_document_fts",
]
POSTGRES_FORWARD = [
    "ALTER TABLE search_document ADD COLUMN member_vector tsvector",
    "UPDATE search_document SET member_vector = "
    "coalesce(public_vector, ''::tsvector) || setweight(coalesce(network_vector, ''::tsvector), 'D')",
    "UPDATE search_document SET public_vector = ''::tsvector WHERE network_only",
    "CREATE INDEX search_document_member_vector ON search_document USING GIN (member_vector)",
    "DROP INDEX IF EXISTS search_document_network_vector",
    "ALTER TABLE search_document DROP COLUMN network_vector",
    "ALTER TABLE search_document ALTER COLUMN public_vector SET STORAGE MAIN, "
    "ALTER COLUMN member_vector SET STORAGE MAIN",
]
POSTGRES_BACKWARD = [
    "ALTER TABLE search_document ALTER COLUMN public_vector SET STORAGE EXTENDED",
    "ALTER TABLE search_document ADD COLUMN network_vector tsvector",
    "CREATE INDEX search_document_network_vector ON search_document USING GIN (network_vector)",
    "UPDATE search_document SET public_vector = member_vector WHERE network_only",
    "DROP INDEX IF EXISTS search_document_member_vector",
    "ALTER TABLE search_document DROP COLUMN member_vector",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0004_facet_keys")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
