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
        """Ids of structures in or serving the commune, its EPCI, its territories, its département, or
        the whole country (national services reached from anywhere)."""
        lookups = [
            Q(served_nationally=True),
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

    def capacity_notes(self, today=None):
        """{page id: CapacityNote} of these structures whose capacity level is in force (one query)."""
        fields = ("pk", "capacity", "capacity_updated_on", "capacity_valid_days")
        notes = {}
        for structure in self.exclude(capacity="").only(*fields):
            note = structure.capacity_note(today)
            if note is not None:
                notes[structure.pk] = note
        return notes

    def handling_ids(self, schemes):
        """{scheme id: ids of the structures that take its requests}: the structures the scheme names
        (`delivering_structures`) and every structure of the networks that handle it (`handled_by`).

        Three queries whatever the number of schemes: the two link tables, then the structures of the
        networks named."""
        scheme_ids = [scheme.pk for scheme in schemes]
        found = {pk: set() for pk in scheme_ids}
        scheme_model = self.model._meta.get_field("schemes").related_model
        delivering = scheme_model.delivering_structures.through.objects.filter(schemepage_id__in=scheme_ids)
        for scheme_id, structure_id in delivering.values_list("schemepage_id", "structurepage_id"):
            found[scheme_id].add(structure_id)
        handled = scheme_model.handled_by.through.objects.filter(schemepage_id__in=scheme_ids)
        networks_of = {}
        for scheme_id, network_id in handled.values_list("schemepage_id", "networktype_id"):
            networks_of.setdefault(network_id, set()).add(scheme_id)
        if networks_of:
            members = self.model.network_types.through.objects.filter(networktype_id__in=networks_of)
            for structure_id, network_id in members.values_list("structurepage_id", "networktype_id"):
                for scheme_id in networks_of[network_id]:
                    found[scheme_id].add(structure_id)
        return found


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
