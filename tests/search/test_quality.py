"""`manage.py search_quality` on a small corpus: every engine, Wagtail's default search beside them."""

import json
from io import StringIO

from django.core.management import call_command

import pytest

from search.evaluation.quality import Judge, load_questions
from search.evaluation.questions import Question

from .conftest import configure_elasticsearch

pytestmark = pytest.mark.django_db

SMALL = [
    {"text": "rsa", "answers": ["title:Revenu de solidarité active"], "category": "difficultes-financieres"},
    {
        "text": "elle ne peut plus payer son loyer",
        "answers": ["title:Fonds de solidarité pour le logement"],
        "commune": "Matour",
        "category": "logement-hebergement",
    },
    {"text": "creche insertion", "answers": ["title:Crèche AVIP Les Petits Pas"], "category": "famille"},
    # No right answer in this corpus: counted apart.
    {
        "text": "restos du coeur",
        "answers": ["network:restos-du-coeur"],
        "category": "equipement-et-alimentation",
    },
]


def rows(output):
    """{engine: [cells]} of the command's table."""
    found = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if line.startswith("| ") and cells[0] in ("database", "elasticsearch", "wagtail"):
            found[cells[0]] = cells[1:]
    return found


@pytest.fixture
def questions_file(tmp_path):
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(SMALL), encoding="utf-8")
    return path


def run(*args):
    out = StringIO()
    call_command("search_quality", *args, stdout=out)
    return out.getvalue()


def test_database_and_wagtail(corpus, questions_file, settings):
    settings.ELASTICSEARCH_URL = ""
    output = run("--questions", str(questions_file), "--misses")
    table = rows(output)
    assert "elasticsearch : non configuré" in output
    # questions, success@1, success@3, answerable, success@1 and @3 of the answerable ones
    assert table["database"] == ["4", "75.0 %", "75.0 %", "3", "100.0 %", "100.0 %"]
    assert set(table) == {"database", "wagtail"}
    assert "« restos du coeur » (sans réponse dans la base)" in output


@pytest.mark.elasticsearch
def test_elasticsearch_on_the_same_questions(elastic_corpus, questions_file, settings, request):
    url, plain_json = request.getfixturevalue("elasticsearch_url")
    configure_elasticsearch(settings, url, plain_json, "test-contract")
    table = rows(run("--questions", str(questions_file), "--engines", "elasticsearch,database"))
    assert table["elasticsearch"] == table["database"] == ["4", "75.0 %", "75.0 %", "3", "100.0 %", "100.0 %"]


def test_the_question_set_covers_every_category():
    from data_inclusion.schema import v1

    questions = load_questions()
    assert len(questions) >= 150
    assert {q.category for q in questions} == {category.value for category in v1.Categorie}
    assert all(q.answers for q in questions)
    assert len({(q.text, q.commune) for q in questions}) == len(questions)


def test_answers_are_judged_from_the_content(corpus):
    judge = Judge()
    pages = corpus["pages"]
    question = Question(text="x", answers=("title:CCAS de Matour",))
    assert judge.rank(question, [pages["rsa"].pk, pages["ccas"].pk], "") == 2
    assert judge.answerable(question, "")
    assert not judge.answerable(Question(text="x", answers=("network:caf",)), "")
