"""Public and members' views: report an error, my reports, record an unmet need, follow a fiche."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page

from infopublic.directory.models import DirectoryPage
from infopublic.network.access import is_network_member
from infopublic.territories.models import Commune

from .forms import ErrorReportForm, UnmetNeedForm
from .models import FicheFollow
from .needs import remember_recorded_need
from .ratelimit import is_rate_limited
from .reports import submit_report


def public_fiche_or_404(page_id):
    """A live fiche without view restriction (what anyone may read and report on)."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    if not isinstance(page, DirectoryPage):
        raise Http404
    return page


def rate_limited_response(request):
    return render(request, "workshop/rate_limited.html", status=429)


def report_create(request, page_id):
    page = public_fiche_or_404(page_id)
    member = is_network_member(request.user)
    form = ErrorReportForm(request.POST or None, page=page, member=member)
    if request.method == "POST":
        if is_rate_limited(
            request, "report", settings.WORKSHOP_REPORT_RATE_LIMIT, settings.WORKSHOP_RATE_WINDOW
        ):
            return rate_limited_response(request)
        if form.is_spam():
            # Answer a robot as if it had succeeded, store nothing.
            return redirect("workshop:report_thanks", page_id=page.pk)
        if form.is_valid():
            submit_report(
                page,
                field=form.cleaned_data["field"],
                message=form.cleaned_data["message"],
                contact_email=form.cleaned_data.get("contact_email", ""),
                reporter=request.user if request.user.is_authenticated else None,
            )
            return redirect("workshop:report_thanks", page_id=page.pk)
    return render(request, "workshop/report_form.html", {"form": form, "fiche": page, "member": member})


def report_thanks(request, page_id):
    page = public_fiche_or_404(page_id)
    return render(request, "workshop/report_thanks.html", {"fiche": page})


@login_required
def my_reports(request):
    reports = request.user.error_reports.select_related("page").order_by("-created_at")
    return render(request, "workshop/my_reports.html", {"reports": reports})


def member_required(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not is_network_member(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@member_required
def unmet_need_create(request):
    """Record a need that found no answer. Nothing identifies the receptionist or the person."""
    if request.method == "POST":
        form = UnmetNeedForm(request.POST)
        if is_rate_limited(
            request, "unmet-need", settings.WORKSHOP_UNMET_NEED_RATE_LIMIT, settings.WORKSHOP_RATE_WINDOW
        ):
            return rate_limited_response(request)
        if form.is_valid():
            need = form.save(commit=False)
            need.recorded_on = timezone.localdate().replace(day=1)
            need.save()
            form.save_m2m()
            remember_recorded_need(request, need)
            messages.success(request, _("Merci : le besoin est enregistré, de façon anonyme."))
            return redirect("workshop:unmet_need_create")
    else:
        initial = {}
        if request.GET.get("q"):
            initial["description"] = request.GET["q"][:200]
        commune = Commune.objects.resolve_params(request.GET).commune
        if commune is not None:
            initial["commune"] = commune.code
        form = UnmetNeedForm(initial=initial)
    return render(request, "workshop/unmet_need_form.html", {"form": form})


@require_POST
@member_required
def follow_toggle(request, page_id):
    page = public_fiche_or_404(page_id)
    follow, created = FicheFollow.objects.get_or_create(user=request.user, page=page)
    if created:
        messages.success(request, _("Vous suivez cette fiche : vous serez prévenu de ses modifications."))
    else:
        follow.delete()
        messages.success(request, _("Vous ne suivez plus cette fiche."))
    return redirect(page.url or reverse("workshop:followed"))


@member_required
def followed(request):
    follows = request.user.followed_fiches.select_related("page").order_by("page__title")
    return render(request, "workshop/followed.html", {"follows": follows})
