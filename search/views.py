"""HTTP: the results page, the JSON search API and autocomplete suggestions."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from infopublic.territories.serializers import commune_json

from . import service
from .opening import next_opening
from .query import MAX_QUERY_LENGTH, QueryError, SearchForm

SUGGESTION_LIMIT = 8


def _run(request, form):
    """(SearchQuery, SearchResult) or raises QueryError."""
    query = form.search_query()
    return query, service.search(query, request.user)


@require_GET
def search_page(request):
    """The results page, `templates/search/results.html`.

    Context (stable, for the front-end):
    - `query`: the typed text (str), also used by the header's search box;
    - `search_query`: the SearchQuery (commune, themes, publics, territories, kinds, open_now, point,
      page, page_size) or None when the parameters were invalid;
    - `result`: the SearchResult (hits: kind, title, url, snippet (safe HTML with <mark>), commune,
      distance_km, open_now, partner, latitude, longitude, capacity_note (a structure's capacity level in
      force: level, label, updated_on, expires_on, or None); total; facets {themes, publics, kinds,
      territories: [{value, label, count}]}; suggestion; engine; degraded; relaxed: no fiche had every
      word, these have some of them) or None;
    - `errors`: {parameter: French message} (status 400 when not empty);
    - `commune_choices`: when `commune=` designates several communes (and nothing else is wrong), its
      Resolution (`text`, `candidates`, `more`): the page (status 200) lists them to choose from;
    - `form`: the SearchForm of the parameters, which renders the filters (thématique, public, territoire
      d’action sociale, ouvert maintenant) with every vocabulary term;
    - `previous_page`, `next_page`: page numbers or None; `page_querystring`: the parameters without `page`;
    - `next_opening`: with "open now" and no result, the matching structure that opens first (structure,
      at, text) or None.
    """
    form = SearchForm(request.GET, choices=True)
    context = {
        "query": request.GET.get("q", "")[:MAX_QUERY_LENGTH],
        "form": form,
        "search_query": None,
        "result": None,
        "errors": {},
        "previous_page": None,
        "next_page": None,
    }
    status = 200
    try:
        query, result = _run(request, form)
    except QueryError as error:
        if error.only_commune_to_choose:
            context["commune_choices"] = error.commune
        else:
            context["errors"] = error.errors
            status = 400
    else:
        params = request.GET.copy()
        params.pop("page", None)
        context.update(
            search_query=query,
            result=result,
            previous_page=query.page - 1 if query.page > 1 else None,
            next_page=query.page + 1 if query.offset + query.page_size < result.total else None,
            page_querystring=params.urlencode(),
        )
        if query.open_now and not result.total:
            context["next_opening"] = next_opening(query, request.user)
    return render(request, "search/results.html", context, status=status)


@require_GET
def search_api(request):
    """`{"count", "results": [...] (a structure's `capacity`: {"level", "label", "updated_on", "expires_on"}
    while in force, else null), "facets", "suggestion", "engine", "degraded", "relaxed", "page",
    "page_size"}`; 400 `{"errors": {parameter: message}}`, with `"communes": [{"code_insee", "name",
    "postal_codes"}]` to choose from when `commune=` designates several (then ask again with
    `code_insee=`)."""
    try:
        query, result = _run(request, SearchForm(request.GET))
    except QueryError as error:
        payload = {"errors": error.errors}
        if error.commune is not None and error.commune.candidates:
            payload["communes"] = [commune_json(commune) for commune in error.commune.candidates]
        return JsonResponse(payload, status=400, json_dumps_params={"ensure_ascii": False})
    payload = result.as_dict()
    payload.update(page=query.page, page_size=query.page_size)
    return JsonResponse(payload, json_dumps_params={"ensure_ascii": False})


@require_GET
def suggestions_api(request):
    """`{"titles": [...], "glossary": [{"acronym", "expansion"}]}` for `?q=` (autocomplete)."""
    prefix = request.GET.get("q", "")
    if len(prefix) > MAX_QUERY_LENGTH:
        message = _("La recherche est trop longue (%(max)s caractères au plus).") % {"max": MAX_QUERY_LENGTH}
        return JsonResponse({"errors": {"q": message}}, status=400)
    if len(prefix.strip()) < 2:
        return JsonResponse({"titles": [], "glossary": []})
    response = JsonResponse(service.suggest(prefix, request.user, limit=SUGGESTION_LIMIT))
    response["Cache-Control"] = "private, max-age=60"
    return response
