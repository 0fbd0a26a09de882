"""The CCAS of Saône-et-Loire: every commune of 1 500 inhabitants or more must have one (Code de l'action
sociale et des familles, art. L123-4), so each of them is listed; each serves its own commune. The seed
network's CCAS of Cluny and Montceau-les-Mines (infopublic/demo/structures.py) are not repeated.
"""

from django.utils.text import slugify

from ..town_halls import town_hall_title
from . import partners
from .common import door

SUMMARY = (
    "Premier accueil social des habitants {of_commune} : aide sociale légale (dossiers transmis au "
    "Département), aides facultatives de la commune, domiciliation, orientation."
)

# (INSEE code, postal code, name) of the communes of 1 500 inhabitants or more, largest first.
COMMUNES = [
    ("71076", "71100", "Chalon-sur-Saône"),
    ("71270", "71000", "Mâcon"),
    ("71153", "71200", "Le Creusot"),
    ("71014", "71400", "Autun"),
    ("71342", "71600", "Paray-le-Monial"),
    ("71486", "71230", "Saint-Vallier"),
    ("71105", "71850", "Charnay-lès-Mâcon"),
    ("71176", "71160", "Digoin"),
    ("71230", "71130", "Gueugnon"),
    ("71263", "71500", "Louhans-Châteaurenaud"),
    ("71475", "71100", "Saint-Rémy"),
    ("71118", "71880", "Châtenoy-le-Royal"),
    ("71445", "71380", "Saint-Marcel"),
    ("71040", "71450", "Blanzy"),
    ("71543", "71700", "Tournus"),
    ("71073", "71150", "Chagny"),
    ("71310", "71210", "Montchanin"),
    ("71047", "71140", "Bourbon-Lancy"),
    ("71499", "71410", "Sanvignes-les-Mines"),
    ("71090", "71570", "La Chapelle-de-Guinchay"),
    ("71120", "71170", "Chauffailles"),
    ("71221", "71640", "Givry"),
    ("71059", "71670", "Le Breuil"),
    ("71336", "71370", "Ouroux-sur-Saône"),
    ("71150", "71680", "Crêches-sur-Saône"),
    ("71512", "71240", "Sennecey-le-Grand"),
    ("71106", "71120", "Charolles"),
    ("71540", "71210", "Torcy"),
    ("71081", "71530", "Champforgeuil"),
    ("71215", "71590", "Gergy"),
    ("71154", "71530", "Crissey"),
    ("71056", "71500", "Branges"),
    ("71420", "71370", "Saint-Germain-du-Plain"),
    ("71555", "71240", "Varennes-le-Grand"),
    ("71132", "71420", "Ciry-le-Noble"),
    ("71190", "71360", "Épinac"),
    ("71497", "71000", "Sancé"),
    ("71070", "71390", "Buxy"),
    ("71372", "71570", "Romanèche-Thorins"),
    ("71419", "71330", "Saint-Germain-du-Bois"),
    ("71351", "71270", "Pierre-de-Bresse"),
    ("71528", "71500", "Sornay"),
    ("71235", "71870", "Hurigny"),
    ("71309", "71710", "Montcenis"),
    ("71456", "71620", "Saint-Martin-en-Bresse"),
    ("71360", "71960", "Prissé"),
    ("71269", "71100", "Lux"),
    ("71157", "71480", "Cuiseaux"),
    ("71202", "71150", "Fontaines"),
    ("71566", "71350", "Verdun-Ciel"),
    ("71170", "71150", "Demigny"),
    ("71192", "71190", "Étang-sur-Arroux"),
    ("71522", "71290", "Simandre"),
    ("71373", "71470", "Romenay"),
    ("71479", "71200", "Saint-Sernin-du-Bois"),
    ("71275", "71110", "Marcigny"),
    ("71189", "71380", "Épervans"),
    ("71187", "71210", "Écuisses"),
    ("71443", "71350", "Saint-Loup-Géanges"),
    ("71502", "71530", "Sassenay"),
    ("71378", "71150", "Rully"),
    ("71158", "71290", "Cuisery"),
    ("71371", "71960", "La Roche-Vineuse"),
    ("71133", "71800", "La Clayette"),
    ("71346", "71420", "Perrecy-les-Forges"),
    ("71442", "71510", "Saint-Léger-sur-Dheune"),
]


def of_commune(name):
    """« de Mâcon », « du Creusot », « d’Autun »: the town-hall title's elision."""
    return town_hall_title(name).removeprefix("Mairie ")


def ccas(code, postal_code, name):
    return door(
        partners.CCAS_CIAS,
        slugify(f"ccas {name}"),
        f"CCAS {of_commune(name)}",
        (code, postal_code),
        ["ccas-cias"],
        SUMMARY.format(of_commune=of_commune(name)),
        served_communes=[code],
        to_complete="adresse, téléphone, horaires (souvent en mairie)",
    )


STRUCTURES = [ccas(*commune) for commune in COMMUNES]
