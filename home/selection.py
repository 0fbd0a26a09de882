"""The receptionist's orientation selection: page ids and the commune it is for, kept in the browser
session; nothing personal."""

from wagtail.models import Page

from infopublic.directory.doors import doors_by_scheme, group_by_territory
from infopublic.directory.models import SchemePage, StructurePage
from infopublic.territories.models import Commune

SESSION_KEY = "orientation_selection"
COMMUNE_SESSION_KEY = "orientation_commune"
# Doors printed per scheme when the commune is known; the others are counted.
HANDOUT_DOORS = 4
MAX_ITEMS = 20
SELECTABLE_MODELS = (SchemePage, StructurePage)


def selected_ids(request):
    return [int(pk) for pk in request.session.get(SESSION_KEY, []) if str(pk).isdigit()]


def _save(request, ids):
    request.session[SESSION_KEY] = ids[:MAX_ITEMS]


def add(request, page_id):
    ids = selected_ids(request)
    if page_id not in ids and len(ids) < MAX_ITEMS:
        ids.append(page_id)
    _save(request, ids)
    return ids


def remove(request, page_id):
    ids = [pk for pk in selected_ids(request) if pk != page_id]
    _save(request, ids)
    return ids


def replace(request, ids):
    _save(request, list(ids))


def clear(request):
    _save(request, [])
    request.session.pop(COMMUNE_SESSION_KEY, None)


def selected_commune(request):
    """The commune the selection is for (its INSEE code is kept in the session), or None."""
    code = request.session.get(COMMUNE_SESSION_KEY)
    return Commune.objects.select_related("departement", "epci").filter(code=code).first() if code else None


def has_commune(request):
    return bool(request.session.get(COMMUNE_SESSION_KEY))


def set_commune(request, commune):
    if commune is None:
        request.session.pop(COMMUNE_SESSION_KEY, None)
    else:
        request.session[COMMUNE_SESSION_KEY] = commune.code


def parse_ids(text):
    """Page ids from a shared link's `p=12,15` parameter, in order, without duplicates."""
    ids = []
    for part in (text or "").split(","):
        part = part.strip()
        # ASCII digits only ("¹²³" is isdigit() but no int), and a page id fits in a database integer.
        if part.isascii() and part.isdigit() and len(part) <= 9 and int(part) not in ids:
            ids.append(int(part))
    return ids[:MAX_ITEMS]


def selectable_pages(ids, commune=None):
    """The live, public schemes and structures among `ids`, in the order given. Each scheme gets its
    doors for `commune` (nearest first, `doors` and `more_doors`), or every door grouped by territory
    (`door_groups`) without a commune. Never network-only contacts: the sheet is handed to the person."""
    if not ids:
        return []
    pages = {}
    for model in SELECTABLE_MODELS:
        queryset = model.objects.live().public().filter(pk__in=ids)
        if model is StructurePage:
            queryset = queryset.select_related("commune").prefetch_related("contacts")
        else:
            queryset = queryset.prefetch_related("documents")
        pages.update({page.pk: page for page in queryset})
    schemes = [page for page in pages.values() if isinstance(page, SchemePage)]
    doors = doors_by_scheme(schemes, commune) if schemes else {}
    for scheme in schemes:
        found = doors[scheme.pk]
        if commune is None:
            scheme.door_groups = group_by_territory(found)
        else:
            scheme.doors, scheme.more_doors = found[:HANDOUT_DOORS], len(found[HANDOUT_DOORS:])
    return [pages[pk] for pk in ids if pk in pages]


def is_selectable(page_id):
    return Page.objects.live().public().type(*SELECTABLE_MODELS).filter(pk=page_id).exists()
