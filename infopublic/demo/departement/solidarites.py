"""The Département's doors: Maisons départementales des solidarités (MDS), Maisons locales de l'autonomie
(MLA), and the MDPH.

Each MDS serves its whole territoire d'action sociale (the commune page sorts them by distance); the
seed network's MDS of Cluny and Montceau-les-Mines (infopublic/demo/structures.py) complete the list.
"""

from ..partners import DEPARTEMENT
from . import partners
from .common import (
    APPOINTMENT,
    AUTUNOIS_MORVAN,
    BRESSE,
    CHALONNAIS,
    CHAROLAIS_BRIONNAIS,
    CREUSOT_MONTCEAU_TERRITORY,
    MACONNAIS_CLUNISOIS,
    TERRITORY_SEATS,
    door,
)

MDS_SUMMARY = (
    "Service social départemental, PMI, protection de l’enfance, insertion des bénéficiaires du RSA et "
    "accompagnement des personnes âgées ou handicapées, pour les habitants du secteur."
)
MDS_NOTE = (
    "Accueil sans rendez-vous aux heures d’ouverture ; entretiens avec un travailleur social sur rendez-vous."
)

# (slug, title, place, territory, extra fields)
MDS_SITES = [
    ("mds-macon", "Maison départementale des solidarités de Mâcon", "macon", MACONNAIS_CLUNISOIS, {}),
    ("mds-tournus", "Maison départementale des solidarités de Tournus", "tournus", MACONNAIS_CLUNISOIS, {}),
    (
        "mds-la-chapelle-de-guinchay",
        "Maison départementale des solidarités de La Chapelle-de-Guinchay",
        "la-chapelle-de-guinchay",
        MACONNAIS_CLUNISOIS,
        {},
    ),
    (
        "mds-paray-le-monial",
        "Maison départementale des solidarités de Paray-le-Monial",
        "paray",
        CHAROLAIS_BRIONNAIS,
        {},
    ),
    (
        "mds-charolles",
        "Maison départementale des solidarités de Charolles",
        "charolles",
        CHAROLAIS_BRIONNAIS,
        {},
    ),
    ("mds-digoin", "Maison départementale des solidarités de Digoin", "digoin", CHAROLAIS_BRIONNAIS, {}),
    (
        "mds-chauffailles",
        "Maison départementale des solidarités de Chauffailles",
        "chauffailles",
        CHAROLAIS_BRIONNAIS,
        {},
    ),
    (
        "mds-marcigny",
        "Maison départementale des solidarités de Marcigny",
        "marcigny",
        CHAROLAIS_BRIONNAIS,
        {},
    ),
    (
        "mds-le-creusot",
        "Maison départementale des solidarités du Creusot",
        "le-creusot",
        CREUSOT_MONTCEAU_TERRITORY,
        {},
    ),
    (
        "mds-gueugnon",
        "Maison départementale des solidarités de Gueugnon",
        "gueugnon",
        CREUSOT_MONTCEAU_TERRITORY,
        {},
    ),
    (
        "mds-bourbon-lancy",
        "Maison départementale des solidarités de Bourbon-Lancy",
        "bourbon-lancy",
        CREUSOT_MONTCEAU_TERRITORY,
        {},
    ),
    (
        "mds-chalon-sur-saone",
        "Maison départementale des solidarités de Chalon-sur-Saône",
        "chalon",
        CHALONNAIS,
        {
            "address": "52 rue Pierre-Deliry",
            "to_complete": "téléphone, horaires",
            "opening_hours_note": "Regroupe depuis sa rénovation les anciennes MDS de Chalon Est et "
            "Chalon Ouest.",
        },
    ),
    ("mds-chagny", "Maison départementale des solidarités de Chagny", "chagny", CHALONNAIS, {}),
    (
        "mds-saint-marcel",
        "Maison départementale des solidarités de Saint-Marcel",
        "saint-marcel",
        CHALONNAIS,
        {},
    ),
    ("mds-givry", "Maison départementale des solidarités de Givry", "givry", CHALONNAIS, {}),
    (
        "mds-sennecey-le-grand",
        "Maison départementale des solidarités de Sennecey-le-Grand",
        "sennecey-le-grand",
        CHALONNAIS,
        {},
    ),
    ("mds-louhans", "Maison départementale des solidarités de Louhans", "louhans", BRESSE, {}),
    (
        "mds-pierre-de-bresse",
        "Maison départementale des solidarités de Pierre-de-Bresse",
        "pierre-de-bresse",
        BRESSE,
        {},
    ),
    ("mds-cuiseaux", "Maison départementale des solidarités de Cuiseaux", "cuiseaux", BRESSE, {}),
    ("mds-cuisery", "Maison départementale des solidarités de Cuisery", "cuisery", BRESSE, {}),
    (
        "mds-saint-germain-du-bois",
        "Maison départementale des solidarités de Saint-Germain-du-Bois",
        "saint-germain-du-bois",
        BRESSE,
        {},
    ),
    ("mds-autun", "Maison départementale des solidarités d’Autun", "autun", AUTUNOIS_MORVAN, {}),
    ("mds-epinac", "Maison départementale des solidarités d’Épinac", "epinac", AUTUNOIS_MORVAN, {}),
]

MLA_SUMMARY = (
    "Guichet de proximité de l’autonomie : information des personnes âgées, des personnes handicapées et "
    "de leurs aidants, APA, aide au dossier MDPH, évaluation à domicile."
)

MLA_TITLES = {
    MACONNAIS_CLUNISOIS: "Maison locale de l’autonomie de Mâcon",
    CHAROLAIS_BRIONNAIS: "Maison locale de l’autonomie de Paray-le-Monial",
    CREUSOT_MONTCEAU_TERRITORY: "Maison locale de l’autonomie de Montceau-les-Mines",
    CHALONNAIS: "Maison locale de l’autonomie de Chalon-sur-Saône",
    BRESSE: "Maison locale de l’autonomie de Louhans",
    AUTUNOIS_MORVAN: "Maison locale de l’autonomie d’Autun",
}


def mds(slug, title, place, territory, extra):
    return door(
        DEPARTEMENT,
        slug,
        title,
        place,
        ["maisons-des-solidarites", "departements"],
        MDS_SUMMARY,
        served_territories=[territory],
        opening_hours_note=extra.pop("opening_hours_note", MDS_NOTE),
        website="https://www.saoneetloire71.fr",
        **extra,
    )


def mla(territory, title):
    place = TERRITORY_SEATS[territory]
    return door(
        DEPARTEMENT,
        f"mla-{territory}",
        title,
        place,
        ["maison-departementale-de-lautonomie", "departements"],
        MLA_SUMMARY,
        served_territories=[territory],
        reception_modes=[*APPOINTMENT, "a-domicile"],
        website="https://www.saoneetloire71.fr",
    )


MDPH_DOORS = [
    door(
        partners.MDPH,
        "mdph-saone-et-loire",
        "Maison départementale des personnes handicapées de Saône-et-Loire",
        "macon",
        ["mdph"],
        "Dépôt et suivi des demandes liées au handicap (AAH, PCH, carte mobilité inclusion, RQTH, "
        "orientations scolaires et médico-sociales) pour tout le département.",
        served_departements=["71"],
        reception_modes=["sans-rendez-vous", "sur-rendez-vous", "telephone", "en-ligne"],
        opening_hours_note="Les Maisons locales de l’autonomie aident à remplir le dossier près de chez soi.",
        to_complete="adresse, téléphone, horaires",
    ),
]

STRUCTURES = [
    *(mds(*site[:4], dict(site[4])) for site in MDS_SITES),
    *(mla(territory, title) for territory, title in MLA_TITLES.items()),
    *MDPH_DOORS,
]
