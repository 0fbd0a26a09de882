"""The coordination's side, in the partners' space: statistics without names, CSV, erasure on request."""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from infopublic.workshop.admin_views import coordinator_required

from . import retention, stats
from .models import Referral


@never_cache
@coordinator_required
def statistics(request):
    return TemplateResponse(request, "referrals/admin/statistics.html", stats.statistics(request.GET))


@never_cache
@coordinator_required
def statistics_export(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="fiches-de-liaison-statistiques.csv"'
    response.write("\ufeff")
    stats.write_csv(response, request.GET)
    return response


class ErasureForm(forms.Form):
    number = forms.IntegerField(
        label=gettext_lazy("Numéro de la fiche de liaison"), min_value=1, max_value=2**62
    )
    confirm = forms.BooleanField(
        label=gettext_lazy("La personne (ou son référent) a demandé l’effacement de ses données.")
    )


@never_cache
@coordinator_required
def erasure(request):
    """Erase a person's data on request: the coordination needs only the referral's number, never reads it."""
    form = ErasureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        referral = Referral.objects.filter(pk=form.cleaned_data["number"]).first()
        if referral is None:
            form.add_error("number", _("Aucune fiche de liaison ne porte ce numéro."))
        elif referral.is_anonymised:
            messages.info(request, _("Les données de cette fiche étaient déjà effacées."))
            return redirect("referrals_admin:erasure")
        else:
            retention.erase(referral)
            messages.success(
                request,
                _("Données personnelles de la fiche n°%(number)s effacées.") % {"number": referral.pk},
            )
            return redirect("referrals_admin:erasure")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "referrals/admin/erasure.html", {"form": form}, status=status)
