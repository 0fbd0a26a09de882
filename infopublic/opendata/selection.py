"""What open data may publish: live fiches without any view restriction, whoever asks."""

from infopublic.directory.models import SchemePage, StructurePage


def public_structures():
    return (
        StructurePage.objects.live()
        .public()
        .select_related("commune")
        .prefetch_related("network_types", "contacts")
        .order_by("pk")
    )


def public_schemes():
    return SchemePage.objects.live().public()


def public_service_links():
    """(scheme, delivering structure) pairs where both pages are public, in a stable order."""
    through = SchemePage.delivering_structures.through
    return through.objects.filter(
        schemepage__in=public_schemes().values("pk"),
        structurepage__in=public_structures().values("pk"),
    ).order_by("schemepage_id", "structurepage_id")


def schemes_by_pk(pks):
    schemes = SchemePage.objects.filter(pk__in=set(pks)).prefetch_related(
        "themes", "service_types", "publics", "zone_departements", "zone_epcis", "zone_communes"
    )
    return {scheme.pk: scheme for scheme in schemes}


def structures_by_pk(pks):
    return {structure.pk: structure for structure in public_structures().filter(pk__in=set(pks))}
