"""What the national fiches share: their owning partner, defaults and small HTML helpers."""

from infopublic.network.models import PartnerPage

PARTNER = "referentiel-national"

PARTNER_SPEC = {
    "slug": PARTNER,
    "title": "Référentiel national",
    "kind": PartnerPage.Kind.OTHER,
    "intro": "Les dispositifs nationaux et les numéros d’écoute, tenus à jour par la coordination du réseau. "
    "Les partenaires locaux y renvoient plutôt que de les recopier : chaque fiche liste les lieux qui "
    "desservent la commune de la personne.",
}

# Local doors that often help with any online claim.
ACCESS_DOORS = ["france-service", "ccas-cias", "maisons-des-solidarites"]
CAF_DOORS = ["caf", "mutualite-sociale-agricole", *ACCESS_DOORS]
HEALTH_DOORS = ["cpam", "mutualite-sociale-agricole", *ACCESS_DOORS]
HELPLINE_MODES = ["telephone", "en-ligne"]


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def p(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def national(**spec):
    """A national fiche: owned by the national reference partner, valid everywhere in France."""
    return {
        "partner": PARTNER,
        "zone_national": True,
        "mobilised_by": ["usagers", "professionnels"],
        "verified_days_ago": 7,
        **spec,
    }
