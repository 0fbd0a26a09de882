"""Views of the Wagtail admin: confirm a fiche is up to date, answer reports, unmet needs, onboarding."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page

from infopublic.directory.models import DirectoryPage
from infopublic.network.access import is_coordinator
from infopublic.network.models import PartnerPage

from .forms import OnboardingForm, ReportReplyForm
from .freshness import fiches_to_review, freshness_by_partner, mark_verified
from .models import ErrorReport
from .moderation import (
    drop_coordination_approval,
    moderated_partner_ids,
    require_coordination_approval,
    requires_coordination_approval,
)
from .needs import NEEDS_CSV_COLUMNS, needs_csv_rows, needs_statistics
from .onboarding import OnboardingError, onboard_partner
from .reports import notify_reporter


def _next_url(request, default):
    candidate = request.POST.get("next") or request.GET.get("next")
    if candidate and url_has_allowed_host_and_scheme(candidate, {request.get_host()}, request.is_secure()):
        return candidate
    return default


@require_POST
def verify(request, page_id):
    """ "Information à jour": today becomes the fiche's verification date, no new revision."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, DirectoryPage) or not page.can_be_verified_by(request.user):
        raise PermissionDenied
    mark_verified(page, request.user)
    messages.success(request, _("« %(title)s » est marquée à jour.") % {"title": page.title})
    return redirect(_next_url(request, "workshop_admin:to_review"))


def to_review(request):
    """ "Mes fiches à vérifier": the user's partners' fiches due within a month, soonest first."""
    today = timezone.localdate()
    fiches = [
        fiche
        for fiche in fiches_to_review(PartnerPage.objects.managed_by(request.user), today, within_days=31)
        if fiche.can_be_verified_by(request.user)
    ]
    return TemplateResponse(request, "workshop/admin/to_review.html", {"fiches": fiches, "today": today})


def report_list(request):
    reports = ErrorReport.objects.visible_to(request.user).select_related("page", "partner")
    status = request.GET.get("status")
    if status == "open":
        reports = reports.open()
    elif status:
        reports = reports.filter(status=status)
    return TemplateResponse(
        request,
        "workshop/admin/report_list.html",
        {"reports": reports, "status": status, "statuses": reports.model.Status.choices},
    )


def report_edit(request, report_id):
    report = get_object_or_404(ErrorReport.objects.visible_to(request.user), pk=report_id)
    form = ReportReplyForm(request.POST or None, instance=report)
    if request.method == "POST" and form.is_valid():
        changed = form.has_changed()
        report = form.save(commit=False)
        report.replied_by = request.user
        report.save()
        if changed:
            transaction.on_commit(lambda: notify_reporter(report))
        messages.success(request, _("Signalement mis à jour."))
        return redirect("workshop_admin:reports")
    return TemplateResponse(
        request, "workshop/admin/report_edit.html", {"report": report, "form": form, "fiche": report.page}
    )


def coordinator_required(view):
    def wrapped(request, *args, **kwargs):
        if not is_coordinator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    return wrapped


@coordinator_required
def needs_report(request):
    return TemplateResponse(request, "workshop/admin/needs.html", needs_statistics(request.GET))


@coordinator_required
def needs_export(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="besoins-non-couverts.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(NEEDS_CSV_COLUMNS)
    writer.writerows(needs_csv_rows())
    return response


@coordinator_required
def freshness(request):
    rows = freshness_by_partner()
    moderated = set(moderated_partner_ids())
    for row in rows:
        row.moderated = row.partner.pk in moderated
    return TemplateResponse(request, "workshop/admin/freshness.html", {"rows": rows, "moderation": True})


@require_POST
@coordinator_required
def toggle_moderation(request, partner_id):
    """Require (or stop requiring) the coordination's approval before a partner's fiches are published."""
    partner = get_object_or_404(PartnerPage, pk=partner_id)
    if requires_coordination_approval(partner):
        drop_coordination_approval(partner)
        messages.success(
            request, _("%(partner)s publie de nouveau directement.") % {"partner": partner.title}
        )
    else:
        require_coordination_approval(partner)
        messages.success(
            request,
            _("Les fiches de %(partner)s seront publiées après validation par la coordination.")
            % {"partner": partner.title},
        )
    return redirect("workshop_admin:freshness")


@coordinator_required
def onboard(request):
    form = OnboardingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            partner, user = onboard_partner(
                form.cleaned_data["name"],
                form.cleaned_data["kind"],
                form.cleaned_data["editor_email"],
                moderation=form.cleaned_data["moderation"],
            )
        except OnboardingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Partenaire « %(partner)s » créé ; invitation envoyée à %(email)s.")
                % {"partner": partner.title, "email": user.email},
            )
            return redirect("wagtailadmin_explore", partner.pk)
    return TemplateResponse(request, "workshop/admin/onboard.html", {"form": form})
