from django.core.management import call_command
from django.core.management.base import BaseCommand

from tqdm import tqdm

from search.elastic.wagtail_backend import uses_elasticsearch
from search.engine import database_engine, elasticsearch_enabled, get_engine
from search.indexing import rebuild_all


class Command(BaseCommand):
    help = (
        "Rebuild the search indexes from the live public fiches: the database engine's tables, and "
        "Elasticsearch (new index, bulk requests, atomic alias swap) when ELASTICSEARCH_URL is set, and then "
        "Wagtail's own index (admin search, pages API) when it is kept in Elasticsearch."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, **options):
        engines = [database_engine()]
        if elasticsearch_enabled():
            engines.append(get_engine())
        for engine in engines:
            with tqdm(
                desc=engine.name, unit=" docs", disable=options["no_progress"], file=self.stderr
            ) as bar:
                count, seconds = rebuild_all(engine, progress=bar.update)
            rate = count / seconds if seconds else count
            self.stdout.write(
                f"{engine.name}: {count} documents indexed in {seconds:.2f} s ({rate:.0f} docs/s)."
            )
        if uses_elasticsearch():
            # Wagtail's own index lives in Elasticsearch too (the database backend needs no rebuild).
            call_command("update_index", verbosity=0)
            self.stdout.write("wagtail: Wagtail's own Elasticsearch index rebuilt.")
