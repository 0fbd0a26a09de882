"""Social life, rights and health: centres sociaux, the CIDFF, the CSAPA, the SIAO, access to law (CDAD
and points-justice) and points conseil budget. Département-wide services serve "71"; their local points
serve their territoire d'action sociale, so every commune has one of each kind.
"""

from . import partners
from .ccas import of_commune
from .common import (
    APPOINTMENT,
    AUTUNOIS_MORVAN,
    BRESSE,
    CHALONNAIS,
    CHAROLAIS_BRIONNAIS,
    COMMUNES,
    CREUSOT_MONTCEAU_TERRITORY,
    MACONNAIS_CLUNISOIS,
    door,
)

# place key: (town, slug suffix)
TOWNS = {
    "macon": ("Mâcon", "macon"),
    "chalon": ("Chalon-sur-Saône", "chalon-sur-saone"),
    "le-creusot": ("Le Creusot", "le-creusot"),
    "montceau": ("Montceau-les-Mines", "montceau-les-mines"),
    "autun": ("Autun", "autun"),
    "louhans": ("Louhans", "louhans"),
    "paray": ("Paray-le-Monial", "paray-le-monial"),
    "digoin": ("Digoin", "digoin"),
    "gueugnon": ("Gueugnon", "gueugnon"),
    "tournus": ("Tournus", "tournus"),
    "chagny": ("Chagny", "chagny"),
    "saint-vallier": ("Saint-Vallier", "saint-vallier"),
}

CENTRES_SOCIAUX = [
    "macon",
    "chalon",
    "le-creusot",
    "montceau",
    "autun",
    "louhans",
    "tournus",
    "paray",
    "digoin",
    "gueugnon",
    "chagny",
    "saint-vallier",
]

# place key: territory served by the local point
TERRITORY_POINTS = {
    "macon": MACONNAIS_CLUNISOIS,
    "chalon": CHALONNAIS,
    "le-creusot": CREUSOT_MONTCEAU_TERRITORY,
    "autun": AUTUNOIS_MORVAN,
    "louhans": BRESSE,
    "paray": CHAROLAIS_BRIONNAIS,
}
POINT_JUSTICE_PLACES = {**TERRITORY_POINTS, "montceau": CREUSOT_MONTCEAU_TERRITORY}
POINT_CONSEIL_BUDGET_PLACES = {
    **{place: territory for place, territory in TERRITORY_POINTS.items() if place != "le-creusot"},
    "montceau": CREUSOT_MONTCEAU_TERRITORY,
}


def town_title(prefix, place):
    return f"{prefix} {of_commune(TOWNS[place][0])}"


def centre_social(place):
    return door(
        partners.CENTRES_SOCIAUX,
        f"centre-social-{TOWNS[place][1]}",
        town_title("Centre social", place),
        place,
        ["fcsf"],
        "Accueil de tous les habitants, activités familles et jeunesse, accompagnement numérique, "
        "soutien à la parentalité et aux initiatives des habitants.",
        served_communes=[COMMUNES[place][0]],
        reception_modes=["sans-rendez-vous", "telephone"],
        to_complete="nom exact, adresse, téléphone, horaires",
    )


def csapa(place, territory):
    return door(
        partners.CSAPA,
        f"csapa-{TOWNS[place][1]}",
        town_title("CSAPA", place),
        place,
        ["csapa"],
        "Consultations gratuites et confidentielles pour toute addiction (alcool, tabac, cannabis, "
        "drogues, jeux) et pour l’entourage ; consultations jeunes consommateurs.",
        served_territories=[territory],
        reception_modes=APPOINTMENT,
        to_complete="gestionnaire, adresse, téléphone, horaires",
    )


def point_justice(place, territory):
    return door(
        partners.ACCES_AU_DROIT,
        f"point-justice-{TOWNS[place][1]}",
        town_title("Point-justice", place),
        place,
        ["points-justice"],
        "Information juridique gratuite et confidentielle : permanences d’avocats, de conciliateurs, "
        "d’associations d’aide aux victimes et d’accès au droit.",
        served_territories=[territory],
        phone="3039",
        reception_modes=APPOINTMENT,
        opening_hours_note="Permanences sur rendez-vous ; le 3039 oriente vers la plus proche.",
        to_complete="adresse, calendrier des permanences",
    )


def point_conseil_budget(place, territory):
    return door(
        partners.POINTS_CONSEIL_BUDGET,
        f"point-conseil-budget-{TOWNS[place][1]}",
        town_title("Point conseil budget", place),
        place,
        ["points-conseil-budget"],
        "Conseil budgétaire gratuit et confidentiel : difficultés à payer, dettes, relations avec la "
        "banque, aide au dossier de surendettement de la Banque de France.",
        served_territories=[territory],
        reception_modes=APPOINTMENT,
        to_complete="structure porteuse, adresse, téléphone, horaires",
    )


CIDFF_POINTS = [
    door(
        partners.CIDFF,
        "cidff-macon",
        "CIDFF de Saône-et-Loire – Mâcon",
        "macon",
        ["cidff"],
        "Information juridique gratuite (famille, séparation, violences), accompagnement des femmes "
        "victimes de violences, accès à l’emploi.",
        served_departements=["71"],
        reception_modes=APPOINTMENT,
        website="https://fncidff.info",
        opening_hours_note="Violences conjugales : le 3919 écoute 24 h sur 24, anonyme et gratuit.",
    ),
    *(
        door(
            partners.CIDFF,
            f"cidff-{TOWNS[place][1]}",
            f"CIDFF de Saône-et-Loire – permanence {of_commune(TOWNS[place][0])}",
            place,
            ["cidff"],
            "Permanence juridique gratuite et confidentielle : droit de la famille, violences "
            "conjugales, accompagnement des victimes.",
            served_territories=[territory],
            reception_modes=APPOINTMENT,
            to_complete="adresse, téléphone, calendrier des permanences",
        )
        for place, territory in [
            ("chalon", CHALONNAIS),
            ("montceau", CREUSOT_MONTCEAU_TERRITORY),
            ("louhans", BRESSE),
        ]
    ),
]

STRUCTURES = [
    *(centre_social(place) for place in CENTRES_SOCIAUX),
    *CIDFF_POINTS,
    *(csapa(place, territory) for place, territory in TERRITORY_POINTS.items()),
    door(
        partners.SIAO,
        "siao-saone-et-loire",
        "SIAO de Saône-et-Loire – 115",
        "macon",
        ["siao"],
        "Hébergement d’urgence (115, gratuit, 24 h sur 24) et demandes d’hébergement d’insertion ou de "
        "logement accompagné, déposées par un travailleur social.",
        served_departements=["71"],
        phone="115",
        reception_modes=["telephone"],
        opening_hours_note="Le 115 répond jour et nuit ; les demandes d’insertion passent par un "
        "travailleur social (MDS, CCAS).",
        to_complete="adresse du siège, ligne des partenaires",
    ),
    door(
        partners.ACCES_AU_DROIT,
        "cdad-saone-et-loire",
        "Conseil départemental de l’accès au droit de Saône-et-Loire",
        "macon",
        ["points-justice"],
        "Coordonne l’accès au droit dans le département et oriente vers les points-justice et les "
        "permanences juridiques gratuites.",
        served_departements=["71"],
        phone="3039",
        reception_modes=["telephone", "sur-rendez-vous"],
        website="https://www.justice.fr",
        to_complete="adresse, horaires",
    ),
    *(point_justice(place, territory) for place, territory in POINT_JUSTICE_PLACES.items()),
    *(point_conseil_budget(place, territory) for place, territory in POINT_CONSEIL_BUDGET_PLACES.items()),
]
