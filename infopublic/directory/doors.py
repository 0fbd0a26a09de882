"""The doors of a scheme: where a person living in a commune can take a request, nearest first.

A door is a live, public structure that takes the scheme's requests (named by the scheme, or member of a
network that handles it: see `StructurePageQuerySet.handling_ids`) and that serves the person's commune
(its own commune, its communes, EPCI, territories, département, or the whole country: see `serving_ids`).
A CCAS serves its own commune only: a Matour resident is never sent to the CCAS de Cluny. Without a commune,
every door is given, grouped by territory, and the page says so.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from infopublic.network.access import is_network_member
from infopublic.territories.models import Commune
from infopublic.territories.resolver import Resolution

from .choices import Visibility
from .models import StructureContact, StructurePage

__all__ = [
    "CommuneChoice",
    "attach_network_contacts",
    "doors_by_scheme",
    "group_by_territory",
    "nearest_first",
    "read_commune",
]

MAX_COMMUNE_TEXT = 100
MAX_CANDIDATES = 20


# What a typed commune designates (one commune, candidates, or nothing): the territories' resolver.
CommuneChoice = Resolution


def read_commune(text, code_insee=""):
    """The commune a person gave (`text`: a name or a postal code, typed as people type) or that a page
    picked (`code_insee`), as scheme pages, the handout and the doors read it: the Commune manager's
    resolver, the one reading of a commune on the site."""
    text = (text or "").strip()[:MAX_COMMUNE_TEXT]
    return Commune.objects.select_related("departement", "epci").resolve(text, code_insee or "")


def nearest_first(structures, commune):
    """The structures sorted by distance from the commune's centre (unknown distances last, then by
    title); each gets a `distance_km` (None without a commune or a location)."""
    origin = commune.point if commune is not None else None
    for structure in structures:
        point = structure.point
        structure.distance_km = commune.distance_km(*point) if origin and point else None
    return sorted(structures, key=lambda s: (s.distance_km is None, s.distance_km or 0, s.title))


def attach_network_contacts(structures, user):
    """Give each structure `network_contacts`: its network-only contacts for a network member, else
    nothing (one query for all, none for the public)."""
    if not structures:
        return structures
    by_structure = {structure.pk: [] for structure in structures}
    if is_network_member(user):
        contacts = StructureContact.objects.filter(
            structure_id__in=by_structure, visibility=Visibility.NETWORK
        ).order_by("sort_order", "pk")
        for contact in contacts:
            by_structure[contact.structure_id].append(contact)
    for structure in structures:
        structure.network_contacts = by_structure[structure.pk]
    return structures


NATIONAL = "national"
DEPARTEMENT = "departement"
OTHER = "autres"


def _territory_key(structure):
    """(sort rank, key, heading) of the territory a structure is listed under when no commune is known."""
    if structure.served_nationally:
        return (0, NATIONAL, _("Partout en France (à distance)"))
    departements = list(structure.served_departements.all())
    if departements:
        return (1, DEPARTEMENT, _("Tout le département : %(name)s") % {"name": departements[0].name})
    territories = sorted(structure.served_territories.all(), key=lambda t: t.name)
    if not territories and structure.commune_id:
        territories = sorted(structure.commune.social_action_territories.all(), key=lambda t: t.name)
    if territories:
        return (2, territories[0].slug, territories[0].name)
    return (3, OTHER, _("Autres lieux"))


def group_by_territory(structures):
    """[{"key", "heading", "structures"}]: national services, département-wide ones, then each
    territoire d'action sociale (by name), then the rest; by commune then title within a group."""
    groups = {}
    for structure in structures:
        rank, key, heading = _territory_key(structure)
        groups.setdefault((rank, str(heading), key), []).append(structure)
    return [
        {
            "key": key,
            "heading": heading,
            "structures": sorted(
                members, key=lambda s: (s.commune.name if s.commune_id else "", s.title.casefold())
            ),
        }
        for (_rank, heading, key), members in sorted(groups.items())
    ]


def _structures(ids, grouped):
    queryset = StructurePage.objects.live().public().filter(pk__in=ids).select_related("commune")
    if grouped:
        queryset = queryset.prefetch_related(
            "served_departements", "served_territories", "commune__social_action_territories"
        )
    return list(queryset)


def doors_by_scheme(schemes, commune=None, user=None):
    """{scheme id: [doors]} for every scheme given: nearest to `commune` first, or every door (with
    `commune` None; group them with `group_by_territory`). Network-only contacts are attached for
    network members only. About ten queries whatever the number of schemes."""
    handling = StructurePage.objects.handling_ids(schemes)
    wanted = set().union(*handling.values()) if handling else set()
    if commune is not None and wanted:
        wanted &= StructurePage.objects.serving_ids(commune)
    structures = _structures(wanted, grouped=commune is None) if wanted else []
    attach_network_contacts(structures, user)
    ordered = nearest_first(structures, commune)
    return {scheme.pk: [s for s in ordered if s.pk in handling[scheme.pk]] for scheme in schemes}


@dataclass
class SchemeDoors:
    """The "Où s’adresser" answer of a scheme page."""

    choice: CommuneChoice
    structures: list
    groups: list
    applies: bool = True  # False when the commune is outside the scheme's residence zone

    @property
    def commune(self):
        return self.choice.commune


def scheme_doors(scheme, text, user=None, code_insee=""):
    """The doors of `scheme` for the commune named by `text` (`?commune=`) or picked (`?code_insee=`)."""
    choice = read_commune(text, code_insee)
    commune = choice.commune
    structures = doors_by_scheme([scheme], commune, user)[scheme.pk]
    return SchemeDoors(
        choice=choice,
        structures=structures,
        groups=[] if commune else group_by_territory(structures),
        applies=scheme.covers_commune(commune) if commune else True,
    )
