"""Serializer fields for Wagtail's read API that publish only public information.

Imported by the directory's page models for their `api_fields` (the open data API serves them); kept free
of model imports so that models can import it.
"""

from rest_framework import serializers


class PublicContactsField(serializers.Field):
    """A structure's PUBLIC contacts only (use with source="*"); network-only contacts never appear."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, structure):
        return [
            {"name": contact.name, "phone": contact.phone, "email": contact.email, "note": contact.note}
            for contact in structure.public_contacts()
        ]


class VocabularyField(serializers.Field):
    """Terms of a data·inclusion vocabulary as {value, label}."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, manager):
        return [{"value": term.value, "label": term.label} for term in manager.all()]


class TerritoryCodesField(serializers.Field):
    """Territories (communes, EPCI, départements…) as their official codes."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, manager):
        return sorted(str(territory.pk) for territory in manager.all())


class CommuneField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, commune):
        return {"code": commune.code, "name": commune.name}


class PublicPagesField(serializers.Field):
    """Related pages, limited to live pages without view restriction, as {id, title}."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, manager):
        from wagtail.models import Page

        pages = Page.objects.filter(pk__in=[page.pk for page in manager.all()]).live().public()
        return [{"id": page.pk, "title": page.title} for page in pages.order_by("title")]
