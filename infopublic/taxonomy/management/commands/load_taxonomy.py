from django.core.management.base import BaseCommand

from infopublic.taxonomy.vocabularies import load_vocabularies


class Command(BaseCommand):
    help = (
        "Charge les vocabulaires data·inclusion (thématiques, publics, types de service, réseaux porteurs)."
    )

    def handle(self, *args, **options):
        for name, count in load_vocabularies().items():
            self.stdout.write(f"{name} : {count}")
