"""Employment and youth: France Travail agencies, missions locales, Cap emploi and the Adie.

Agencies serve the EPCI of their catchment (every EPCI has one); missions locales serve their
territoire d'action sociale.
"""

from . import partners
from .common import (
    AUTUNOIS_MORVAN,
    BEAUNE_COTE_ET_SUD,
    BRESSE,
    BRESSE_LOUHANNAISE,
    BRESSE_NORD,
    BRESSE_REVERMONT,
    BRIONNAIS_SUD_BOURGOGNE,
    CHALONNAIS,
    CHAROLAIS_BRIONNAIS,
    CLUNISOIS,
    CREUSOT_MONTCEAU,
    CREUSOT_MONTCEAU_TERRITORY,
    ENTRE_ARROUX_LOIRE_SOMME,
    ENTRE_SAONE_ET_GROSNE,
    GRAND_AUTUNOIS_MORVAN,
    GRAND_CHALON,
    GRAND_CHAROLAIS,
    MACONNAIS_BEAUJOLAIS,
    MACONNAIS_CLUNISOIS,
    MACONNAIS_TOURNUGEOIS,
    MARCIGNY,
    SAINT_CYR_MERE_BOITIER,
    SAONE_DOUBS_BRESSE,
    SEMUR_EN_BRIONNAIS,
    SUD_COTE_CHALONNAISE,
    TERRES_DE_BRESSE,
    door,
)

FRANCE_TRAVAIL_SUMMARY = (
    "Inscription, indemnisation, accompagnement vers l’emploi et la formation ; accompagnement global "
    "avec le Département pour les personnes qui cumulent des difficultés sociales ; aide au CV, à la "
    "lettre de motivation et aux entretiens d’embauche ; orientation professionnelle, reconversion et "
    "formation des adultes."
)
FRANCE_TRAVAIL_NOTE = "Accueil libre le matin, sur rendez-vous l’après-midi (à confirmer par l’agence)."

# (slug, title, place, EPCI served)
AGENCIES = [
    (
        "france-travail-macon",
        "France Travail – agence de Mâcon",
        "macon",
        [MACONNAIS_BEAUJOLAIS, MACONNAIS_TOURNUGEOIS, CLUNISOIS, SAINT_CYR_MERE_BOITIER],
    ),
    (
        "france-travail-chalon-sur-saone",
        "France Travail – agence de Chalon-sur-Saône",
        "chalon",
        [GRAND_CHALON, BEAUNE_COTE_ET_SUD, SUD_COTE_CHALONNAISE, ENTRE_SAONE_ET_GROSNE, TERRES_DE_BRESSE],
    ),
    ("france-travail-le-creusot", "France Travail – agence du Creusot", "le-creusot", [CREUSOT_MONTCEAU]),
    (
        "france-travail-montceau-les-mines",
        "France Travail – agence de Montceau-les-Mines",
        "montceau",
        [CREUSOT_MONTCEAU, ENTRE_ARROUX_LOIRE_SOMME],
    ),
    ("france-travail-autun", "France Travail – agence d’Autun", "autun", [GRAND_AUTUNOIS_MORVAN]),
    (
        "france-travail-louhans",
        "France Travail – agence de Louhans",
        "louhans",
        [BRESSE_LOUHANNAISE, BRESSE_REVERMONT, BRESSE_NORD, SAONE_DOUBS_BRESSE],
    ),
    (
        "france-travail-paray-le-monial",
        "France Travail – agence de Paray-le-Monial",
        "paray",
        [GRAND_CHAROLAIS, BRIONNAIS_SUD_BOURGOGNE, MARCIGNY, SEMUR_EN_BRIONNAIS],
    ),
]

MISSION_LOCALE_SUMMARY = (
    "Accompagnement des 16-25 ans sortis de l’école : emploi, formation, logement, santé, mobilité ; "
    "contrat d’engagement jeune et aides financières ; orientation professionnelle, apprentissage, CV et "
    "entretiens d’embauche, mobilité européenne et internationale : partir se former, travailler ou faire "
    "du volontariat à l’étranger (Erasmus+)."
)

# (slug, title, place, territory)
MISSIONS_LOCALES = [
    ("mission-locale-macon", "Mission locale du Mâconnais", "macon", MACONNAIS_CLUNISOIS),
    ("mission-locale-chalon-sur-saone", "Mission locale du Chalonnais", "chalon", CHALONNAIS),
    (
        "mission-locale-le-creusot",
        "Mission locale Creusot-Montceau – Le Creusot",
        "le-creusot",
        CREUSOT_MONTCEAU_TERRITORY,
    ),
    (
        "mission-locale-montceau-les-mines",
        "Mission locale Creusot-Montceau – Montceau-les-Mines",
        "montceau",
        CREUSOT_MONTCEAU_TERRITORY,
    ),
    ("mission-locale-autun", "Mission locale de l’Autunois", "autun", AUTUNOIS_MORVAN),
    ("mission-locale-louhans", "Mission locale de la Bresse louhannaise", "louhans", BRESSE),
    ("mission-locale-paray-le-monial", "Mission locale du Charolais-Brionnais", "paray", CHAROLAIS_BRIONNAIS),
]


def agency(slug, title, place, epcis):
    return door(
        partners.FRANCE_TRAVAIL,
        slug,
        title,
        place,
        ["france-travail"],
        FRANCE_TRAVAIL_SUMMARY,
        phone="3949",
        website="https://www.francetravail.fr",
        reception_modes=["sans-rendez-vous", "sur-rendez-vous", "telephone", "en-ligne"],
        opening_hours_note=FRANCE_TRAVAIL_NOTE,
        served_epcis=epcis,
        to_complete="adresse, horaires",
    )


def mission_locale(slug, title, place, territory):
    return door(
        partners.MISSIONS_LOCALES,
        slug,
        title,
        place,
        ["mission-locale"],
        MISSION_LOCALE_SUMMARY,
        served_territories=[territory],
        opening_hours_note="Permanences dans les bourgs du territoire, souvent en France services.",
    )


STRUCTURES = [
    *(agency(*line) for line in AGENCIES),
    *(mission_locale(*line) for line in MISSIONS_LOCALES),
    door(
        partners.FRANCE_TRAVAIL,
        "cap-emploi-saone-et-loire",
        "Cap emploi de Saône-et-Loire",
        "macon",
        ["cap-emploi-reseau-cheops"],
        "Accompagnement vers l’emploi des personnes handicapées (RQTH) et maintien dans l’emploi, "
        "avec France Travail.",
        served_departements=["71"],
        reception_modes=["sur-rendez-vous", "telephone"],
        to_complete="adresse, téléphone, horaires, autres sites",
    ),
    door(
        partners.ADIE,
        "adie-saone-et-loire",
        "Adie – microcrédit et création d’entreprise",
        "chalon",
        ["adie"],
        "Microcrédit professionnel et accompagnement des personnes qui veulent créer leur entreprise "
        "sans accès au crédit bancaire, dont les allocataires du RSA et les demandeurs d’emploi ; "
        "microcrédit pour garder ou trouver un emploi (voiture, permis de conduire).",
        served_departements=["71"],
        website="https://www.adie.org",
        reception_modes=["sur-rendez-vous", "telephone", "en-ligne"],
        to_complete="adresse et permanences en Saône-et-Loire, téléphone, horaires",
    ),
]
