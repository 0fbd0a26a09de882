from django.core.management.base import BaseCommand
from django.db import transaction

from infopublic.referrals.models import PERSONAL_FIELDS, Referral


class Command(BaseCommand):
    help = (
        "Fiches de liaison : réécrit les champs chiffrés avec la clé la plus récente (après l’ajout d’un sel "
        "en tête de FIELD_ENCRYPTION_SALT_KEYS ou un changement de SECRET_KEY)."
    )

    def handle(self, *args, **options):
        count = 0
        for pk in Referral.objects.filter(anonymised_at__isnull=True).values_list("pk", flat=True).iterator():
            with transaction.atomic():
                referral = Referral.objects.select_for_update().get(pk=pk)
                referral.save(update_fields=list(PERSONAL_FIELDS))
                count += 1
        self.stdout.write(f"{count} fiche(s) rechiffrée(s).")
