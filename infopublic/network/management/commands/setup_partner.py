"""`manage.py setup_partner`: give a partner its editors' group, page permissions and collection."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from infopublic.network.models import PartnerPage
from infopublic.network.services import setup_partner


class Command(BaseCommand):
    help = _(
        "Crée ou complète l’espace d’un partenaire (groupe d’éditeurs, droits sur ses pages, collection) "
        "et y ajoute des éditeurs. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("partner", nargs="?", help=_("identifiant (slug) de la page partenaire"))
        parser.add_argument(
            "--editor", action="append", default=[], help=_("nom d’utilisateur à ajouter (répétable)")
        )
        parser.add_argument("--all", dest="all_partners", action="store_true", help=_("tous les partenaires"))

    def handle(self, *args, partner, editor, all_partners, **options):
        if all_partners == bool(partner):
            raise CommandError(_("Indiquez un partenaire ou --all."))
        if all_partners and editor:
            raise CommandError(_("--editor ne s’utilise qu’avec un seul partenaire."))
        partners = (
            list(PartnerPage.objects.all())
            if all_partners
            else list(PartnerPage.objects.filter(slug=partner))
        )
        if not partners:
            raise CommandError(_("Partenaire introuvable : %(slug)s") % {"slug": partner})
        users = list(get_user_model().objects.filter(username__in=editor))
        missing = set(editor) - {user.username for user in users}
        if missing:
            raise CommandError(
                _("Utilisateurs introuvables : %(names)s") % {"names": ", ".join(sorted(missing))}
            )
        for page in partners:
            group = setup_partner(page, editors=users)
            self.stdout.write(
                _("%(partner)s : groupe « %(group)s » prêt.") % {"partner": page.title, "group": group}
            )
