"""Queries of the directory: what serves a commune, what applies there."""

from django.db.models import Q

from wagtail.models import PageManager, PageQuerySet


class StructurePageQuerySet(PageQuerySet):
    def serving(self, commune):
        """Structures located in the commune or serving it, its EPCI, its territories or its département."""
        coverage = (
            Q(commune=commune)
            | Q(served_communes=commune)
            | Q(served_territories__communes=commune)
            | Q(served_departements=commune.departement_id)
        )
        if commune.epci_id:
            coverage |= Q(served_epcis=commune.epci_id)
        return self.filter(pk__in=self.model.objects.filter(coverage).values("pk"))


class SchemePageQuerySet(PageQuerySet):
    def applying_to(self, commune):
        """Schemes whose residence zone covers the commune (national, département, EPCI or commune)."""
        zone = Q(zone_national=True) | Q(zone_communes=commune) | Q(zone_departements=commune.departement_id)
        if commune.epci_id:
            zone |= Q(zone_epcis=commune.epci_id)
        return self.filter(pk__in=self.model.objects.filter(zone).values("pk"))


StructurePageManager = PageManager.from_queryset(StructurePageQuerySet)
SchemePageManager = PageManager.from_queryset(SchemePageQuerySet)
