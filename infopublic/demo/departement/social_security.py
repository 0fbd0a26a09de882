"""The social security funds' reception points: CAF, CPAM and MSA.

Each fund is département-wide: its head office serves the whole département and each other reception
point its territoire d'action sociale. The national numbers (3230 for the CAF, 3646 for the Assurance
Maladie) are certain; local addresses and hours are left to the partner.
"""

from . import partners
from .common import (
    ADDRESS_HOURS,
    APPOINTMENT_ONLINE,
    AUTUNOIS_MORVAN,
    BRESSE,
    CHALONNAIS,
    CHAROLAIS_BRIONNAIS,
    CREUSOT_MONTCEAU_TERRITORY,
    WALK_IN_AND_APPOINTMENT,
    door,
)

CAF_SUMMARY = (
    "Prestations familiales, aides au logement (APL, ALS, ALF), RSA, prime d’activité, AAH et action "
    "sociale de la CAF : information, dépôt et suivi des dossiers."
)
CAF_NOTE = "Accueil sur rendez-vous, à prendre sur caf.fr (Mon Compte) ou au 3230."
CPAM_SUMMARY = (
    "Assurance maladie : carte Vitale, remboursements, complémentaire santé solidaire, indemnités "
    "journalières, aide aux démarches."
)
CPAM_NOTE = (
    "Rendez-vous sur ameli.fr (Mon compte) ou au 3646 ; les situations urgentes sont reçues sans rendez-vous."
)
MSA_SUMMARY = (
    "La caisse de sécurité sociale du monde agricole (agriculteurs, exploitants et salariés agricoles) : "
    "santé, famille, retraite et action sociale ; information et rendez-vous avec un conseiller ou un "
    "travailleur social de la MSA."
)

# (place, title suffix, territory or None for the head office serving the département)
CAF_POINTS = [
    ("macon", "Mâcon", None),
    ("chalon", "Chalon-sur-Saône", CHALONNAIS),
    ("montceau", "Montceau-les-Mines", CREUSOT_MONTCEAU_TERRITORY),
    ("autun", "Autun", AUTUNOIS_MORVAN),
    ("louhans", "Louhans", BRESSE),
    ("paray", "Paray-le-Monial", CHAROLAIS_BRIONNAIS),
]
CPAM_POINTS = [
    ("macon", "Mâcon", None),
    ("chalon", "Chalon-sur-Saône", CHALONNAIS),
    ("le-creusot", "Le Creusot", CREUSOT_MONTCEAU_TERRITORY),
    ("montceau", "Montceau-les-Mines", CREUSOT_MONTCEAU_TERRITORY),
    ("autun", "Autun", AUTUNOIS_MORVAN),
    ("louhans", "Louhans", BRESSE),
    ("paray", "Paray-le-Monial", CHAROLAIS_BRIONNAIS),
]
MSA_POINTS = [
    ("macon", "Mâcon", None),
    ("charolles", "Charolles", CHAROLAIS_BRIONNAIS),
    ("louhans", "Louhans", BRESSE),
]

SLUG_SUFFIX = {
    "macon": "macon",
    "chalon": "chalon-sur-saone",
    "montceau": "montceau-les-mines",
    "le-creusot": "le-creusot",
    "autun": "autun",
    "louhans": "louhans",
    "paray": "paray-le-monial",
    "charolles": "charolles",
}


def coverage(territory):
    return {"served_departements": ["71"]} if territory is None else {"served_territories": [territory]}


def caf(place, name, territory):
    return door(
        partners.CAF,
        f"caf-{SLUG_SUFFIX[place]}",
        f"CAF de Saône-et-Loire – accueil de {name}",
        place,
        ["caf"],
        CAF_SUMMARY,
        phone="3230",
        website="https://www.caf.fr",
        reception_modes=APPOINTMENT_ONLINE,
        opening_hours_note=CAF_NOTE,
        to_complete=ADDRESS_HOURS,
        **coverage(territory),
    )


def cpam(place, name, territory):
    return door(
        partners.CPAM,
        f"cpam-{SLUG_SUFFIX[place]}",
        f"CPAM de Saône-et-Loire – accueil de {name}",
        place,
        ["cpam"],
        CPAM_SUMMARY,
        phone="3646",
        website="https://www.ameli.fr",
        reception_modes=[*WALK_IN_AND_APPOINTMENT, "en-ligne"],
        opening_hours_note=CPAM_NOTE,
        to_complete=ADDRESS_HOURS,
        **coverage(territory),
    )


def msa(place, name, territory):
    return door(
        partners.MSA,
        f"msa-{SLUG_SUFFIX[place]}",
        f"MSA Bourgogne – accueil de {name}",
        place,
        ["mutualite-sociale-agricole"],
        MSA_SUMMARY,
        website="https://bourgogne.msa.fr",
        reception_modes=APPOINTMENT_ONLINE,
        opening_hours_note="Accueil sur rendez-vous, à demander depuis l’espace privé du site de la MSA.",
        **coverage(territory),
    )


STRUCTURES = [
    *(caf(*point) for point in CAF_POINTS),
    *(cpam(*point) for point in CPAM_POINTS),
    *(msa(*point) for point in MSA_POINTS),
]
