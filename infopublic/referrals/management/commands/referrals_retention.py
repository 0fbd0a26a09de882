from django.core.management.base import BaseCommand

from infopublic.referrals import retention


class Command(BaseCommand):
    help = (
        "Fiches de liaison : expire celles restées sans réponse (REFERRALS_EXPIRY_DAYS) et anonymise les "
        "anciennes (REFERRALS_ANONYMISE_AFTER_DAYS). À lancer chaque nuit."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Confier le travail à la file de tâches au lieu de le faire ici.",
        )

    def handle(self, *args, **options):
        if options["queue"]:
            from infopublic.referrals.tasks import apply_retention

            apply_retention.enqueue()
            self.stdout.write("Tâche de rétention mise en file.")
            return
        result = retention.apply()
        self.stdout.write(f"{result['expired']} fiche(s) expirée(s), {result['anonymised']} anonymisée(s).")
