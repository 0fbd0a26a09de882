from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from infopublic.workshop.reminders import send_review_reminders


class Command(BaseCommand):
    help = "Email each partner's editors the list of their overdue fiches (run daily by cron)."

    def handle(self, *args, **options):
        results = send_review_reminders()
        for partner, fiches, count in results:
            overdue = ngettext("%(count)s fiche en retard", "%(count)s fiches en retard", len(fiches))
            emails = ngettext("%(count)s courriel", "%(count)s courriels", count)
            self.stdout.write(
                f"{partner.title} : {overdue % {'count': len(fiches)}}, {emails % {'count': count}}"
            )
        total = sum(count for *_rest, count in results)
        sent = ngettext("%(count)s courriel envoyé", "%(count)s courriels envoyés", total)
        self.stdout.write(self.style.SUCCESS(sent % {"count": total}))
