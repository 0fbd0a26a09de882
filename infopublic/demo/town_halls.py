"""Every commune's town hall as a structure, from the open data of the committed territories fixture.

Town halls are many and edited rarely: they are created directly live, without a revision, for speed,
and indexed together (bulk.py).
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from infopublic.directory.hours import validate_opening_hours
from infopublic.directory.models import StructurePage
from infopublic.taxonomy.models import NetworkType
from infopublic.territories.models import Commune
from infopublic.territories.sources import load_fixture

from .bulk import bulk_structures

VOWELS = tuple("AEIOUYÂÊÎÔÛÉÈÀH")
SUMMARY = (
    "Accueil de la mairie : état civil, urbanisme, élections et premier renseignement sur les aides du CCAS."
)


def town_hall_title(name):
    """« Mairie de Cluny », « Mairie d’Autun », « Mairie du Creusot », « Mairie des Bizots »."""
    if name.startswith("Le "):
        return f"Mairie du {name[3:]}"
    if name.startswith("Les "):
        return f"Mairie des {name[4:]}"
    if name.upper().startswith(VOWELS):
        return f"Mairie d’{name}"
    return f"Mairie de {name}"


def town_hall_slug(commune_data):
    return slugify(f"mairie {commune_data['nom']} {commune_data['code']}")


def select_communes(communes, selection):
    """`selection`: "all", "none" or an iterable of INSEE codes."""
    if selection == "all":
        return communes
    if selection == "none":
        return []
    wanted = set(selection)
    unknown = wanted - {commune["code"] for commune in communes}
    if unknown:
        raise ValueError(f"Unknown INSEE codes: {', '.join(sorted(unknown))}")
    return [commune for commune in communes if commune["code"] in wanted]


def valid_hours(expression):
    try:
        validate_opening_hours(expression)
    except ValidationError:
        return ""
    return expression or ""


def build_town_hall(commune_data, commune, verified_on):
    mairie = commune_data.get("mairie") or {}
    return StructurePage(
        slug=town_hall_slug(commune_data),
        title=town_hall_title(commune_data["nom"]),
        summary=SUMMARY,
        address=mairie.get("adresse", ""),
        postal_code=mairie.get("code_postal") or commune.main_postal_code,
        commune=commune,
        latitude=commune_data.get("latitude"),
        longitude=commune_data.get("longitude"),
        phone=mairie.get("telephone", ""),
        email=mairie.get("email", ""),
        website=mairie.get("site", ""),
        opening_hours=valid_hours(mairie.get("horaires", "")),
        reception_modes=["sans-rendez-vous", "telephone"],
        languages=["fr"],
        last_verified_at=verified_on,
    )


def select_town_halls(selection="all", departement="71"):
    """The fixture's communes whose town hall is wanted, and the date of the data. Raises on unknown codes."""
    data = load_fixture(departement)
    verified_on = datetime.date.fromisoformat(data["generated"]) if data.get("generated") else None
    return select_communes(data["communes"], selection), verified_on


def ensure_town_halls(parent, selected, verified_on=None):
    """Create the missing town halls of `selected` (fixture communes) under `parent`; returns how many."""
    communes = Commune.objects.in_bulk([commune_data["code"] for commune_data in selected])
    network_type = NetworkType.objects.get(value="communes")
    existing = set(StructurePage.objects.child_of(parent).values_list("slug", flat=True))
    with bulk_structures() as created:
        for commune_data in selected:
            if town_hall_slug(commune_data) in existing:
                continue
            commune = communes[commune_data["code"]]
            page = build_town_hall(commune_data, commune, verified_on)
            page.network_types = [network_type]
            page.served_communes = [commune]
            page.live = True
            parent.add_child(instance=page)
            created.append(page)
    return len(created)
