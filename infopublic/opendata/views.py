"""The public data·inclusion endpoints: paginated JSON, or every row as streamed CSV with ?format=csv."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse, StreamingHttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .exports import ServiceExport, StructureExport, csv_rows

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


def _page_size(request):
    try:
        size = int(request.GET.get("size", DEFAULT_PAGE_SIZE))
    except ValueError:
        return DEFAULT_PAGE_SIZE
    return max(1, min(size, MAX_PAGE_SIZE))


def _page_url(request, number):
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _json(request, export):
    paginator = Paginator(export.keys(), _page_size(request))
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        return JsonResponse({"detail": _("Page introuvable.")}, status=404)
    return JsonResponse(
        {
            "count": paginator.count,
            "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
            "previous": _page_url(request, page.previous_page_number()) if page.has_previous() else None,
            "results": export.records(list(page.object_list)),
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _csv(export):
    response = StreamingHttpResponse(csv_rows(export), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response


def _respond(request, export):
    if request.GET.get("format") == "csv":
        return _csv(export)
    return _json(request, export)


@require_GET
def structures(request):
    return _respond(request, StructureExport(request))


@require_GET
def services(request):
    return _respond(request, ServiceExport(request))
