"""Admin upload of a data·inclusion structures file: the validation report first, then "Importer"."""

import base64
import secrets

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from infopublic.network.models import PartnerPage

from .forms import ImportStructuresForm
from .importing import apply_report, build_report
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


import_structures_view = ImportStructuresView.as_view()
