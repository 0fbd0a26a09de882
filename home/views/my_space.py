"""« Mon espace »: what a signed-in member follows, reported, recorded and saved; their saved selections."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from infopublic.network.access import is_network_member
from infopublic.workshop.needs import recorded_needs
from infopublic.workshop.views import member_required

from .. import saved_selections, selection
from ..models import SavedSelection


@login_required
def my_space(request):
    """Anyone signed in sees their reports; followed fiches, needs and selections are the members' tools."""
    user = request.user
    context = {
        "reports": user.error_reports.select_related("page").order_by("-created_at")[:50],
        "member": is_network_member(user),
    }
    if context["member"]:
        context.update(
            follows=user.followed_fiches.select_related("page").order_by("page__title"),
            needs=recorded_needs(request),
            saved_selections=saved_selections.for_user(user),
            save_form=saved_selections.SaveSelectionForm(),
            current_selection=selection.selected_ids(request),
        )
    return render(request, "home/my_space.html", context)


@require_POST
@member_required
def selection_save(request):
    form = saved_selections.SaveSelectionForm(request.POST)
    ids = selection.selected_ids(request)
    if not ids:
        messages.error(request, _("La sélection est vide : ajoutez d’abord des fiches."))
    elif not form.is_valid():
        messages.error(request, " ".join(form.errors.get("name", [])))
    elif saved_selections.save(request.user, form.cleaned_data["name"], ids) is None:
        messages.error(
            request,
            _("Vous gardez déjà %(count)s sélections : supprimez-en une d’abord.")
            % {"count": SavedSelection.MAX_PER_USER},
        )
    else:
        messages.success(
            request, _("Sélection « %(name)s » enregistrée.") % {"name": form.cleaned_data["name"]}
        )
    return redirect("my_space")


@require_POST
@member_required
def selection_open(request, pk):
    """Make a saved selection the current one, to print or share it."""
    saved = get_object_or_404(SavedSelection, pk=pk, user=request.user)
    selection.replace(request, [page.pk for page in selection.selectable_pages(saved.page_ids)])
    return redirect("selection_sheet")


@require_POST
@member_required
def selection_delete(request, pk):
    saved = get_object_or_404(SavedSelection, pk=pk, user=request.user)
    saved.delete()
    messages.success(request, _("Sélection « %(name)s » supprimée.") % {"name": saved.name})
    return redirect("my_space")
