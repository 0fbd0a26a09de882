"""The France services of Saône-et-Loire: each serves its intercommunality, so that every one of the 20
EPCI has at least one (the seed network's France services of the Clunisois and of Matour included).

Labelled France services are open at least five days a week and bring together the State's partners
(CAF, Assurance Maladie, MSA, retraite, France Travail, impôts, justice, ANTS, La Poste); their carrier
(commune, intercommunality, La Poste or association) and hours are left to each partner to complete.
"""

from . import partners
from .ccas import of_commune
from .common import (
    BEAUNE_COTE_ET_SUD,
    BRESSE_LOUHANNAISE,
    BRESSE_NORD,
    BRESSE_REVERMONT,
    BRIONNAIS_SUD_BOURGOGNE,
    CREUSOT_MONTCEAU,
    ENTRE_ARROUX_LOIRE_SOMME,
    ENTRE_SAONE_ET_GROSNE,
    GRAND_AUTUNOIS_MORVAN,
    GRAND_CHALON,
    GRAND_CHAROLAIS,
    MACONNAIS_BEAUJOLAIS,
    MACONNAIS_TOURNUGEOIS,
    MARCIGNY,
    SAONE_DOUBS_BRESSE,
    SEMUR_EN_BRIONNAIS,
    SUD_COTE_CHALONNAISE,
    TERRES_DE_BRESSE,
    door,
)

SUMMARY = (
    "Aide aux démarches administratives et en ligne (CAF, Assurance Maladie, MSA, retraite, France "
    "Travail, impôts, ANTS, justice) avec des agents formés : papiers d’identité (pré-demande de carte "
    "d’identité ou de passeport), permis de conduire, carte grise ; poste informatique en libre accès."
)

# (place key, town name as in the title, slug suffix, EPCI served)
SITES = [
    ("chagny", "Chagny", "chagny", BEAUNE_COTE_ET_SUD),
    ("saint-martin-en-bresse", "Saint-Martin-en-Bresse", "saint-martin-en-bresse", SAONE_DOUBS_BRESSE),
    ("saint-germain-du-bois", "Saint-Germain-du-Bois", "saint-germain-du-bois", BRESSE_REVERMONT),
    ("tournus", "Tournus", "tournus", MACONNAIS_TOURNUGEOIS),
    ("lugny", "Lugny", "lugny", MACONNAIS_TOURNUGEOIS),
    ("macon", "Mâcon", "macon", MACONNAIS_BEAUJOLAIS),
    ("la-chapelle-de-guinchay", "La Chapelle-de-Guinchay", "la-chapelle-de-guinchay", MACONNAIS_BEAUJOLAIS),
    ("gueugnon", "Gueugnon", "gueugnon", ENTRE_ARROUX_LOIRE_SOMME),
    ("bourbon-lancy", "Bourbon-Lancy", "bourbon-lancy", ENTRE_ARROUX_LOIRE_SOMME),
    ("toulon-sur-arroux", "Toulon-sur-Arroux", "toulon-sur-arroux", ENTRE_ARROUX_LOIRE_SOMME),
    ("autun", "Autun", "autun", GRAND_AUTUNOIS_MORVAN),
    ("epinac", "Épinac", "epinac", GRAND_AUTUNOIS_MORVAN),
    ("etang-sur-arroux", "Étang-sur-Arroux", "etang-sur-arroux", GRAND_AUTUNOIS_MORVAN),
    ("couches", "Couches", "couches", GRAND_AUTUNOIS_MORVAN),
    ("chauffailles", "Chauffailles", "chauffailles", BRIONNAIS_SUD_BOURGOGNE),
    ("la-clayette", "La Clayette", "la-clayette", BRIONNAIS_SUD_BOURGOGNE),
    ("cuisery", "Cuisery", "cuisery", TERRES_DE_BRESSE),
    ("saint-germain-du-plain", "Saint-Germain-du-Plain", "saint-germain-du-plain", TERRES_DE_BRESSE),
    ("louhans", "Louhans", "louhans", BRESSE_LOUHANNAISE),
    ("cuiseaux", "Cuiseaux", "cuiseaux", BRESSE_LOUHANNAISE),
    ("paray", "Paray-le-Monial", "paray-le-monial", GRAND_CHAROLAIS),
    ("digoin", "Digoin", "digoin", GRAND_CHAROLAIS),
    ("charolles", "Charolles", "charolles", GRAND_CHAROLAIS),
    ("palinges", "Palinges", "palinges", GRAND_CHAROLAIS),
    ("saint-bonnet-de-joux", "Saint-Bonnet-de-Joux", "saint-bonnet-de-joux", GRAND_CHAROLAIS),
    ("le-creusot", "Le Creusot", "le-creusot", CREUSOT_MONTCEAU),
    ("montceau", "Montceau-les-Mines", "montceau-les-mines", CREUSOT_MONTCEAU),
    ("montchanin", "Montchanin", "montchanin", CREUSOT_MONTCEAU),
    ("chalon", "Chalon-sur-Saône", "chalon-sur-saone", GRAND_CHALON),
    ("givry", "Givry", "givry", GRAND_CHALON),
    ("marcigny", "Marcigny", "marcigny", MARCIGNY),
    ("pierre-de-bresse", "Pierre-de-Bresse", "pierre-de-bresse", BRESSE_NORD),
    ("sennecey-le-grand", "Sennecey-le-Grand", "sennecey-le-grand", ENTRE_SAONE_ET_GROSNE),
    ("semur-en-brionnais", "Semur-en-Brionnais", "semur-en-brionnais", SEMUR_EN_BRIONNAIS),
    ("buxy", "Buxy", "buxy", SUD_COTE_CHALONNAISE),
    (
        "saint-gengoux-le-national",
        "Saint-Gengoux-le-National",
        "saint-gengoux-le-national",
        SUD_COTE_CHALONNAISE,
    ),
]


def france_services(place, town, suffix, epci):
    return door(
        partners.FRANCE_SERVICES,
        f"france-services-{suffix}",
        f"France services {of_commune(town)}",
        place,
        ["france-service"],
        SUMMARY,
        served_epcis=[epci],
        reception_modes=["sans-rendez-vous", "sur-rendez-vous", "telephone"],
        opening_hours_note="Ouverte au moins cinq jours par semaine (exigence du label) ; horaires à "
        "confirmer.",
        to_complete="structure porteuse, adresse, téléphone, horaires",
    )


STRUCTURES = [france_services(*site) for site in SITES]
