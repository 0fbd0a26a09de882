"""Import data·inclusion structures (CSV or JSON) for one partner: dry run by default, --apply to write."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from infopublic.network.models import PartnerPage
from infopublic.opendata.importing import import_structures
from infopublic.opendata.partners import find_partner


class Command(BaseCommand):
    help = gettext_lazy(
        "Importe des structures au format data·inclusion (CSV ou JSON) pour un partenaire. "
        "Simulation par défaut ; --apply écrit tout ou rien."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("Fichier .csv ou .json au format data·inclusion (structures)."))
        parser.add_argument("--partner", required=True, help=_("Identifiant ou slug de la page partenaire."))
        parser.add_argument(
            "--apply", action="store_true", help=_("Écrire en base (sinon, simple rapport de validation).")
        )

    def handle(self, *args, file, partner, apply, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("Fichier introuvable : %(path)s") % {"path": path})
        try:
            partner_page = find_partner(partner)
        except PartnerPage.DoesNotExist as error:
            raise CommandError(
                _("Partenaire introuvable : « %(partner)s »") % {"partner": partner}
            ) from error
        except PartnerPage.MultipleObjectsReturned as error:
            raise CommandError(
                _("Plusieurs partenaires ont le slug « %(partner)s » : donnez son identifiant.")
                % {"partner": partner}
            ) from error

        report, pages = import_structures(path.name, path.read_bytes(), partner_page, apply=apply)
        self.stdout.write(
            _("Partenaire : %(title)s (id %(id)s)") % {"title": partner_page.title, "id": partner_page.pk}
        )
        for line in report.lines():
            self.stdout.write(line)
        self.stdout.write(report.summary())
        if not report.is_valid:
            raise CommandError(_("Import refusé : rien n’a été écrit."))
        if apply:
            self.stdout.write(
                self.style.SUCCESS(
                    ngettext(
                        "%(count)s structure importée et publiée.",
                        "%(count)s structures importées et publiées.",
                        len(pages),
                    )
                    % {"count": len(pages)}
                )
            )
        else:
            self.stdout.write(_("Simulation : rien n’a été écrit. Relancez avec --apply pour importer."))
