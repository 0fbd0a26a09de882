from django.db import migrations, models


def fill_from_facets(apps, schema_editor):
    """An index built before this column: each covered commune becomes a "c:<code>" key, which says the
    same as the expanded rows (the next `search_rebuild` writes the shorter keys)."""
    Document = apps.get_model("search", "Document")
    DocumentFacet = apps.get_model("search", "DocumentFacet")
    keys = {}
    rows = DocumentFacet.objects.filter(facet="commune").order_by("document_id", "value")
    for document_id, value in rows.values_list("document_id", "value").iterator():
        keys.setdefault(document_id, []).append(f"c:{value}")
    for document_id, lines in keys.items():
        Document.objects.filter(pk=document_id).update(coverage_keys="\n".join(lines))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_index_state"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="coverage_keys",
            field=models.TextField(blank=True, verbose_name="couverture"),
        ),
        migrations.RunPython(fill_from_facets, migrations.RunPython.noop),
    ]
