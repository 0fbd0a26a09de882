"""Food aid: the Banque alimentaire (which supplies the associations and CCAS), the Restos du cœur centres,
the Secours populaire committees and the Croix-Rouge local units. Each local point serves its
intercommunality; distribution days change with the seasons (the Restos' winter campaign), so hours are
left to each point.
"""

from . import partners
from .ccas import of_commune
from .common import (
    BEAUNE_COTE_ET_SUD,
    BRESSE_LOUHANNAISE,
    BRIONNAIS_SUD_BOURGOGNE,
    CLUNISOIS,
    CREUSOT_MONTCEAU,
    ENTRE_ARROUX_LOIRE_SOMME,
    GRAND_AUTUNOIS_MORVAN,
    GRAND_CHALON,
    GRAND_CHAROLAIS,
    MACONNAIS_BEAUJOLAIS,
    MACONNAIS_TOURNUGEOIS,
    door,
)

# place key: (town, slug suffix, EPCI)
TOWNS = {
    "macon": ("Mâcon", "macon", MACONNAIS_BEAUJOLAIS),
    "chalon": ("Chalon-sur-Saône", "chalon-sur-saone", GRAND_CHALON),
    "le-creusot": ("Le Creusot", "le-creusot", CREUSOT_MONTCEAU),
    "montceau": ("Montceau-les-Mines", "montceau-les-mines", CREUSOT_MONTCEAU),
    "autun": ("Autun", "autun", GRAND_AUTUNOIS_MORVAN),
    "louhans": ("Louhans", "louhans", BRESSE_LOUHANNAISE),
    "paray": ("Paray-le-Monial", "paray-le-monial", GRAND_CHAROLAIS),
    "digoin": ("Digoin", "digoin", GRAND_CHAROLAIS),
    "charolles": ("Charolles", "charolles", GRAND_CHAROLAIS),
    "gueugnon": ("Gueugnon", "gueugnon", ENTRE_ARROUX_LOIRE_SOMME),
    "bourbon-lancy": ("Bourbon-Lancy", "bourbon-lancy", ENTRE_ARROUX_LOIRE_SOMME),
    "tournus": ("Tournus", "tournus", MACONNAIS_TOURNUGEOIS),
    "chagny": ("Chagny", "chagny", BEAUNE_COTE_ET_SUD),
    "chauffailles": ("Chauffailles", "chauffailles", BRIONNAIS_SUD_BOURGOGNE),
    "cluny": ("Cluny", "cluny", CLUNISOIS),
}

RESTOS_TOWNS = [
    "macon",
    "chalon",
    "le-creusot",
    "montceau",
    "autun",
    "louhans",
    "paray",
    "digoin",
    "charolles",
    "gueugnon",
    "bourbon-lancy",
    "tournus",
    "chagny",
    "chauffailles",
    "cluny",
]
SECOURS_POPULAIRE_TOWNS = [
    "macon",
    "chalon",
    "le-creusot",
    "montceau",
    "autun",
    "louhans",
    "paray",
    "digoin",
    "gueugnon",
    "tournus",
]
CROIX_ROUGE_TOWNS = ["macon", "chalon", "le-creusot", "montceau", "autun", "louhans", "paray"]

RESTOS_SUMMARY = (
    "Distribution de repas et de colis alimentaires, sur inscription selon les ressources ; accueil, "
    "écoute et orientation, aide à l’accès aux droits."
)
SECOURS_POPULAIRE_SUMMARY = (
    "Aide alimentaire et vestimentaire (vêtements), accès aux vacances, à la culture et au sport, "
    "accompagnement dans les démarches."
)
CROIX_ROUGE_SUMMARY = (
    "Aide alimentaire, vestiboutique ouverte à tous (vêtements à petits prix), maraudes et écoute des "
    "personnes isolées."
)


def local_point(partner, prefix, title_prefix, network_type, summary, place, **fields):
    town, suffix, epci = TOWNS[place]
    return door(
        partner,
        f"{prefix}-{suffix}",
        f"{title_prefix} {of_commune(town)}",
        place,
        [network_type],
        summary,
        served_epcis=[epci],
        reception_modes=["sans-rendez-vous", "telephone"],
        to_complete="adresse, téléphone, jours de distribution",
        **fields,
    )


STRUCTURES = [
    door(
        partners.BANQUE_ALIMENTAIRE,
        "banque-alimentaire-saone-et-loire",
        "Banque alimentaire de Saône-et-Loire",
        "chalon",
        ["banques-alimentaires"],
        "Approvisionne les associations et les CCAS partenaires qui distribuent l’aide alimentaire ; "
        "ne reçoit pas le public : orienter vers le point de distribution le plus proche.",
        served_departements=["71"],
        reception_modes=["telephone"],
        website="https://www.banquealimentaire.org",
        to_complete="adresse, téléphone, commune du siège",
    ),
    *(
        local_point(
            partners.RESTOS_DU_COEUR,
            "restos-du-coeur",
            "Restos du cœur – centre",
            "restos-du-coeur",
            RESTOS_SUMMARY,
            place,
            opening_hours_note="Inscriptions avant chaque campagne ; apporter justificatifs de ressources "
            "et de charges.",
        )
        for place in RESTOS_TOWNS
    ),
    *(
        local_point(
            partners.SECOURS_POPULAIRE,
            "secours-populaire",
            "Secours populaire – comité",
            "secours-populaire",
            SECOURS_POPULAIRE_SUMMARY,
            place,
        )
        for place in SECOURS_POPULAIRE_TOWNS
    ),
    *(
        local_point(
            partners.CROIX_ROUGE,
            "croix-rouge",
            "Croix-Rouge française – unité locale",
            "croix-rouge",
            CROIX_ROUGE_SUMMARY,
            place,
        )
        for place in CROIX_ROUGE_TOWNS
    ),
]
