from django.core.management.base import BaseCommand

from tqdm import tqdm

from search.engine import database_engine, elasticsearch_enabled, get_engine
from search.indexing import rebuild_all


class Command(BaseCommand):
    help = (
        "Rebuild the search indexes from the live public fiches: the database engine's tables, and "
        "Elasticsearch (new index, bulk requests, atomic alias swap) when ELASTICSEARCH_URL is set."
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
