"""The search interface's values: what is asked (SearchQuery) and what comes back (SearchResult)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from infopublic.derived.versions import TERRITORIES, VOCABULARIES, DerivedValue
from infopublic.taxonomy.models import Public, Theme
from infopublic.territories.models import Commune, SocialActionTerritory

from .documents import KINDS

__all__ = ["Contact", "Hit", "QueryError", "SearchQuery", "SearchResult", "parse_query"]

MAX_QUERY_LENGTH = 200
MAX_PAGE_SIZE = 50
MAX_RADIUS_KM = 200
# French parameter names of the HTTP interface.
KIND_PARAMETERS = {"dispositif": "scheme", "structure": "structure", "guide": "guide", "contact": "contact"}


class QueryError(ValueError):
    """Invalid search parameters: `errors` maps each parameter to a French message; `commune` is the
    Resolution of `commune=`, whose `candidates` are the communes to choose from when it designates
    several."""

    def __init__(self, errors, commune=None):
        super().__init__(errors)
        self.errors = errors
        self.commune = commune

    @property
    def only_commune_to_choose(self):
        """The one problem is a commune to choose among several."""
        return set(self.errors) == {"commune"} and bool(self.commune and self.commune.candidates)


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    commune: Commune | None = None
    themes: tuple = ()
    publics: tuple = ()
    territories: tuple = ()  # SocialActionTerritory slugs; national documents match every territory
    kinds: tuple = ()
    open_now: bool = False
    point: tuple | None = None  # (latitude, longitude)
    radius_km: float | None = None
    page: int = 1
    page_size: int = 20

    @property
    def offset(self):
        return (self.page - 1) * self.page_size

    @property
    def origin(self):
        """Where distances are measured from: the point, else the commune's centre."""
        if self.point:
            return self.point
        return self.commune.point if self.commune else None


@dataclass
class Contact:
    """A contact of a structure, shown under it: its name and phone."""

    name: str
    phone: str
    url: str

    @classmethod
    def from_raw(cls, raw):
        name = raw["title"].split(" — ")[0]
        return cls(name=name, phone=raw.get("phone") or "", url=raw["url"])

    def as_dict(self):
        return {"name": self.name, "phone": self.phone, "url": self.url}


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    snippet: str
    commune: str
    partner: str
    distance_km: float | None = None
    open_now: bool | None = None
    page_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    phone: str = ""
    contacts: list = field(default_factory=list)  # [Contact] of a structure, matched by the query

    def as_dict(self):
        return {
            "kind": self.kind,
            "title": self.title,
            "url": self.url,
            "snippet": self.snippet,
            "commune": self.commune,
            "distance_km": self.distance_km,
            "open_now": self.open_now,
            "partner": self.partner,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "phone": self.phone,
            "contacts": [contact.as_dict() for contact in self.contacts],
        }


@dataclass
class SearchResult:
    hits: list = field(default_factory=list)
    total: int = 0
    facets: dict = field(default_factory=dict)
    suggestion: str = ""
    engine: str = ""
    degraded: bool = False  # True when Elasticsearch was down and the database engine answered
    relaxed: bool = False  # True when no fiche covers the whole need: these cover part of it

    def as_dict(self):
        return {
            "count": self.total,
            "results": [hit.as_dict() for hit in self.hits],
            "facets": self.facets,
            "suggestion": self.suggestion,
            "engine": self.engine,
            "degraded": self.degraded,
            "relaxed": self.relaxed,
        }


def _number(params, name, errors, cast, minimum=None, maximum=None):
    raw = params.get(name, "").strip()
    if not raw:
        return None
    try:
        value = cast(raw)
    except ValueError:
        errors[name] = _("Nombre invalide : « %(value)s ».") % {"value": raw[:40]}
        return None
    if (
        value != value
        or (minimum is not None and value < minimum)
        or (maximum is not None and value > maximum)
    ):
        errors[name] = _("Valeur hors limites : « %(value)s ».") % {"value": raw[:40]}
        return None
    return value


def _values(params, name):
    return tuple(dict.fromkeys(v.strip() for v in params.getlist(name) if v.strip()))


def _labels():
    return {
        "themes": dict(Theme.objects.values_list("value", "label")),
        "publics": dict(Public.objects.values_list("value", "label")),
        "territories": dict(SocialActionTerritory.objects.values_list("slug", "name")),
    }


# {facet: {value: label}} of the vocabularies, per process, rebuilt on a change (infopublic.derived).
vocabulary_labels = DerivedValue(_labels, VOCABULARIES, TERRITORIES)


def _unknown(values, facet, manager, field):
    """The values that name no row: those the vocabulary labels know need no query (a term added
    without signals, by a bulk load, is still found in the database)."""
    unknown = set(values) - vocabulary_labels.get()[facet].keys()
    if not unknown:
        return unknown
    return unknown - set(manager.filter(**{f"{field}__in": unknown}).values_list(field, flat=True))


def _commune(params, errors):
    """The commune of `commune=` (typed: a postal code first, else a name, see territories.resolver)
    and `code_insee=` (picked in a suggestion list, or given by an API client)."""
    resolution = Commune.objects.resolve_params(params)
    if resolution.message:
        errors["commune"] = resolution.message
    return resolution


def parse_query(params):
    """A SearchQuery from HTTP parameters (a QueryDict); raises QueryError with French messages."""
    errors = {}
    text = params.get("q", "")
    if len(text) > MAX_QUERY_LENGTH:
        errors["q"] = _("La recherche est trop longue (%(max)s caractères au plus).") % {
            "max": MAX_QUERY_LENGTH
        }
        text = ""
    commune_resolution = _commune(params, errors)
    themes = _values(params, "theme")
    unknown = _unknown(themes, "themes", Theme.objects, "value")
    if unknown:
        errors["theme"] = _("Thématique inconnue : %(values)s.") % {
            "values": ", ".join(sorted(unknown))[:200]
        }
    publics = _values(params, "public")
    unknown = _unknown(publics, "publics", Public.objects, "value")
    if unknown:
        errors["public"] = _("Public inconnu : %(values)s.") % {"values": ", ".join(sorted(unknown))[:200]}
    territories = _values(params, "territoire")
    unknown = _unknown(territories, "territories", SocialActionTerritory.objects, "slug")
    if unknown:
        errors["territoire"] = _("Territoire inconnu : %(values)s.") % {
            "values": ", ".join(sorted(unknown))[:200]
        }
    kinds = []
    for value in _values(params, "type"):
        if value in KIND_PARAMETERS:
            kinds.append(KIND_PARAMETERS[value])
        elif value in KINDS:
            kinds.append(value)
        else:
            errors["type"] = _("Type inconnu : « %(value)s ».") % {"value": value[:40]}
    open_now = params.get("ouvert", "") in ("1", "true", "oui")
    latitude = _number(params, "lat", errors, float, -90, 90)
    longitude = _number(params, "lon", errors, float, -180, 180)
    radius = _number(params, "rayon", errors, float, 0.1, MAX_RADIUS_KM)
    point = None
    if (latitude is None) != (longitude is None) and not {"lat", "lon"} & errors.keys():
        errors["lat"] = _("Indiquez à la fois la latitude et la longitude.")
    elif latitude is not None and longitude is not None:
        point = (latitude, longitude)
    if radius is not None and point is None and "lat" not in errors:
        errors["rayon"] = _("Un rayon demande un point (lat, lon).")
    page = _number(params, "page", errors, int, 1, 10_000) or 1
    page_size = _number(params, "taille", errors, int, 1, MAX_PAGE_SIZE) or 20
    if errors:
        raise QueryError({key: str(message) for key, message in errors.items()}, commune=commune_resolution)
    return SearchQuery(
        text=text.strip(),
        commune=commune_resolution.commune,
        themes=themes,
        publics=publics,
        territories=territories,
        kinds=tuple(kinds),
        open_now=open_now,
        point=point,
        radius_km=radius if point else None,
        page=page,
        page_size=page_size,
    )
