from django.db import migrations, models


def fill_facet_keys(apps, schema_editor):
    """Fill the new column from the DocumentFacet rows of an existing index."""
    Document = apps.get_model("search", "Document")
    DocumentFacet = apps.get_model("search", "DocumentFacet")
    keys = {}
    rows = DocumentFacet.objects.filter(facet__in=("theme", "public", "territory")).order_by("document_id", "id")
    for document_id, facet, value in rows.values_list("document_id", "facet", "value").iterator():
        keys.setdefault(document_id, []).append(f"{facet}:{value}")
    for document_id, lines in keys.items():
        Document.objects.filter(pk=document_id).update(facet_keys="\n".join(lines))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_facet_by_document"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="facet_keys",
            field=models.TextField(blank=True, verbose_name="facettes"),
        ),
        migrations.RunPython(fill_facet_keys, migrations.RunPython.noop),
    ]
