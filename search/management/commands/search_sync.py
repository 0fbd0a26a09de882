from django.core.management.base import BaseCommand, CommandError

from search.engine import elasticsearch_enabled
from search.indexing import flush_queue


class Command(BaseCommand):
    help = "Replay the changes queued while Elasticsearch was unreachable."

    def handle(self, *args, **options):
        if not elasticsearch_enabled():
            self.stdout.write("ELASTICSEARCH_URL is not set: the database index is always up to date.")
            return
        pushed, left = flush_queue()
        self.stdout.write(f"{pushed} page(s) sent to Elasticsearch, {left} change(s) still queued.")
        if left:
            raise CommandError("Elasticsearch is still unreachable; the queue is kept.")
