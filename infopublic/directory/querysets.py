"""Queries of the directory: what serves a commune, what applies there.

Each kind of coverage is looked up on its own and the ids are gathered: an OR across several many-to-many
joins makes PostgreSQL scan the whole product (about 0.5 s a call with the demo data), while these small
queries are index lookups.
"""

from django.db.models import Q

from wagtail.models import PageManager, PageQuerySet


def _ids_matching(model, lookups):
    ids = set()
    for lookup in lookups:
        ids.update(model.objects.filter(lookup).values_list("pk", flat=True))
    return ids


class StructurePageQuerySet(PageQuerySet):
    def serving_ids(self, commune):
        """Ids of structures in or serving the commune, its EPCI, its territories or its département."""
        lookups = [
            Q(commune=commune),
            Q(served_communes=commune),
            Q(served_territories__communes=commune),
            Q(served_departements=commune.departement_id),
        ]
        if commune.epci_id:
            lookups.append(Q(served_epcis=commune.epci_id))
        return _ids_matching(self.model, lookups)

    def serving(self, commune):
        return self.filter(pk__in=self.serving_ids(commune))


class SchemePageQuerySet(PageQuerySet):
    def applying_to_ids(self, commune):
        """Ids of schemes whose residence zone covers the commune (national, département, EPCI or commune)."""
        lookups = [
            Q(zone_national=True),
            Q(zone_communes=commune),
            Q(zone_departements=commune.departement_id),
        ]
        if commune.epci_id:
            lookups.append(Q(zone_epcis=commune.epci_id))
        return _ids_matching(self.model, lookups)

    def applying_to(self, commune):
        return self.filter(pk__in=self.applying_to_ids(commune))


StructurePageManager = PageManager.from_queryset(StructurePageQuerySet)
SchemePageManager = PageManager.from_queryset(SchemePageQuerySet)
