"""Directory pages as data·inclusion v1 records (`data_inclusion.schema.v1.Structure` and `Service`).

Only public information feeds a record: a structure's own phone and email, else its first PUBLIC contact's.
Network-only contacts and `network_notes` are never read here.
"""

import re
from datetime import date

from django.utils import timezone

from data_inclusion.schema import v1

from infopublic.directory.choices import RECEPTION_MODE_TO_DATA_INCLUSION

from .text import rich_text_to_plain

SOURCE = "infopublic"
STRUCTURE_FIELDS = list(v1.Structure.model_fields)
SERVICE_FIELDS = list(v1.Service.model_fields)

RESEAUX_PORTEURS = {member.value for member in v1.ReseauPorteur}
THEMATIQUES = {member.value for member in v1.Thematique}
PUBLICS = {member.value for member in v1.Public}
TYPES_SERVICE = {member.value for member in v1.TypeService}
FRAIS = {member.value for member in v1.Frais}
MOBILISABLE_PAR = {member.value for member in v1.PersonneMobilisatrice}
TOUS_PUBLICS = v1.Public.TOUS_PUBLICS.value
DESCRIPTION_MIN, DESCRIPTION_MAX = 5, 10000
NAME_MAX = 150
FIVE_DIGITS = re.compile(r"^\d{5}$")
SIRET = re.compile(r"^\d{14}$")


def structure_id(structure_pk):
    return f"{SOURCE}--{structure_pk}"


def service_id(scheme_pk, structure_pk):
    return f"{SOURCE}--{scheme_pk}:{structure_pk}"


def _or_none(value):
    return value if value not in ("", None, [], set()) else None


def _description(*texts):
    text = "\n\n".join(part for part in texts if part).strip()
    if len(text) < DESCRIPTION_MIN:
        return None
    return text[:DESCRIPTION_MAX]


def _date_maj(page):
    """The day the information was last checked, else last published; never in the future."""
    # The schema refuses future dates against the server's own calendar day: take the earlier of both.
    today = min(timezone.localdate(), date.today())
    day = page.last_verified_at
    if day is None and page.last_published_at:
        day = timezone.localdate(page.last_published_at)
    day = min(day or today, today)
    return max(day, date(2000, 1, 1)).isoformat()


def _url(page, request=None):
    return page.get_full_url(request=request) or None


def public_phone_and_email(structure):
    """The structure's own lines, completed by its public contacts only."""
    phone, email = structure.phone, structure.email
    for contact in structure.public_contacts():
        phone = phone or contact.phone
        email = email or contact.email
    return _or_none(phone), _or_none(email)


def _location(structure):
    commune = structure.commune
    postal_code = structure.postal_code
    if not FIVE_DIGITS.match(postal_code or "") and commune:
        postal_code = commune.main_postal_code
    return {
        "commune": commune.name if commune else None,
        "code_postal": postal_code if FIVE_DIGITS.match(postal_code or "") else None,
        "code_insee": commune.code if commune else None,
        "adresse": _or_none(structure.address),
        "complement_adresse": _or_none(structure.address_complement),
        "longitude": structure.longitude,
        "latitude": structure.latitude,
    }


def structure_record(structure, request=None):
    phone, email = public_phone_and_email(structure)
    network_types = sorted(
        term.value for term in structure.network_types.all() if term.value in RESEAUX_PORTEURS
    )
    record = {
        "source": SOURCE,
        "id": structure_id(structure.pk),
        "nom": structure.title[:NAME_MAX],
        "date_maj": _date_maj(structure),
        "description": _description(structure.summary, rich_text_to_plain(structure.description)),
        "lien_source": _url(structure, request),
        "siret": structure.siret if SIRET.match(structure.siret or "") else None,
        **_location(structure),
        "telephone": phone,
        "courriel": email,
        "site_web": _or_none(structure.website),
        "horaires_accueil": _or_none(structure.opening_hours),
        "accessibilite_lieu": _or_none(structure.accessibility_url),
        "reseaux_porteurs": _or_none(network_types),
    }
    return {field: record.get(field) for field in STRUCTURE_FIELDS}


def _publics(scheme):
    values = sorted(term.value for term in scheme.publics.all() if term.value in PUBLICS)
    if TOUS_PUBLICS in values and len(values) > 1:
        values.remove(TOUS_PUBLICS)
    return _or_none(values)


def _zone(scheme):
    if scheme.zone_national:
        return ["france"]
    codes = [
        *(commune.code for commune in scheme.zone_communes.all()),
        *(epci.code for epci in scheme.zone_epcis.all()),
        *(departement.code for departement in scheme.zone_departements.all()),
    ]
    return _or_none(sorted(set(codes)))


def _modes(scheme):
    accueil, mobilisation = set(), set()
    for mode in scheme.reception_modes or []:
        welcome, mobilise = RECEPTION_MODE_TO_DATA_INCLUSION.get(mode, (set(), set()))
        accueil |= welcome
        mobilisation |= mobilise
    return _or_none(sorted(accueil)), _or_none(sorted(mobilisation))


def service_record(scheme, structure, request=None):
    """One data·inclusion service: `scheme` as delivered by `structure`."""
    phone, email = public_phone_and_email(structure)
    modes_accueil, modes_mobilisation = _modes(scheme)
    types = [term.value for term in scheme.service_types.all() if term.value in TYPES_SERVICE]
    mobilisation_details = "\n\n".join(
        part for part in (rich_text_to_plain(scheme.how_to_apply), scheme.what_to_say) if part
    )
    record = {
        "source": SOURCE,
        "structure_id": structure_id(structure.pk),
        "id": service_id(scheme.pk, structure.pk),
        "nom": scheme.title[:NAME_MAX],
        "description": _description(scheme.summary, rich_text_to_plain(scheme.benefits))
        or _description(scheme.title, structure.title),
        "lien_source": _url(scheme, request),
        "date_maj": _date_maj(scheme),
        "type": types[0] if types else None,
        "thematiques": _or_none(sorted(t.value for t in scheme.themes.all() if t.value in THEMATIQUES)),
        "frais": scheme.fees if scheme.fees in FRAIS else None,
        "frais_precisions": _or_none(scheme.fees_details),
        "publics": _publics(scheme),
        "publics_precisions": _or_none(scheme.publics_details),
        "conditions_acces": _or_none(rich_text_to_plain(scheme.conditions)),
        **_location(structure),
        "telephone": phone,
        "courriel": email,
        "modes_accueil": modes_accueil,
        "zone_eligibilite": _zone(scheme),
        "lien_mobilisation": _or_none(scheme.application_url),
        "modes_mobilisation": modes_mobilisation,
        "mobilisable_par": _or_none(sorted(v for v in scheme.mobilised_by or [] if v in MOBILISABLE_PAR)),
        "mobilisation_precisions": _or_none(mobilisation_details),
        "horaires_accueil": _or_none(structure.opening_hours),
    }
    return {field: record.get(field) for field in SERVICE_FIELDS}
