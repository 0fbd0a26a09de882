"""The territoires d'action sociale of Saône-et-Loire, each grouping whole EPCI.

Each territory lists words found in the names of its EPCI (as published in the territories data); every
EPCI of the département must match exactly one territory, so every commune lands in exactly one
territory.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from infopublic.territories.models import EPCI, Commune, Departement, SocialActionTerritory

DEPARTEMENT = "71"

SOCIAL_ACTION_TERRITORIES = [
    {
        "slug": "maconnais-clunisois",
        "name": "Mâconnais – Clunisois",
        "epci_keywords": ["Clunisois", "Mâconnais", "Saint Cyr Mère Boitier"],
    },
    {
        "slug": "charolais-brionnais",
        "name": "Charolais – Brionnais",
        "epci_keywords": ["Grand Charolais", "Brionnais", "Marcigny"],
    },
    {
        "slug": "creusot-montceau",
        "name": "Creusot – Montceau",
        "epci_keywords": ["Creusot Montceau", "Entre Arroux, Loire et Somme"],
    },
    {
        "slug": "chalonnais",
        "name": "Chalonnais",
        "epci_keywords": ["Grand Chalon", "Sud Côte Chalonnaise", "Entre Saône et Grosne", "Beaune"],
    },
    {
        "slug": "bresse-louhannaise",
        "name": "Bresse louhannaise",
        "epci_keywords": ["Bresse"],
    },
    {
        "slug": "autunois-morvan",
        "name": "Autunois – Morvan",
        "epci_keywords": ["Autunois Morvan"],
    },
]


def epcis_by_territory(epcis):
    """{territory slug: [EPCI]}; raises when an EPCI matches no territory or several."""
    grouping = {territory["slug"]: [] for territory in SOCIAL_ACTION_TERRITORIES}
    for epci in epcis:
        matches = [
            territory["slug"]
            for territory in SOCIAL_ACTION_TERRITORIES
            if any(keyword.lower() in epci.name.lower() for keyword in territory["epci_keywords"])
        ]
        if len(matches) != 1:
            raise ImproperlyConfigured(f"EPCI « {epci.name} » matches {len(matches)} territories: {matches}")
        grouping[matches[0]].append(epci)
    return grouping


@transaction.atomic
def ensure_social_action_territories():
    """Create the territories and give each the communes of its EPCI. Idempotent; returns the territories."""
    departement = Departement.objects.get(code=DEPARTEMENT)
    epcis = EPCI.objects.filter(communes__departement=departement).distinct().order_by("name")
    grouping = epcis_by_territory(epcis)
    territories = []
    for spec in SOCIAL_ACTION_TERRITORIES:
        members = grouping[spec["slug"]]
        description = "Intercommunalités : " + ", ".join(epci.name for epci in members) + "."
        territory, _created = SocialActionTerritory.objects.get_or_create(
            slug=spec["slug"],
            defaults={"name": spec["name"], "departement": departement, "description": description},
        )
        communes = Commune.objects.filter(departement=departement, epci__in=members)
        current = set(territory.communes.values_list("code", flat=True))
        wanted = set(communes.values_list("code", flat=True))
        if current != wanted:
            territory.communes.set(wanted)
        territories.append(territory)
    return territories
