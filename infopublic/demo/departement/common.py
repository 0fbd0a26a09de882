"""Shared shape of the département's doors: one small function turns a line of seed data into a spec.

The seed data is illustrative and comes from public knowledge: the commune of each office is usually safe;
street addresses, phone numbers and hours rarely are, so they stay empty and `to_complete` tells the
partner what to fill in. These fiches are never marked verified (`last_verified_at` stays empty): their
freshness badge says « à vérifier » until the partner confirms them.
"""

import hashlib

ADDRESS_PHONE_HOURS = "adresse, téléphone, horaires"
ADDRESS_HOURS = "adresse, horaires"

# The communes' INSEE codes and main postal codes used by the département's doors.
COMMUNES = {
    "autun": ("71014", "71400"),
    "blanzy": ("71040", "71450"),
    "bourbon-lancy": ("71047", "71140"),
    "branges": ("71056", "71500"),
    "buxy": ("71070", "71390"),
    "chagny": ("71073", "71150"),
    "chalon": ("71076", "71100"),
    "charnay": ("71105", "71850"),
    "charolles": ("71106", "71120"),
    "chatenoy-le-royal": ("71118", "71880"),
    "chauffailles": ("71120", "71170"),
    "cluny": ("71137", "71250"),
    "couches": ("71149", "71490"),
    "creches-sur-saone": ("71150", "71680"),
    "cuiseaux": ("71157", "71480"),
    "cuisery": ("71158", "71290"),
    "digoin": ("71176", "71160"),
    "epinac": ("71190", "71360"),
    "etang-sur-arroux": ("71192", "71190"),
    "givry": ("71221", "71640"),
    "gueugnon": ("71230", "71130"),
    "iguerande": ("71238", "71340"),
    "la-chapelle-de-guinchay": ("71090", "71570"),
    "la-clayette": ("71133", "71800"),
    "le-breuil": ("71059", "71670"),
    "le-creusot": ("71153", "71200"),
    "louhans": ("71263", "71500"),
    "lugny": ("71267", "71260"),
    "macon": ("71270", "71000"),
    "marcigny": ("71275", "71110"),
    "montceau": ("71306", "71300"),
    "montchanin": ("71310", "71210"),
    "ouroux-sur-saone": ("71336", "71370"),
    "palinges": ("71340", "71430"),
    "paray": ("71342", "71600"),
    "pierre-de-bresse": ("71351", "71270"),
    "saint-bonnet-de-joux": ("71394", "71220"),
    "saint-gengoux-le-national": ("71417", "71460"),
    "saint-germain-du-bois": ("71419", "71330"),
    "saint-germain-du-plain": ("71420", "71370"),
    "saint-marcel": ("71445", "71380"),
    "saint-martin-en-bresse": ("71456", "71620"),
    "saint-remy": ("71475", "71100"),
    "saint-vallier": ("71486", "71230"),
    "sanvignes-les-mines": ("71499", "71410"),
    "semur-en-brionnais": ("71510", "71110"),
    "sennecey-le-grand": ("71512", "71240"),
    "toulon-sur-arroux": ("71542", "71320"),
    "torcy": ("71540", "71210"),
    "tournus": ("71543", "71700"),
    "verdun-ciel": ("71566", "71350"),
}

# The 20 EPCI of Saône-et-Loire (codes SIREN, as in the territories fixture).
BEAUNE_COTE_ET_SUD = "200006682"
SAONE_DOUBS_BRESSE = "200040038"
CLUNISOIS = "200040293"
BRESSE_REVERMONT = "200042414"
MACONNAIS_TOURNUGEOIS = "200069698"
MACONNAIS_BEAUJOLAIS = "200070308"
ENTRE_ARROUX_LOIRE_SOMME = "200070316"
GRAND_AUTUNOIS_MORVAN = "200070530"
BRIONNAIS_SUD_BOURGOGNE = "200070548"
TERRES_DE_BRESSE = "200071538"
BRESSE_LOUHANNAISE = "200071579"
SAINT_CYR_MERE_BOITIER = "200071645"
GRAND_CHAROLAIS = "200071884"
CREUSOT_MONTCEAU = "247100290"
GRAND_CHALON = "247100589"
MARCIGNY = "247100639"
BRESSE_NORD = "247100647"
ENTRE_SAONE_ET_GROSNE = "247103765"
SEMUR_EN_BRIONNAIS = "247103864"
SUD_COTE_CHALONNAISE = "247104094"

ALL_EPCIS = [
    BEAUNE_COTE_ET_SUD,
    SAONE_DOUBS_BRESSE,
    CLUNISOIS,
    BRESSE_REVERMONT,
    MACONNAIS_TOURNUGEOIS,
    MACONNAIS_BEAUJOLAIS,
    ENTRE_ARROUX_LOIRE_SOMME,
    GRAND_AUTUNOIS_MORVAN,
    BRIONNAIS_SUD_BOURGOGNE,
    TERRES_DE_BRESSE,
    BRESSE_LOUHANNAISE,
    SAINT_CYR_MERE_BOITIER,
    GRAND_CHAROLAIS,
    CREUSOT_MONTCEAU,
    GRAND_CHALON,
    MARCIGNY,
    BRESSE_NORD,
    ENTRE_SAONE_ET_GROSNE,
    SEMUR_EN_BRIONNAIS,
    SUD_COTE_CHALONNAISE,
]

# The territoires d'action sociale (infopublic/demo/territories.py).
MACONNAIS_CLUNISOIS = "maconnais-clunisois"
CHAROLAIS_BRIONNAIS = "charolais-brionnais"
CREUSOT_MONTCEAU_TERRITORY = "creusot-montceau"
CHALONNAIS = "chalonnais"
BRESSE = "bresse-louhannaise"
AUTUNOIS_MORVAN = "autunois-morvan"

# Where each territory's département-level offices stand.
TERRITORY_SEATS = {
    MACONNAIS_CLUNISOIS: "macon",
    CHAROLAIS_BRIONNAIS: "paray",
    CREUSOT_MONTCEAU_TERRITORY: "montceau",
    CHALONNAIS: "chalon",
    BRESSE: "louhans",
    AUTUNOIS_MORVAN: "autun",
}

WALK_IN_AND_APPOINTMENT = ["sans-rendez-vous", "sur-rendez-vous", "telephone"]
APPOINTMENT = ["sur-rendez-vous", "telephone"]
APPOINTMENT_ONLINE = ["sur-rendez-vous", "telephone", "en-ligne"]


def offset(slug):
    """A small, stable offset (at most ~450 m) from the commune's point, so that doors in one town do not
    hide each other on the map."""
    digest = hashlib.sha256(slug.encode()).digest()
    return (round((digest[0] - 127.5) / 127.5 * 0.004, 4), round((digest[1] - 127.5) / 127.5 * 0.004, 4))


def door(partner, slug, title, place, network_types, summary, **fields):
    """A structure spec at `place` (a key of COMMUNES, or an (INSEE code, postal code) pair), never
    verified, with what is left to complete."""
    commune, postal_code = COMMUNES[place] if isinstance(place, str) else place
    spec = {
        "partner": partner,
        "slug": slug,
        "title": title,
        "summary": summary,
        "network_types": network_types,
        "commune": commune,
        "postal_code": postal_code,
        "offset": offset(slug),
        "languages": ["fr"],
        "reception_modes": WALK_IN_AND_APPOINTMENT,
        "to_complete": ADDRESS_PHONE_HOURS,
    }
    spec.update(fields)
    return spec
