"""`python -m tests.production.queries NAME…`: the answers of the database search engine to a fixed query set
in each named database of the server of DATABASE_URL, as JSON (a database and its restored copy)."""

import json
import sys

import django

django.setup()

from django.db import connection  # noqa: E402

from search.engine import database_engine  # noqa: E402
from search.query import SearchQuery  # noqa: E402

QUERIES = ["chauffage", "alimentaire", "permis de conduire", "zqprod", "ZQAP", "solidarités mâcon", "prêt"]


def answers():
    engine = database_engine()
    found = {}
    for text in QUERIES:
        result = engine.search(SearchQuery(text=text))
        found[text] = {"total": result.total, "titles": [hit.title for hit in result.hits]}
    return found


def main():
    by_database = {}
    for name in sys.argv[1:]:
        connection.close()
        connection.settings_dict["NAME"] = name
        by_database[name] = answers()
    print(json.dumps(by_database, ensure_ascii=False))


if __name__ == "__main__":
    main()
