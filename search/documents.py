"""Turn live, public fiches into engine-neutral documents (plain dicts) that both engines index."""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch

from infopublic.derived.versions import COMMUNES, TERRITORIES, DerivedValue
from infopublic.directory.choices import Visibility
from infopublic.directory.models import GuidePage, SchemePage, StructureContact, StructurePage
from infopublic.network.models import PartnerPage
from infopublic.territories.models import Commune, SocialActionTerritory

from .text import plain_text, without_places

__all__ = [
    "KINDS",
    "build_documents",
    "commune_coverage_keys",
    "coverage_keys",
    "coverage_keys_of",
    "indexable_pages",
    "served_codes",
]

KINDS = ("scheme", "structure", "guide", "contact")
TOWN_HALL_NETWORK = "communes"  # the data·inclusion network of town halls: a commune's own door
MODELS = {"structure": StructurePage, "scheme": SchemePage, "guide": GuidePage}


@dataclass
class Coverage:
    """Commune codes per EPCI, département and territory, and territory slugs per commune."""

    by_epci: dict = field(default_factory=lambda: defaultdict(set))
    by_departement: dict = field(default_factory=lambda: defaultdict(set))
    by_territory: dict = field(default_factory=lambda: defaultdict(set))
    territories_of: dict = field(default_factory=lambda: defaultdict(set))
    partners: dict = field(default_factory=dict)  # PartnerPage path -> title
    # Names of several words (« Fragnes-La Loyère »): never a subject, wherever they are in a title.
    long_names: tuple = ()

    @classmethod
    def load(cls):
        coverage = cls()
        for code, epci_id, departement_id in Commune.objects.values_list("code", "epci_id", "departement_id"):
            if epci_id:
                coverage.by_epci[epci_id].add(code)
            coverage.by_departement[departement_id].add(code)
        for slug, code in SocialActionTerritory.objects.values_list("slug", "communes__code"):
            if code:
                coverage.by_territory[slug].add(code)
                coverage.territories_of[code].add(slug)
        coverage.partners = dict(PartnerPage.objects.values_list("path", "title"))
        names = Commune.objects.values_list("name", flat=True)
        coverage.long_names = tuple(name for name in names if len(re.split(r"[\s\-’']+", name)) > 1)
        return coverage

    def partner_of(self, page):
        """The title of the partner above the page in the tree (read from the tree, not the FK, which
        another handler may not have updated yet after a move)."""
        step = page.steplen
        for length in range(len(page.path) - step, 0, -step):
            if page.path[:length] in self.partners:
                return self.partners[page.path[:length]]
        return ""

    def communes(self, communes=(), epcis=(), territories=(), departements=()):
        codes = set(communes)
        for epci in epcis:
            codes |= self.by_epci[epci]
        for slug in territories:
            codes |= self.by_territory[slug]
        for departement in departements:
            codes |= self.by_departement[departement]
        return codes

    def territories(self, codes):
        return {slug for code in codes for slug in self.territories_of[code]}


def coverage_keys(communes=(), epcis=(), territories=(), departements=()):
    """What a document says it covers, unexpanded: "c:<commune>", "e:<EPCI>", "t:<territory>",
    "d:<département>". A commune is covered when one of its own keys is among them (see below), so a
    territory's communes are read when searching, not when indexing."""
    return sorted(
        [f"c:{code}" for code in communes]
        + [f"e:{code}" for code in epcis]
        + [f"t:{slug}" for slug in territories]
        + [f"d:{code}" for code in departements]
    )


def _all_commune_keys():
    keys = {}
    for code, departement, epci in Commune.objects.values_list("code", "departement_id", "epci_id"):
        keys[code] = {f"c:{code}", f"d:{departement}", *([f"e:{epci}"] if epci else [])}
    for slug, code in SocialActionTerritory.communes.through.objects.values_list(
        "socialactionterritory__slug", "commune_id"
    ):
        keys.setdefault(code, set()).add(f"t:{slug}")
    return {code: frozenset(values) for code, values in keys.items()}


# Every commune's keys, per process, rebuilt when communes or territories change (infopublic.derived).
all_commune_keys = DerivedValue(_all_commune_keys, COMMUNES, TERRITORIES)


def commune_coverage_keys(commune):
    """The keys of `commune`: itself, its EPCI, its département and its territoires d'action sociale."""
    return coverage_keys_of(commune.code)


def coverage_keys_of(code):
    """The keys of the commune of INSEE code `code` (see commune_coverage_keys)."""
    return all_commune_keys.get().get(code, frozenset({f"c:{code}"}))


def indexable_pages(model):
    """Live pages without any view restriction: the only ones ever indexed."""
    return model.objects.live().public()


def _labels(items):
    return " ".join(item.label for item in items)


def _stream_text(value):
    if isinstance(value, dict):
        return " ".join(_stream_text(item) for item in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_stream_text(item) for item in value)
    return plain_text(value) if isinstance(value, str) else ""


def _join(*parts):
    return "\n".join(part for part in (plain_text(p) for p in parts) if part)


def subject_title(title, coverage, own_names=()):
    """The title as matched: without the names of the fiche's own communes and of any commune of several
    words, so that « Mairie de Fragnes-La Loyère » is about a town hall, not about a rent (« loyer »).
    Folded text; the title shown stays whole."""
    return without_places(title, tuple(own_names), coverage.long_names)


def _base(page, kind, coverage, own_names=()):
    return {
        "key": f"page-{page.pk}",
        "page_id": page.pk,
        "kind": kind,
        "network_only": False,
        "title": page.title,
        "search_title": subject_title(page.title, coverage, own_names),
        "phone": "",
        "url": page.get_url() or page.url_path,
        "summary": plain_text(page.summary),
        "network_text": plain_text(page.network_notes),
        "partner": coverage.partner_of(page),
        "commune_code": "",
        "commune_name": "",
        "latitude": None,
        "longitude": None,
        "national": False,
        "communes": [],
        "coverage": [],
        "themes": [],
        "publics": [],
        "territories": [],
        "hours": {},
    }


def _served(page):
    served = {
        "communes": [page.commune_id] if page.commune_id else [],
        "epcis": [e.code for e in page.served_epcis.all()],
        "territories": [t.slug for t in page.served_territories.all()],
        "departements": [d.code for d in page.served_departements.all()],
    }
    served["communes"] += [c.code for c in page.served_communes.all()]
    return served


def served_codes(page, coverage):
    """INSEE codes of the communes a structure serves (its own, and those of its coverage)."""
    return coverage.communes(**_served(page))


def _structure_documents(page, coverage):
    contacts = list(page.contacts.all())
    public = [c for c in contacts if c.visibility == Visibility.PUBLIC]
    network = [c for c in contacts if c.visibility != Visibility.PUBLIC]
    served = _served(page)
    codes = coverage.communes(**served)
    point = page.point
    commune_name = page.commune.name if page.commune_id else ""
    network_types = list(page.network_types.all())
    # The place (address, postal code, commune) is not a subject: it ranks through the coverage keys.
    place_keys = [f"at:{page.commune_id}"] if page.commune_id else []
    if page.commune_id and any(t.value == TOWN_HALL_NETWORK for t in network_types):
        place_keys.append(f"door:{page.commune_id}")
    document = _base(page, "structure", coverage, [commune_name] if commune_name else [])
    document.update(
        phone=page.phone,
        body=_join(
            page.description,
            _labels(network_types),
            page.opening_hours_note,
            page.accessibility_notes,
            *(f"{c.name} {c.phone} {c.email} {c.note}" for c in public),
        ),
        network_text=_join(page.network_notes, *(f"{c.name} {c.phone} {c.email} {c.note}" for c in network)),
        commune_code=page.commune_id or "",
        commune_name=commune_name,
        latitude=point[0] if point else None,
        longitude=point[1] if point else None,
        national=page.served_nationally,
        communes=sorted(codes),
        coverage=coverage_keys(**served) + place_keys,
        territories=sorted(coverage.territories(codes)),
        hours={
            "opening_hours": page.opening_hours,
            "notice_text": page.notice_text,
            "notice_starts_on": page.notice_starts_on.isoformat() if page.notice_starts_on else None,
            "notice_ends_on": page.notice_ends_on.isoformat() if page.notice_ends_on else None,
            "notice_opening_hours": page.notice_opening_hours,
        },
    )
    documents = [document]
    for contact in contacts:
        documents.append(
            {
                **document,
                "key": f"contact-{contact.pk}",
                "kind": "contact",
                "network_only": contact.visibility != Visibility.PUBLIC,
                "title": f"{contact.name} — {page.title}",
                "search_title": f"{contact.name} {document['search_title']}",
                "phone": contact.phone,
                "url": f"{document['url']}#contacts",
                "summary": plain_text(contact.note),
                "body": _join(contact.phone, contact.email),
                "network_text": "",
                "hours": {},
            }
        )
    return documents


def _scheme_documents(page, coverage):
    zone_communes = list(page.zone_communes.all())
    zone_epcis = list(page.zone_epcis.all())
    zone = {
        "communes": [c.code for c in zone_communes],
        "epcis": [e.code for e in zone_epcis],
        "departements": [d.code for d in page.zone_departements.all()],
    }
    codes = coverage.communes(**zone)
    document = _base(page, "scheme", coverage, [c.name for c in zone_communes])
    document.update(
        body=_join(
            page.benefits,
            page.conditions,
            page.publics_details,
            page.how_to_apply,
            page.what_to_say,
            page.fees_details,
            _labels(page.themes.all()),
            _labels(page.publics.all()),
            _labels(page.service_types.all()),
            " ".join(tag.name for tag in page.tags.all()),
            *(f"{s.title} {s.detail}" for s in page.steps.all()),
            *(f"{d.label} {d.note}" for d in page.documents.all()),
            *(f"{a.label} {a.note}" for a in page.amounts.all()),
        ),
        national=page.zone_national,
        communes=sorted(codes),
        coverage=coverage_keys(**zone),
        themes=sorted(t.value for t in page.themes.all()),
        publics=sorted(p.value for p in page.publics.all()),
        territories=[] if page.zone_national else sorted(coverage.territories(codes)),
    )
    return [document]


def _guide_documents(page, coverage):
    document = _base(page, "guide", coverage)
    document.update(
        body=_join(
            _stream_text(page.body.raw_data),
            _labels(page.themes.all()),
            " ".join(tag.name for tag in page.tags.all()),
        ),
        national=True,
        themes=sorted(t.value for t in page.themes.all()),
    )
    return [document]


PREFETCH = {
    "structure": (
        Prefetch("contacts", queryset=StructureContact.objects.order_by("sort_order")),
        "served_communes",
        "served_epcis",
        "served_territories",
        "served_departements",
        "network_types",
    ),
    "scheme": (
        "zone_communes",
        "zone_epcis",
        "zone_departements",
        "themes",
        "publics",
        "service_types",
        "tags",
        "steps",
        "documents",
        "amounts",
    ),
    "guide": ("themes", "tags"),
}
BUILDERS = {"structure": _structure_documents, "scheme": _scheme_documents, "guide": _guide_documents}


def build_documents(page_ids=None, coverage=None, batch_size=500):
    """Yield (page_id, [documents]) for every indexable fiche (restricted to `page_ids` when given)."""
    coverage = coverage or Coverage.load()
    for kind, model in MODELS.items():
        queryset = indexable_pages(model).prefetch_related(*PREFETCH[kind]).order_by("pk")
        if kind == "structure":
            queryset = queryset.select_related("commune")
        if page_ids is not None:
            queryset = queryset.filter(pk__in=page_ids)
        last = 0
        while True:
            batch = list(queryset.filter(pk__gt=last)[:batch_size])
            if not batch:
                break
            for page in batch:
                yield page.pk, BUILDERS[kind](page, coverage)
            last = batch[-1].pk
