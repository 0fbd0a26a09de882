from django.core.management.base import BaseCommand

from infopublic.workshop.reminders import send_review_reminders


class Command(BaseCommand):
    help = "Email each partner's editors the list of their overdue fiches (run daily by cron)."

    def handle(self, *args, **options):
        results = send_review_reminders()
        for partner, fiches, count in results:
            self.stdout.write(f"{partner.title}: {len(fiches)} fiche(s) en retard, {count} courriel(s)")
        self.stdout.write(
            self.style.SUCCESS(f"{sum(count for *_rest, count in results)} courriel(s) envoyé(s)")
        )
