"""Turn the readable seed data into unsaved pages, resolving INSEE codes, vocabulary values and slugs."""

import datetime
import json
from decimal import Decimal

from django.utils import timezone

from infopublic.directory.amounts import amount_in_force, check_parameter
from infopublic.directory.choices import AmountPeriod
from infopublic.directory.models import (
    GuidePage,
    SchemeAmount,
    SchemeDocument,
    SchemeLegalReference,
    SchemePage,
    SchemeStep,
    StructureContact,
    StructurePage,
)
from infopublic.taxonomy.models import NetworkType, Public, ServiceType, Theme
from infopublic.territories.models import EPCI, Commune, Departement, SocialActionTerritory

from .links import resolve_fiche_links


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def _by_values(model, values):
    """Vocabulary terms by data·inclusion value; an unknown value is an error in the seed data."""
    terms = list(model.objects.filter(value__in=values))
    missing = set(values) - {term.value for term in terms}
    if missing:
        raise ValueError(f"Unknown {model.__name__} values: {sorted(missing)}")
    return terms


def _by_codes(model, codes, field="pk"):
    found = list(model.objects.filter(**{f"{field}__in": codes}))
    if len(found) != len(set(codes)):
        raise ValueError(f"Unknown {model.__name__} codes among {codes}")
    return found


def verified_on(spec):
    """The day the seed says the fiche was verified; None when it never was (badge « à vérifier »)."""
    days_ago = spec.get("verified_days_ago")
    return None if days_ago is None else days_from_today(-days_ago)


def build_structure(spec):
    commune = Commune.objects.get(code=spec["commune"])
    lat_offset, lon_offset = spec.get("offset", (0, 0))
    page = StructurePage(
        slug=spec["slug"],
        title=spec["title"],
        summary=spec.get("summary", ""),
        address=spec.get("address", ""),
        postal_code=spec.get("postal_code", ""),
        commune=commune,
        latitude=round(commune.latitude + lat_offset, 6) if commune.latitude is not None else None,
        longitude=round(commune.longitude + lon_offset, 6) if commune.longitude is not None else None,
        phone=spec.get("phone", ""),
        email=spec.get("email", ""),
        website=spec.get("website", ""),
        opening_hours=spec.get("opening_hours", ""),
        opening_hours_note=spec.get("opening_hours_note", ""),
        reception_modes=spec.get("reception_modes", []),
        accessibility=spec.get("accessibility", []),
        languages=spec.get("languages", []),
        network_notes=spec.get("network_notes", ""),
        last_verified_at=verified_on(spec),
        to_complete=spec.get("to_complete", ""),
        accepts_referrals=spec.get("accepts_referrals", False),
        capacity=spec.get("capacity", ""),
        capacity_updated_on=days_from_today(-spec["capacity_days_ago"]) if spec.get("capacity") else None,
    )
    notice = spec.get("notice")
    if notice:
        page.notice_text = notice["text"]
        page.notice_starts_on = days_from_today(notice["starts_in_days"])
        page.notice_ends_on = days_from_today(notice["ends_in_days"])
        page.notice_opening_hours = notice.get("opening_hours", "")
    page.network_types = _by_values(NetworkType, spec.get("network_types", []))
    page.served_communes = _by_codes(Commune, spec.get("served_communes", []))
    page.served_epcis = _by_codes(EPCI, spec.get("served_epcis", []))
    page.served_territories = _by_codes(SocialActionTerritory, spec.get("served_territories", []), "slug")
    page.served_departements = _by_codes(Departement, spec.get("served_departements", []))
    page.contacts = [
        StructureContact(name=name, phone=phone, email=email, note=note, visibility=visibility)
        for name, phone, email, note, visibility in spec.get("contacts", [])
    ]
    return page


def build_scheme(spec, structures_by_slug):
    page = SchemePage(
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        publics_details=spec.get("publics_details", ""),
        age_min=spec.get("age_min"),
        age_max=spec.get("age_max"),
        zone_national=spec.get("zone_national", False),
        conditions=spec.get("conditions", ""),
        benefits=spec.get("benefits", ""),
        fees=spec.get("fees", "gratuit"),
        fees_details=spec.get("fees_details", ""),
        how_to_apply=spec.get("how_to_apply", ""),
        application_url=spec.get("application_url", ""),
        reception_modes=spec.get("reception_modes", []),
        mobilised_by=spec.get("mobilised_by", []),
        what_to_say=spec.get("what_to_say", ""),
        network_notes=spec.get("network_notes", ""),
        to_complete=spec.get("to_complete", ""),
        last_verified_at=days_from_today(-spec["verified_days_ago"]),
        **scheme_criteria(spec.get("criteria", {})),
    )
    page.themes = _by_values(Theme, spec.get("themes", []))
    page.service_types = _by_values(ServiceType, spec.get("service_types", []))
    page.publics = _by_values(Public, spec.get("publics", []))
    page.zone_departements = _by_codes(Departement, spec.get("zone_departements", []))
    page.zone_epcis = _by_codes(EPCI, spec.get("zone_epcis", []))
    page.zone_communes = _by_codes(Commune, spec.get("zone_communes", []))
    page.handled_by = _by_values(NetworkType, spec.get("handled_by", []))
    page.delivering_structures = [structures_by_slug[slug] for slug in spec.get("delivering_structures", [])]
    page.amounts = [build_amount(amount) for amount in spec.get("amounts", [])]
    page.steps = [SchemeStep(title=title, detail=detail) for title, detail in spec.get("steps", [])]
    page.documents = [SchemeDocument(label=label, note=note) for label, note in spec.get("documents", [])]
    page.legal_references = [
        SchemeLegalReference(label=label, url=url) for label, url in spec.get("legal_references", [])
    ]
    page.tags.set(spec.get("tags", []))
    return page


CRITERIA_FIELDS = {
    "households": "criteria_households",
    "children": "criteria_children",
    "statuses": "criteria_statuses",
    "disability": "criteria_disability",
    "housing": "criteria_housing",
    "ceiling": "criteria_resources_ceiling",
    "per_person": "criteria_ceiling_per_person",
    "period": "criteria_resources_period",
    "residence": "criteria_residence",
    "benefit": "openfisca_benefit",
}


def scheme_criteria(criteria):
    """SchemePage field values of a spec's `criteria` dict (keys of CRITERIA_FIELDS; amounts as strings)."""
    unknown = set(criteria) - set(CRITERIA_FIELDS)
    if unknown:
        raise ValueError(f"unknown criteria {sorted(unknown)}")
    values = {CRITERIA_FIELDS[key]: value for key, value in criteria.items()}
    for field in ("criteria_resources_ceiling", "criteria_ceiling_per_person"):
        if values.get(field) is not None:
            values[field] = Decimal(values[field])
    return values


def build_amount(spec):
    """A tuple (label, amount, valid_from, valid_until, note[, period]) typed by hand, or a dict bound to an
    openfisca-france parameter: {"label", "parameter", "period" (default "mois"), "note"}, filled with today's
    value. An unknown or non-euro parameter is an error in the seed data."""
    if not isinstance(spec, dict):
        label, amount, start, end, note, *period = spec
        return SchemeAmount(
            label=label,
            amount=Decimal(amount),
            period=period[0] if period else AmountPeriod.MONTH,
            valid_from=start,
            valid_until=end,
            note=note,
        )
    path = spec["parameter"]
    error = check_parameter(path)
    if error:
        raise ValueError(f"{spec['label']}: {error}")
    found = amount_in_force(path, timezone.localdate())
    if found.value is None:
        raise ValueError(f"{spec['label']}: {path} has no value in force today")
    return SchemeAmount(
        label=spec["label"],
        openfisca_parameter=path,
        amount=found.value,
        period=spec.get("period", AmountPeriod.MONTH),
        note=spec.get("note", ""),
        synced_value=found.value,
        synced_on=found.since,
    )


def build_guide(spec):
    """The guide of `spec`; links to fiches by slug are resolved now, so build guides after the fiches."""
    page = GuidePage(
        slug=spec["slug"],
        title=spec["title"],
        kind=spec["kind"],
        summary=spec.get("summary", ""),
        body=json.dumps(resolve_fiche_links(spec["body"], spec["partner"])),
        network_notes=spec.get("network_notes", ""),
        to_complete=spec.get("to_complete", ""),
        last_verified_at=days_from_today(-spec["verified_days_ago"]),
        **scheme_criteria(spec.get("criteria", {})),
    )
    page.themes = _by_values(Theme, spec.get("themes", []))
    page.tags.set(spec.get("tags", []))
    return page
