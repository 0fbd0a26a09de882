"""The partners of the demo network: each roots the subtree of the pages it maintains."""

from infopublic.network.models import PartnerPage

DEPARTEMENT = "departement-de-saone-et-loire"
CCAS_CLUNY = "ccas-de-cluny"
VILLAGES_SOLIDAIRES = "villages-solidaires"
FRANCE_SERVICES_CLUNISOIS = "france-services-du-clunisois"
CCAS_MONTCEAU = "ccas-de-montceau-les-mines"
CENTRE_SOCIAL_CLUNY = "centre-social-de-cluny"
CLIC_CLUNISOIS = "clic-du-clunisois"
COMMUNES = "communes-de-saone-et-loire"

PARTNERS = [
    {
        "slug": DEPARTEMENT,
        "title": "Département de Saône-et-Loire",
        "kind": PartnerPage.Kind.DEPARTEMENT,
        "intro": "Chef de file de l’action sociale : solidarités, insertion, autonomie, enfance et famille.",
        "website": "https://www.saoneetloire71.fr",
        "phone": "03 85 39 66 00",
    },
    {
        "slug": CCAS_CLUNY,
        "title": "CCAS de Cluny",
        "kind": PartnerPage.Kind.CCAS_CIAS,
        "intro": "Le centre communal d’action sociale de Cluny : aide sociale légale et facultative.",
        "phone": "03 85 59 20 15",
    },
    {
        "slug": VILLAGES_SOLIDAIRES,
        "title": "Villages solidaires",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": (
            "Association du territoire de Saint-Cyr Mère Boitier qui porte la France services entre "
            "Charolais "
            "et Brionnais et le centre social de Matour."
        ),
        "phone": "03 85 59 78 40",
    },
    {
        "slug": FRANCE_SERVICES_CLUNISOIS,
        "title": "France services du Clunisois",
        "kind": PartnerPage.Kind.FRANCE_SERVICES,
        "intro": "Un guichet unique pour les démarches administratives du quotidien, porté par la "
        "communauté de "
        "communes du Clunisois.",
        "phone": "03 85 59 29 60",
    },
    {
        "slug": CCAS_MONTCEAU,
        "title": "CCAS de Montceau-les-Mines",
        "kind": PartnerPage.Kind.CCAS_CIAS,
        "intro": "Action sociale de la ville de Montceau-les-Mines : accueil, aides, petite enfance "
        "et médiation.",
        "phone": "03 85 67 68 20",
    },
    {
        "slug": CENTRE_SOCIAL_CLUNY,
        "title": "Centre social de Cluny",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Lieu d’accueil, d’animation et de lien social pour les habitants du Clunisois.",
        "phone": "03 85 59 24 90",
    },
    {
        "slug": CLIC_CLUNISOIS,
        "title": "CLIC du Clunisois",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Information et coordination pour les personnes âgées et leurs aidants.",
        "phone": "03 85 59 19 75",
    },
    {
        "slug": COMMUNES,
        "title": "Communes de Saône-et-Loire",
        "kind": PartnerPage.Kind.COMMUNE,
        "intro": "Les mairies de toutes les communes du département, d’après les données ouvertes de "
        "l’annuaire de l’administration.",
    },
]


def build_partner(spec):
    return PartnerPage(
        slug=spec["slug"],
        title=spec["title"],
        kind=spec["kind"],
        intro=spec["intro"],
        website=spec.get("website", ""),
        email=spec.get("email", ""),
        phone=spec.get("phone", ""),
    )
