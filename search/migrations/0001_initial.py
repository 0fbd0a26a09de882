"""The search index tables, and the full-text side of the database engine, which the models do not
describe.

SQLite: two FTS5 tables, rowid = search_document.id (see search/database/dialects.py, SqliteDialect):
- search_document_fts, matched for network members: title, summary, body and network (network notes) of the
  documents anyone may see; private_title, private_summary and private_body hold the text of network-only
  documents, so that no public column ever holds it;
- search_document_public_fts, matched for everyone else: title, summary and body of the documents anyone may
  see, nothing else (reading it whole spares FTS5 a column check on every anonymous match).

PostgreSQL: two tsvector columns on search_document, each with a GIN index:
- public_vector, the public text of the documents anyone may see (empty for network-only documents);
- member_vector, public and network text, matched for network members.
Both are stored MAIN: kept inline and uncompressed unless a row cannot fit otherwise, so that matching and
ranking do not decompress them for every matching row."""

import django.db.models.deletion
from django.db import migrations, models

FTS5_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_document_fts USING fts5(title, summary, body, network, "
    f"private_title, private_summary, private_body, {FTS5_TOKENIZE})",
    f"CREATE VIRTUAL TABLE search_document_public_fts USING fts5(title, summary, body, {FTS5_TOKENIZE})",
]
SQLITE_BACKWARD = [
    "DROP TABLE IF EXISTS search_document_public_fts",
    "DROP TABLE IF EXISTS search_document_fts",
]
POSTGRES_FORWARD = [
    "ALTER TABLE search_document ADD COLUMN public_vector tsvector, ADD COLUMN member_vector tsvector",
    "ALTER TABLE search_document ALTER COLUMN public_vector SET STORAGE MAIN, "
    "ALTER COLUMN member_vector SET STORAGE MAIN",
    "CREATE INDEX search_document_public_vector ON search_document USING GIN (public_vector)",
    "CREATE INDEX search_document_member_vector ON search_document USING GIN (member_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_member_vector",
    "DROP INDEX IF EXISTS search_document_public_vector",
    "ALTER TABLE search_document DROP COLUMN member_vector, DROP COLUMN public_vector",
]


def run(statements_by_vendor):
    """A migration function running the statements of the current database vendor (none for the others)."""

    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Document",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.CharField(max_length=40, unique=True, verbose_name="clé")),
                ("page_id", models.PositiveIntegerField(db_index=True, verbose_name="page")),
                ("kind", models.CharField(db_index=True, max_length=12, verbose_name="type")),
                ("network_only", models.BooleanField(default=False, verbose_name="réservé au réseau")),
                ("title", models.CharField(max_length=300, verbose_name="titre")),
                ("url", models.CharField(max_length=500, verbose_name="adresse")),
                ("summary", models.TextField(blank=True, verbose_name="résumé")),
                ("body", models.TextField(blank=True, verbose_name="texte")),
                ("network_text", models.TextField(blank=True, verbose_name="texte réservé au réseau")),
                ("partner", models.CharField(blank=True, max_length=255, verbose_name="partenaire")),
                ("commune_code", models.CharField(blank=True, max_length=5, verbose_name="commune")),
                (
                    "commune_name",
                    models.CharField(blank=True, max_length=100, verbose_name="nom de la commune"),
                ),
                (
                    "latitude",
                    models.FloatField(blank=True, db_index=True, null=True, verbose_name="latitude"),
                ),
                ("longitude", models.FloatField(blank=True, null=True, verbose_name="longitude")),
                ("national", models.BooleanField(db_index=True, default=False, verbose_name="national")),
                ("hours", models.JSONField(blank=True, default=dict, verbose_name="horaires")),
                ("public_terms", models.TextField(blank=True, verbose_name="mots publics")),
                ("facet_keys", models.TextField(blank=True, verbose_name="facettes")),
                ("coverage_keys", models.TextField(blank=True, verbose_name="couverture")),
                ("phone", models.CharField(blank=True, default="", max_length=30, verbose_name="téléphone")),
            ],
            options={
                "verbose_name": "document indexé",
                "verbose_name_plural": "documents indexés",
            },
        ),
        migrations.CreateModel(
            name="DocumentFacet",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("facet", models.CharField(max_length=12, verbose_name="facette")),
                ("value", models.CharField(max_length=150, verbose_name="valeur")),
                (
                    "document",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="facets",
                        to="search.document",
                    ),
                ),
            ],
            options={
                "verbose_name": "valeur de facette",
                "verbose_name_plural": "valeurs de facettes",
                "indexes": [
                    models.Index(fields=["facet", "value", "document"], name="search_facet_lookup"),
                    models.Index(fields=["document", "facet", "value"], name="search_facet_by_document"),
                ],
            },
        ),
        migrations.CreateModel(
            name="Term",
            fields=[
                (
                    "word",
                    models.CharField(max_length=80, primary_key=True, serialize=False, verbose_name="mot"),
                ),
                ("initial", models.CharField(max_length=1, verbose_name="initiale")),
                ("length", models.PositiveSmallIntegerField(verbose_name="longueur")),
                ("documents", models.PositiveIntegerField(default=0, verbose_name="documents")),
            ],
            options={
                "verbose_name": "mot indexé",
                "verbose_name_plural": "mots indexés",
                "indexes": [models.Index(fields=["initial", "length"], name="search_term_near")],
            },
        ),
        migrations.CreateModel(
            name="PendingChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("page_id", models.PositiveIntegerField(db_index=True, verbose_name="page")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="créé le")),
                ("attempts", models.PositiveIntegerField(default=0, verbose_name="tentatives")),
                ("last_error", models.TextField(blank=True, verbose_name="dernière erreur")),
            ],
            options={
                "verbose_name": "modification en attente d’indexation",
                "verbose_name_plural": "modifications en attente d’indexation",
                "ordering": ["pk"],
            },
        ),
        migrations.CreateModel(
            name="ElasticRebuild",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("started_at", models.DateTimeField(auto_now_add=True, verbose_name="commencée le")),
                ("finished_at", models.DateTimeField(blank=True, null=True, verbose_name="terminée le")),
            ],
            options={
                "verbose_name": "reconstruction de l’index Elasticsearch",
                "verbose_name_plural": "reconstructions de l’index Elasticsearch",
            },
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
