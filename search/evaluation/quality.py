"""success@1 and success@3 of the receptionist questions (questions.py), per engine, on the current database.

Nothing is built or indexed here: each engine answers from the index it has, Wagtail's default search from
its own. An answer is checked against the database content: a fiche's slug or title, or a structure's
network type (réseau porteur) and whether it serves the person's commune."""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.http import QueryDict

from wagtail.models import Page

from infopublic.directory.models import GuidePage, SchemePage, StructurePage

from ..documents import Coverage, served_codes
from ..query import QueryError, parse_query
from .questions import Question, all_questions

__all__ = ["Judge", "Score", "evaluate", "load_questions"]

DEPTH = 3
FICHE_MODELS = (StructurePage, SchemePage, GuidePage)


def load_questions(path=None):
    """The questions of questions.py, or of a JSON file: a list of {"text", "answers", "commune",
    "lives", "category"}."""
    if not path:
        return all_questions()
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        Question(
            text=row["text"],
            answers=tuple(row["answers"]),
            commune=row.get("commune", ""),
            lives=row.get("lives", ""),
            category=row.get("category", ""),
        )
        for row in rows
    ]


class Judge:
    """What the database says of the pages an engine returns."""

    def __init__(self):
        self.coverage = Coverage.load()
        self.slugs, self.titles, self.networks, self.serves = {}, {}, {}, {}
        for model in FICHE_MODELS:
            for page in model.objects.live().public():
                self.slugs.setdefault(page.slug, set()).add(page.pk)
                self.titles.setdefault(page.title, set()).add(page.pk)
        structures = (
            StructurePage.objects.live()
            .public()
            .prefetch_related(
                "network_types",
                "served_communes",
                "served_epcis",
                "served_territories",
                "served_departements",
            )
        )
        for page in structures:
            self.networks[page.pk] = {t.value for t in page.network_types.all()}
            self.serves[page.pk] = served_codes(page, self.coverage)

    def commune_of(self, question, query):
        if question.lives:
            return question.lives
        return query.commune.code if query is not None and query.commune is not None else ""

    def is_answer(self, page_id, answer, commune):
        if answer.startswith("network:"):
            network = answer.removeprefix("network:")
            if network not in self.networks.get(page_id, ()):
                return False
            return not commune or self.serves.get(page_id) is None or commune in self.serves[page_id]
        if answer.startswith("title:"):
            return page_id in self.titles.get(answer.removeprefix("title:"), ())
        return page_id in self.slugs.get(answer, ())

    def answerable(self, question, commune):
        """Whether the database holds at least one right answer."""
        for answer in question.answers:
            if answer.startswith("network:"):
                network = answer.removeprefix("network:")
                if any(
                    network in types and (not commune or commune in self.serves[pk])
                    for pk, types in self.networks.items()
                ):
                    return True
            elif answer.startswith("title:"):
                if answer.removeprefix("title:") in self.titles:
                    return True
            elif answer in self.slugs:
                return True
        return False

    def rank(self, question, page_ids, commune):
        """1-based rank of the first right answer among `page_ids`, or None."""
        for position, page_id in enumerate(page_ids, 1):
            if any(self.is_answer(page_id, answer, commune) for answer in question.answers):
                return position
        return None


@dataclass
class Score:
    engine: str
    asked: int = 0
    answerable: int = 0
    at1: int = 0
    at3: int = 0
    answerable_at1: int = 0
    answerable_at3: int = 0
    misses: list = field(default_factory=list)  # (question, commune, rank or None, first titles)
    error: str = ""

    def percent(self, count, total):
        return f"{100 * count / total:.1f} %" if total else "—"


def parse(question):
    """The query as the search form sends it. When the typed commune designates several (« 71250 »), the
    form lists them and the receptionist picks the person's: `lives`, when it is among them."""
    params = QueryDict(mutable=True)
    params["q"] = question.text
    if question.commune:
        params["commune"] = question.commune
    try:
        return parse_query(params), ""
    except QueryError as error:
        listed = [c.code for c in error.commune.candidates] if error.only_commune_to_choose else []
        if question.lives not in listed:
            return None, "; ".join(error.errors.values())
    params["commune"] = question.lives
    return parse_query(params), ""


def engine_answers(engine):
    def answer(question, query):
        result = engine.search(query)
        return [hit.page_id for hit in result.hits], [hit.title for hit in result.hits]

    return answer


def wagtail_answers(question, query):
    """Wagtail's default search on the same pages (live, public fiches); it knows nothing of communes."""
    pages = list(Page.objects.live().public().type(*FICHE_MODELS).search(question.text)[:DEPTH])
    return [page.pk for page in pages], [page.title for page in pages]


def evaluate(name, answer, questions, judge):
    score = Score(engine=name)
    for question in questions:
        query, error = parse(question)
        commune = judge.commune_of(question, query)
        answerable = judge.answerable(question, commune)
        score.asked += 1
        score.answerable += answerable
        if query is None:
            score.misses.append((question, commune, None, [f"400 : {error}"], answerable))
            continue
        page_ids, titles = answer(question, query)
        rank = judge.rank(question, page_ids[:DEPTH], commune)
        if rank == 1:
            score.at1 += 1
            score.answerable_at1 += answerable
        if rank is not None and rank <= DEPTH:
            score.at3 += 1
            score.answerable_at3 += answerable
        else:
            score.misses.append((question, commune, rank, titles[:DEPTH], answerable))
    return score
