from django.core.management.base import BaseCommand, CommandError

from search.engine import elasticsearch_enabled
from search.indexing import recover_elasticsearch
from search.models import PendingChange


class Command(BaseCommand):
    help = (
        "Replay the changes queued while Elasticsearch was unreachable; rebuild its index when the cluster "
        "came back without it. Run it every few minutes (systemd timer or cron)."
    )

    def handle(self, *args, **options):
        if not elasticsearch_enabled():
            self.stdout.write("ELASTICSEARCH_URL is not set: the database index is always up to date.")
            return
        state = recover_elasticsearch()
        left = PendingChange.objects.count()
        if state == "rebuilt":
            self.stdout.write("The Elasticsearch index was missing or incomplete: rebuilt from the database.")
        self.stdout.write(f"{left} change(s) still queued.")
        if state == "down" or left:
            raise CommandError("Elasticsearch is still unreachable; the queue is kept.")
