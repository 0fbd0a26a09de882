"""« Vérifier les droits »: the desk version for network members and the public one, same rules.

Nothing about the person is kept: the form is sent by POST (never in a URL, so never in an access log),
the answer is computed in memory and rendered, no row, session key, cache entry or log line is written
from it, and the response is marked private and not cacheable."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from home import selection
from infopublic.directory.models import SchemePage
from infopublic.network.access import is_network_member
from infopublic.territories.models import Commune

from .check import OFFICIAL_SIMULATOR, YOUTH_SIMULATOR, check
from .forms import HouseholdForm

MAX_SELECTED = 20


def _page(request, desk):
    initial, result, choice = {}, None, None
    if request.method == "POST":
        form = HouseholdForm(request.POST)
        if form.is_valid():
            choice = Commune.objects.resolve_params(form.cleaned_data)
            if choice.commune is None:
                form.add_error("commune", _commune_error(choice))
            else:
                result = check(form.household(), choice.commune, request.user)
    else:
        # The commune only (no personal data) comes pre-filled from the search or a scheme page.
        choice = Commune.objects.resolve_params(request.GET)
        if choice.commune is not None:
            initial = {"commune": choice.commune.name, "code_insee": choice.commune.code}
        form = HouseholdForm(initial=initial)
    status = 400 if request.method == "POST" and form.errors else 200
    context = {
        "form": form,
        "result": result,
        "choice": choice,
        "desk": desk,
        "official_simulator": OFFICIAL_SIMULATOR,
        "youth_simulator": YOUTH_SIMULATOR,
    }
    return render(request, "rights/check.html", context, status=status)


def _commune_error(choice):
    if choice.candidates:
        names = ", ".join(f"{c.name} ({c.code})" for c in choice.candidates[:5])
        return _("Plusieurs communes correspondent : %(names)s. Précisez le nom ou le code postal.") % {
            "names": names
        }
    return _("Commune inconnue : tapez son nom ou son code postal.")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def desk_check(request):
    if not is_network_member(request.user):
        return redirect("rights:public")
    return _page(request, desk=True)


@never_cache
@require_http_methods(["GET", "POST"])
def public_check(request):
    return _page(request, desk=is_network_member(request.user))


@require_POST
def add_to_selection(request):
    """Add the checked schemes (page ids only) to the handout, for the commune, in one click."""
    ids = []
    for value in request.POST.getlist("page")[:MAX_SELECTED]:
        if value.isascii() and value.isdigit() and len(value) <= 9:
            ids.append(int(value))
    public = set(SchemePage.objects.live().public().filter(pk__in=ids).values_list("pk", flat=True))
    for pk in ids:
        if pk in public:
            selection.add(request, pk)
    commune = Commune.objects.filter(code=request.POST.get("code_insee", "")[:5]).first()
    if commune is not None:
        selection.set_commune(request, commune)
    return redirect("selection_sheet")
