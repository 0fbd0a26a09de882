"""The orientation handout: add fiches to the session's selection, print it, share it as a link."""

from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from .. import selection


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _page_id(request):
    value = request.POST.get("page", "")
    if not value.isdigit():
        raise Http404
    return int(value)


def _answer(request, ids):
    if _wants_json(request):
        return JsonResponse({"count": len(ids), "pages": ids})
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        target = reverse("selection_sheet")
    return redirect(target)


@require_POST
def selection_add(request):
    page_id = _page_id(request)
    if not selection.is_selectable(page_id):
        raise Http404
    return _answer(request, selection.add(request, page_id))


@require_POST
def selection_remove(request):
    return _answer(request, selection.remove(request, _page_id(request)))


@require_POST
def selection_clear(request):
    selection.clear(request)
    return _answer(request, [])


def _sheet(request, ids, shared):
    pages = selection.selectable_pages(ids)
    share_ids = ",".join(str(page.pk) for page in pages)
    share_url = request.build_absolute_uri(f"{reverse('shared_sheet')}?p={share_ids}") if pages else ""
    return render(
        request,
        "home/handout.html",
        {"items": pages, "share_url": share_url, "shared": shared, "today": timezone.localdate()},
    )


@require_GET
def selection_sheet(request):
    return _sheet(request, selection.selected_ids(request), shared=False)


@require_GET
def shared_sheet(request):
    return _sheet(request, selection.parse_ids(request.GET.get("p")), shared=True)
