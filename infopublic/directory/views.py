"""Public views of the directory: the commune page (the orientation answer for a place) and commune lookup."""

import re

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from infopublic.territories.models import Commune
from infopublic.territories.serializers import commune_json

from .doors import attach_network_contacts, nearest_first
from .models import SchemePage, StructurePage

# Who covers a commune, in the order a receptionist looks for them: (key, heading, réseaux porteurs).
COVERAGE_ROLES = [
    ("mairie", _("Mairie"), {"communes"}),
    ("ccas", _("CCAS / CIAS"), {"ccas-cias"}),
    ("mds", _("Maison départementale des solidarités"), {"maisons-des-solidarites", "departements", "cms"}),
    ("france-services", _("France services"), {"france-service", "msap"}),
    ("clic", _("CLIC et autonomie"), {"maison-departementale-de-lautonomie"}),
]
CLIC_TITLE = re.compile(r"\bCLIC\b")
SUGGESTION_LIMIT = 8


def coverage_role(structure):
    """The key of the first role the structure plays for its communes, or "autres"."""
    network_values = {network_type.value for network_type in structure.network_types.all()}
    for key, _heading, values in COVERAGE_ROLES:
        if network_values & values:
            return key
    if CLIC_TITLE.search(structure.title):
        return "clic"
    return "autres"


def group_by_role(structures):
    groups = {key: [] for key, _heading, _values in COVERAGE_ROLES}
    groups["autres"] = []
    for structure in structures:
        groups[coverage_role(structure)].append(structure)
    headings = [(key, heading) for key, heading, _values in COVERAGE_ROLES]
    headings.append(("autres", _("Autres structures qui accueillent les habitants")))
    return [
        {"key": key, "heading": heading, "structures": groups[key]}
        for key, heading in headings
        if groups[key]
    ]


def structures_by_distance(commune, user=None):
    """The live, public structures serving the commune, nearest first, with network-only contacts for
    network members."""
    structures = list(
        StructurePage.objects.live()
        .public()
        .serving(commune)
        .select_related("commune")
        .prefetch_related("network_types")
    )
    return attach_network_contacts(nearest_first(structures, commune), user)


def scheme_scope(scheme, commune):
    """National, département, intercommunal or local: where the scheme's zone reaches the commune."""
    if scheme.zone_national:
        return "national"
    zone_departements = {departement.pk for departement in scheme.zone_departements.all()}
    if commune.departement_id in zone_departements:
        return "departement"
    zone_epcis = {epci.pk for epci in scheme.zone_epcis.all()}
    if commune.epci_id and commune.epci_id in zone_epcis:
        return "epci"
    return "local"


SCHEME_SCOPES = [
    ("local", _("Dispositifs de la commune")),
    ("epci", _("Dispositifs de l’intercommunalité")),
    ("departement", _("Dispositifs du département")),
    ("national", _("Dispositifs nationaux")),
]


def schemes_by_scope(commune):
    schemes = (
        SchemePage.objects.live()
        .public()
        .applying_to(commune)
        .prefetch_related("zone_departements", "zone_epcis")
        .order_by("title")
    )
    groups = {key: [] for key, _heading in SCHEME_SCOPES}
    for scheme in schemes:
        groups[scheme_scope(scheme, commune)].append(scheme)
    return [
        {"key": key, "heading": heading, "schemes": groups[key]}
        for key, heading in SCHEME_SCOPES
        if groups[key]
    ]


def commune_detail(request, code):
    """Who covers this commune, and which schemes apply there: the orientation answer for a place."""
    commune = get_object_or_404(Commune.objects.select_related("epci", "departement"), code=code)
    structures = structures_by_distance(commune, request.user)
    return render(
        request,
        "directory/commune_detail.html",
        {
            "commune": commune,
            "structures": structures,
            "structure_groups": group_by_role(structures),
            # Evaluated by the template only when its cached fragment is missing.
            "scheme_groups": lambda: schemes_by_scope(commune),
        },
    )


@require_GET
def commune_lookup(request):
    """`/communes/?q=Matour` or `?q=71520` (typed) or `?code_insee=71289` (picked): straight to the commune
    when one matches, else the communes to choose from (status 200) or "no commune" (status 200)."""
    resolution = Commune.objects.resolve(request.GET.get("q", ""), request.GET.get("code_insee", ""))
    if resolution.commune is not None:
        return redirect(resolution.commune.get_absolute_url())
    return render(
        request, "directory/commune_lookup.html", {"typed": resolution.text, "resolution": resolution}
    )


@require_GET
def commune_suggestions(request):
    """Autocomplete of the commune fields: `{"results": [{"code" (INSEE), "code_insee", "name",
    "postal_code", "postal_codes", "url"}]}`, closest match first, then the most populated."""
    communes = Commune.objects.suggest(request.GET.get("q", ""), limit=SUGGESTION_LIMIT)
    return JsonResponse({"results": [commune_json(commune) for commune in communes]})
