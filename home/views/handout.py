"""The orientation handout: add fiches to the session's selection, print it for the person's commune,
share it as a link."""

from urllib.parse import urlencode

from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from infopublic.directory.doors import CommuneChoice, read_commune

from .. import selection


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _page_id(request):
    value = request.POST.get("page", "")
    if not (value.isascii() and value.isdigit() and len(value) <= 9):
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
    """Add a fiche; `commune` (an INSEE code, sent by pages that know the person's commune) becomes the
    commune of the handout unless it has one already (it is changed on the sheet, or reset by emptying
    the selection)."""
    page_id = _page_id(request)
    if not selection.is_selectable(page_id):
        raise Http404
    ids = selection.add(request, page_id)
    if not selection.has_commune(request):
        # Pages that know the person's commune send its INSEE code.
        code = request.POST.get("code_insee") or request.POST.get("commune", "")
        choice = read_commune("", code)
        if choice.commune is not None:
            selection.set_commune(request, choice.commune)
    return _answer(request, ids)


@require_POST
def selection_remove(request):
    return _answer(request, selection.remove(request, _page_id(request)))


@require_POST
def selection_clear(request):
    selection.clear(request)
    return _answer(request, [])


@require_POST
def selection_commune(request):
    """Set (or, empty, forget) the commune the handout is made for; several or no match: the sheet again
    with the communes to choose from or the error."""
    choice = read_commune(request.POST.get("commune", ""), request.POST.get("code_insee", ""))
    if choice.commune is not None or not choice.text:
        selection.set_commune(request, choice.commune)
        return redirect("selection_sheet")
    status = 400 if choice.unknown else 200
    ids, kept = selection.selected_ids(request), selection.selected_commune(request)
    return _sheet(request, ids, shared=False, choice=choice, status=status, commune=kept)


def _sheet(request, ids, shared, choice, status=200, commune=None):
    """The sheet for `choice`'s commune (else `commune`, kept while another one is being chosen)."""
    commune = choice.commune or commune
    pages = selection.selectable_pages(ids, commune)
    share_url = ""
    if pages:
        params = {"p": ",".join(str(page.pk) for page in pages)}
        if commune is not None:
            params["code_insee"] = commune.code
        share_url = request.build_absolute_uri(f"{reverse('shared_sheet')}?{urlencode(params, safe=',')}")
    return render(
        request,
        "home/handout.html",
        {
            "items": pages,
            "share_url": share_url,
            "shared": shared,
            "today": timezone.localdate(),
            "commune": commune,
            "choice": choice,
            "page_ids": ",".join(str(pk) for pk in ids),
        },
        status=status,
    )


@require_GET
def selection_sheet(request):
    commune = selection.selected_commune(request)
    choice = CommuneChoice(text=commune.name, commune=commune) if commune else CommuneChoice()
    return _sheet(request, selection.selected_ids(request), shared=False, choice=choice)


@require_GET
def shared_sheet(request):
    """`?p=12,15&code_insee=71289`: the same sheet, for the same commune, without a session."""
    choice = read_commune(request.GET.get("commune", ""), request.GET.get("code_insee", ""))
    status = 400 if choice.unknown else 200
    return _sheet(
        request, selection.parse_ids(request.GET.get("p")), shared=True, choice=choice, status=status
    )
