"""`python -m tests.production.queries`: the answers of the database search engine to a fixed query set, as
JSON (run against a database and its restored copy)."""

import json

import django

django.setup()

from search.engine import database_engine  # noqa: E402
from search.query import SearchQuery  # noqa: E402

QUERIES = ["chauffage", "alimentaire", "permis de conduire", "zqprod", "ZQAP", "solidarités mâcon", "prêt"]


def main():
    engine = database_engine()
    answers = {}
    for text in QUERIES:
        result = engine.search(SearchQuery(text=text))
        answers[text] = {"total": result.total, "titles": [hit.title for hit in result.hits]}
    print(json.dumps(answers, ensure_ascii=False))


if __name__ == "__main__":
    main()
