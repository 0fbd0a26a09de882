"""The receptionist's orientation selection: page ids kept in the browser session, nothing personal."""

from django.db.models import Prefetch

from wagtail.models import Page

from infopublic.directory.models import SchemePage, StructurePage

SESSION_KEY = "orientation_selection"
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


def parse_ids(text):
    """Page ids from a shared link's `p=12,15` parameter, in order, without duplicates."""
    ids = []
    for part in (text or "").split(","):
        part = part.strip()
        if part.isdigit() and int(part) not in ids:
            ids.append(int(part))
    return ids[:MAX_ITEMS]


def selectable_pages(ids):
    """The live, public schemes and structures among `ids`, in the order given."""
    if not ids:
        return []
    pages = {}
    for model in SELECTABLE_MODELS:
        queryset = model.objects.live().public().filter(pk__in=ids)
        if model is StructurePage:
            queryset = queryset.select_related("commune").prefetch_related("contacts")
        else:
            visible_structures = StructurePage.objects.live().public().order_by("title")
            queryset = queryset.prefetch_related(
                "documents", Prefetch("delivering_structures", queryset=visible_structures)
            )
        pages.update({page.pk: page for page in queryset})
    return [pages[pk] for pk in ids if pk in pages]


def is_selectable(page_id):
    return Page.objects.live().public().type(*SELECTABLE_MODELS).filter(pk=page_id).exists()
