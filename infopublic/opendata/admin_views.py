"""Admin upload of a data·inclusion structures file: the validation report first, then "Importer"; a large
file is written by the task worker, its progress on its own page."""

import base64
import secrets

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from infopublic.network.models import PartnerPage

from .forms import ImportStructuresForm
from .importing import apply_report, build_report
from .jobs import progress_of, start_job
from .models import ImportJob
from .partners import importable_partners

SESSION_KEY = "opendata_import"


class ImportStructuresView(WagtailAdminTemplateMixin, View):
    page_title = gettext_lazy("Importer des structures")
    header_icon = "upload"
    template_name = "opendata/import_structures.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not importable_partners(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["jobs"] = ImportJob.objects.filter(user=self.request.user).select_related("partner")[:5]
        return context

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ImportStructuresForm(user=request.user)))

    def post(self, request):
        if "token" in request.POST:
            return self.confirm(request)
        form = ImportStructuresForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        partner, upload = form.cleaned_data["partner"], form.cleaned_data["file"]
        content = upload.read()
        report = build_report(upload.name, content, partner)
        token = secrets.token_urlsafe(16)
        request.session[SESSION_KEY] = {
            "token": token,
            "partner": partner.pk,
            "filename": upload.name,
            "content": base64.b64encode(content).decode("ascii"),
        }
        will_publish = partner.permissions_for_user(request.user).can_publish_subpage()
        return self.render_to_response(
            self.get_context_data(
                form=form, report=report, token=token, filename=upload.name, will_publish=will_publish
            )
        )

    def confirm(self, request):
        pending = request.session.get(SESSION_KEY)
        if not pending or not secrets.compare_digest(pending["token"], request.POST.get("token", "")):
            messages.error(request, _("Ce fichier n’est plus disponible : déposez-le à nouveau."))
            return redirect("opendata_import")
        partner = PartnerPage.objects.filter(pk=pending["partner"]).first()
        if partner is None or not partner.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        report = build_report(pending["filename"], base64.b64decode(pending["content"]), partner)
        if not report.is_valid:
            form = ImportStructuresForm(user=request.user, initial={"partner": partner})
            return self.render_to_response(
                self.get_context_data(form=form, report=report, filename=pending["filename"])
            )
        # Whoever may not publish under the partner (e.g. under the coordination's approval) submits drafts.
        publish = partner.permissions_for_user(request.user).can_publish_subpage()
        if len(report.rows) > settings.OPENDATA_IMPORT_INLINE_ROWS:
            content = base64.b64decode(pending["content"])
            job = start_job(partner, request.user, pending["filename"], content, publish, len(report.rows))
            del request.session[SESSION_KEY]
            return redirect("opendata_import_job", job.pk)
        pages = apply_report(report, user=request.user, publish=publish)
        del request.session[SESSION_KEY]
        if publish:
            message = ngettext(
                "%(count)s structure importée et publiée sous « %(partner)s ».",
                "%(count)s structures importées et publiées sous « %(partner)s ».",
                len(pages),
            )
        else:
            message = ngettext(
                "%(count)s structure importée en brouillon sous « %(partner)s », "
                "soumise à la validation prévue pour ce partenaire.",
                "%(count)s structures importées en brouillon sous « %(partner)s », "
                "soumises à la validation prévue pour ce partenaire.",
                len(pages),
            )
        messages.success(request, message % {"count": len(pages), "partner": partner.title})
        return redirect(reverse("wagtailadmin_explore", args=[partner.pk]))


class ImportJobView(WagtailAdminTemplateMixin, TemplateView):
    """The progress of a background import, refreshed every two seconds until it is finished."""

    page_title = gettext_lazy("Import de structures")
    header_icon = "upload"
    template_name = "opendata/import_job.html"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("opendata_import"), "label": _("Importer des structures")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        jobs = ImportJob.objects.select_related("partner")
        if not self.request.user.is_superuser:
            jobs = jobs.filter(user=self.request.user)
        job = get_object_or_404(jobs, pk=self.kwargs["pk"])
        return super().get_context_data(job=job, written=progress_of(job), **kwargs)


import_structures_view = ImportStructuresView.as_view()
import_job_view = ImportJobView.as_view()
