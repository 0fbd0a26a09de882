"""`manage.py load_demo`: the demo network of Saône-et-Loire (idempotent)."""

import re
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from home.models import HomePage
from infopublic.demo.loader import load_demo
from infopublic.demo.users import DEMO_PASSWORD, DEMO_USERS
from infopublic.directory.models import GuidePage, SchemePage, StructurePage
from infopublic.network.models import PartnerPage
from infopublic.taxonomy.models import GlossaryTerm
from infopublic.territories.models import Commune, SocialActionTerritory

INSEE_CODE = re.compile(r"\d{5}|2[AB]\d{3}")


def town_halls_option(value):
    value = value.strip()
    if value in ("all", "none"):
        return value
    codes = [code.strip() for code in value.split(",") if code.strip()]
    if not codes or not all(INSEE_CODE.fullmatch(code) for code in codes):
        raise ValueError(value)
    return codes


class Command(BaseCommand):
    help = _(
        "Charge le réseau de démonstration de Saône-et-Loire : territoires, vocabulaires, partenaires, "
        "structures, dispositifs, guides, glossaire, mairies et comptes de démonstration. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--town-halls",
            default="all",
            type=town_halls_option,
            help=_("all (défaut), none, ou des codes INSEE séparés par des virgules (ex. 71137,71289)"),
        )
        parser.add_argument(
            "--with-users",
            action="store_true",
            help=_("crée les comptes de démonstration même quand DEBUG est désactivé"),
        )

    def handle(self, *args, town_halls, with_users, **options):
        create_users = settings.DEBUG or with_users
        started = time.perf_counter()
        try:
            created, users = load_demo(town_halls=town_halls, with_users=create_users)
        except ValueError as error:
            raise CommandError(str(error)) from error
        elapsed = time.perf_counter() - started
        if not create_users:
            self.stderr.write(
                self.style.WARNING(
                    _(
                        "DEBUG est désactivé : comptes de démonstration non créés "
                        "(ajoutez --with-users pour les créer quand même)."
                    )
                )
            )
        self._summary(created, users, elapsed)

    def _summary(self, created, users, elapsed):
        counts = [
            (_("communes"), Commune.objects.count()),
            (_("territoires d’action sociale"), SocialActionTerritory.objects.count()),
            (_("termes du glossaire"), GlossaryTerm.objects.count()),
            (_("pages d’accueil"), HomePage.objects.count()),
            (_("partenaires"), PartnerPage.objects.count()),
            (_("structures (dont mairies)"), StructurePage.objects.count()),
            (_("dispositifs"), SchemePage.objects.count()),
            (_("guides"), GuidePage.objects.count()),
        ]
        for label, count in counts:
            self.stdout.write(f"  {label} : {count}")
        labels = {
            "glossary_terms": _("termes du glossaire"),
            "partners": _("partenaires"),
            "structures": _("structures"),
            "schemes": _("dispositifs"),
            "guides": _("guides"),
            "town_halls": _("mairies"),
        }
        new = ", ".join(f"{labels[name]} {count}" for name, count in created.items() if count) or _("rien")
        self.stdout.write(_("Créé lors de cette exécution : %(new)s") % {"new": new})
        if users:
            accounts = get_user_model().objects.filter(username__in=DEMO_USERS).order_by("username")
            self.stdout.write(
                _("Comptes de démonstration (mot de passe « %(password)s ») : %(names)s")
                % {"password": DEMO_PASSWORD, "names": ", ".join(user.username for user in accounts)}
            )
        self.stdout.write(
            self.style.SUCCESS(
                _("Données de démonstration prêtes en %(seconds).1f s.") % {"seconds": elapsed}
            )
        )
