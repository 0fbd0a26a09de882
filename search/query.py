"""The search interface's values: what is asked (SearchQuery) and what comes back (SearchResult)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from django import forms
from django.db import models
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from infopublic.derived.versions import TERRITORIES, VOCABULARIES, DerivedValue
from infopublic.taxonomy.models import Public, Theme
from infopublic.territories.models import Commune, SocialActionTerritory

from .documents import KINDS

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

    from infopublic.directory.models import CapacityNote
    from infopublic.territories.resolver import Resolution

__all__ = ["Contact", "Hit", "QueryError", "SearchQuery", "SearchResult", "parse_query"]

# {facet: [{"value", "label", "count"}]}, most frequent first: what a result shows of each facet.
FacetLists = dict[str, list[dict[str, Any]]]
Number = TypeVar("Number", int, float)

MAX_QUERY_LENGTH = 200
MAX_PAGE_SIZE = 50
MAX_RADIUS_KM = 200
# French parameter names of the HTTP interface.
KIND_PARAMETERS: dict[str, str] = {
    "dispositif": "scheme",
    "structure": "structure",
    "guide": "guide",
    "contact": "contact",
}


class QueryError(ValueError):
    """Invalid search parameters: `errors` maps each parameter to a French message; `commune` is the
    Resolution of `commune=`, whose `candidates` are the communes to choose from when it designates
    several."""

    def __init__(self, errors: dict[str, str], commune: Resolution | None = None) -> None:
        super().__init__(errors)
        self.errors = errors
        self.commune = commune

    @property
    def only_commune_to_choose(self) -> bool:
        """The one problem is a commune to choose among several."""
        return set(self.errors) == {"commune"} and bool(self.commune and self.commune.candidates)


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    commune: Commune | None = None
    themes: tuple[str, ...] = ()
    publics: tuple[str, ...] = ()
    territories: tuple[str, ...] = ()  # SocialActionTerritory slugs; national documents match every territory
    kinds: tuple[str, ...] = ()
    open_now: bool = False
    point: tuple[float, float] | None = None  # (latitude, longitude)
    radius_km: float | None = None
    page: int = 1
    page_size: int = 20

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    @property
    def origin(self) -> tuple[float, float] | None:
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
    def from_raw(cls, raw: Mapping[str, Any]) -> Contact:
        name = raw["title"].split(" — ")[0]
        return cls(name=name, phone=raw.get("phone") or "", url=raw["url"])

    def as_dict(self) -> dict[str, str]:
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
    contacts: list[Contact] = field(default_factory=list)  # of a structure, matched by the query
    capacity_note: CapacityNote | None = None  # a structure's capacity level in force (search.service)

    def as_dict(self) -> dict[str, Any]:
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
            "capacity": self.capacity_note.as_dict() if self.capacity_note else None,
        }


@dataclass
class SearchResult:
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: FacetLists = field(default_factory=dict)
    suggestion: str = ""
    engine: str = ""
    degraded: bool = False  # True when Elasticsearch was down and the database engine answered
    relaxed: bool = False  # True when no fiche covers the whole need: these cover part of it

    def as_dict(self) -> dict[str, Any]:
        return {
            "count": self.total,
            "results": [hit.as_dict() for hit in self.hits],
            "facets": self.facets,
            "suggestion": self.suggestion,
            "engine": self.engine,
            "degraded": self.degraded,
            "relaxed": self.relaxed,
        }


def _labels() -> dict[str, dict[str, str]]:
    return {
        "themes": dict(Theme.objects.values_list("value", "label")),
        "publics": dict(Public.objects.values_list("value", "label")),
        "territories": dict(SocialActionTerritory.objects.values_list("slug", "name")),
    }


# {facet: {value: label}} of the vocabularies, per process, rebuilt on a change (infopublic.derived).
vocabulary_labels = DerivedValue(_labels, VOCABULARIES, TERRITORIES)


def _unknown(values: Iterable[str], facet: str, manager: models.Manager[Any], field: str) -> set[str]:
    """The values that name no row: those the vocabulary labels know need no query (a term added
    without signals, by a bulk load, is still found in the database)."""
    unknown = set(values) - vocabulary_labels.get()[facet].keys()
    if not unknown:
        return unknown
    return unknown - set(manager.filter(**{f"{field}__in": unknown}).values_list(field, flat=True))


def _number(raw: str, cast: Callable[[str], Number], minimum: Number, maximum: Number) -> Number | None:
    """The number in `raw` (None when empty); ValidationError when it is not one or out of bounds."""
    raw = raw.strip()
    if not raw:
        return None
    try:
        value = cast(raw)
    except ValueError:
        raise forms.ValidationError(_("Nombre invalide : « %(value)s ».") % {"value": raw[:40]}) from None
    if value != value or value < minimum or value > maximum:
        raise forms.ValidationError(_("Valeur hors limites : « %(value)s ».") % {"value": raw[:40]})
    return value


class NumberField(forms.Field):
    """A number parameter (not shown in the form) between `minimum` and `maximum`."""

    widget = forms.HiddenInput

    def __init__(self, cast: Callable[[str], Any], minimum: float, maximum: float, **kwargs: Any) -> None:
        self.cast, self.minimum, self.maximum = cast, minimum, maximum
        super().__init__(required=False, **kwargs)

    def clean(self, value: Any) -> Any:
        return _number(value or "", self.cast, self.minimum, self.maximum)


class ValuesSelect(forms.Select):
    """A one-choice list in the form, while the parameter may be repeated (by the facet links)."""

    def value_from_datadict(self, data: Any, files: Any, name: str) -> list[str]:
        return data.getlist(name) if hasattr(data, "getlist") else [data[name]] if name in data else []


class ValuesField(forms.MultipleChoiceField):
    """Repeated values of a vocabulary: stripped, empty ones dropped, duplicates removed in order.
    Unknown values are reported all at once by the form (`clean_<name>`), not one by one."""

    widget = ValuesSelect

    def to_python(self, value: Any) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(dict.fromkeys(v.strip() for v in (value or ()) if v and v.strip()))

    def validate(self, value: Any) -> None:
        pass


class OpenNowInput(forms.CheckboxInput):
    def value_from_datadict(self, data: Any, files: Any, name: str) -> bool:
        return data.get(name, "") in ("1", "true", "oui")


class SearchForm(forms.Form):
    """The search's HTTP parameters (French names), parsed here with a French message per wrong
    parameter; the results page renders its filters (thématique, public, territoire, ouvert) from it.

    `SearchForm(params, choices=True)` also reads the vocabularies, to render the lists."""

    q = forms.CharField(required=False, strip=False)
    commune = forms.CharField(required=False, strip=False)
    code_insee = forms.CharField(required=False, strip=False)
    theme = ValuesField(label=_("Thématique"), required=False)
    public = ValuesField(label=_("Public"), required=False)
    territoire = ValuesField(label=_("Territoire d’action sociale"), required=False)
    type = ValuesField(required=False)
    ouvert = forms.BooleanField(
        label=_("Ouvert maintenant"), required=False, widget=OpenNowInput(attrs={"value": "1"})
    )
    lat = NumberField(float, -90, 90)
    lon = NumberField(float, -180, 180)
    rayon = NumberField(float, 0.1, MAX_RADIUS_KM)
    page = NumberField(int, 1, 10_000)
    taille = NumberField(int, 1, MAX_PAGE_SIZE)

    def __init__(self, data: QueryDict, *, choices: bool = False) -> None:
        super().__init__(data, auto_id="recherche-%s", label_suffix="")
        self.commune_resolution: Resolution | None = None
        if choices:
            vocabularies: dict[str, list[tuple[str, str]]] = {
                "theme": [(theme.value, str(theme)) for theme in Theme.objects.select_related("category")],
                "public": list(Public.objects.values_list("value", "label")),
                "territoire": list(SocialActionTerritory.objects.values_list("slug", "name")),
            }
            for name, terms in vocabularies.items():
                field = self.fields[name]
                assert isinstance(field, ValuesField)
                field.choices = [("", _("Toutes") if name == "theme" else _("Tous")), *terms]

    def clean_q(self) -> str:
        text = self.cleaned_data["q"]
        if len(text) > MAX_QUERY_LENGTH:
            raise forms.ValidationError(
                _("La recherche est trop longue (%(max)s caractères au plus).") % {"max": MAX_QUERY_LENGTH}
            )
        return text.strip()

    def clean_commune(self) -> Commune | None:
        """`commune=` (typed: a postal code first, else a name, see territories.resolver) and
        `code_insee=` (picked in a suggestion list, or given by an API client)."""
        self.commune_resolution = Commune.objects.resolve_params(self.data)
        if self.commune_resolution.message:
            raise forms.ValidationError(self.commune_resolution.message)
        return self.commune_resolution.commune

    def _known(
        self, name: str, facet: str, manager: models.Manager[Any], field: str, message: StrOrPromise
    ) -> Any:
        values = self.cleaned_data[name]
        unknown = _unknown(values, facet, manager, field)
        if unknown:
            raise forms.ValidationError(message % {"values": ", ".join(sorted(unknown))[:200]})
        return values

    def clean_theme(self) -> tuple[str, ...]:
        return self._known("theme", "themes", Theme.objects, "value", _("Thématique inconnue : %(values)s."))

    def clean_public(self) -> tuple[str, ...]:
        return self._known("public", "publics", Public.objects, "value", _("Public inconnu : %(values)s."))

    def clean_territoire(self) -> tuple[str, ...]:
        message = _("Territoire inconnu : %(values)s.")
        return self._known("territoire", "territories", SocialActionTerritory.objects, "slug", message)

    def clean_type(self) -> tuple[str, ...]:
        kinds, wrong = [], None
        for value in self.cleaned_data["type"]:
            if value in KIND_PARAMETERS:
                kinds.append(KIND_PARAMETERS[value])
            elif value in KINDS:
                kinds.append(value)
            else:
                wrong = value
        if wrong is not None:
            raise forms.ValidationError(_("Type inconnu : « %(value)s ».") % {"value": wrong[:40]})
        return tuple(kinds)

    def clean(self) -> dict[str, Any]:
        data = self.cleaned_data
        latitude, longitude = data.get("lat"), data.get("lon")
        point = None
        if (latitude is None) != (longitude is None) and not {"lat", "lon"} & self.errors.keys():
            self.add_error("lat", _("Indiquez à la fois la latitude et la longitude."))
        elif latitude is not None and longitude is not None:
            point = (latitude, longitude)
        data["point"] = point
        if data.get("rayon") is not None and point is None and "lat" not in self.errors:
            self.add_error("rayon", _("Un rayon demande un point (lat, lon)."))
        return data

    def search_query(self) -> SearchQuery:
        """The SearchQuery of the parameters; raises QueryError when one of them is wrong."""
        if not self.is_valid():
            errors = {name: str(messages[0]) for name, messages in self.errors.items()}
            raise QueryError(errors, commune=self.commune_resolution)
        data = self.cleaned_data
        return SearchQuery(
            text=data["q"],
            commune=data["commune"],
            themes=data["theme"],
            publics=data["public"],
            territories=data["territoire"],
            kinds=data["type"],
            open_now=data["ouvert"],
            point=data["point"],
            radius_km=data["rayon"] if data["point"] else None,
            page=data["page"] or 1,
            page_size=data["taille"] or 20,
        )


def parse_query(params: QueryDict) -> SearchQuery:
    """A SearchQuery from HTTP parameters (a QueryDict); raises QueryError with French messages."""
    return SearchForm(params).search_query()
