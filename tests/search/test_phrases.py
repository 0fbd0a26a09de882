"""A glossary phrase is matched by its words other than stop words, at their distances in it: a stop
word is in nearly every document, so matching it would walk nearly the whole index."""

import pytest

from search.database.dialects import PostgresDialect, SqliteDialect, phrase_terms
from search.engine import database_engine
from search.query import SearchQuery
from search.text import normalise

from ..factories import GlossaryTermFactory
from .test_index_writes import document

pytestmark = pytest.mark.django_db


def test_phrase_terms_leave_out_stop_words_and_keep_positions():
    phrase = normalise("fonds de solidarité pour le logement")
    assert phrase_terms(phrase) == [(0, "fond"), (2, "solidarit"), (5, "logement")]
    # Fewer than two other words: the phrase is matched whole.
    assert phrase_terms(normalise("la poste")) == [(0, "la"), (1, "post")]


def test_each_dialect_matches_the_words_within_their_span():
    phrase = normalise("fonds de solidarité pour le logement")
    assert SqliteDialect()._phrase(phrase) == 'NEAR("fond" "solidarit" "logement", 4)'
    assert PostgresDialect()._phrase(phrase) == "('fond' <2> 'solidarit' <3> 'logement')"
    assert SqliteDialect()._phrase(normalise("aide sociale")) == '"aide social"'
    assert PostgresDialect()._phrase(normalise("la poste")) == "('la' <-> 'post')"


def fiche(page_id, title, summary):
    return {**document(page_id, title=title), "summary": summary}


def test_an_acronym_finds_its_expansion_and_not_its_words_scattered():
    GlossaryTermFactory(acronym="ZQFSL", expansion="fonds de solidarité pour le logement")
    scattered = (
        "Un fonds départemental : cette aide couvre les frais des familles et, au titre de la solidarité "
        "entre les habitants du territoire, une partie des dépenses liées au logement."
    )
    fiches = [
        fiche(980001, "Aides diverses", scattered),
        fiche(980002, "Fonds de solidarité pour le logement", "Aide au loyer."),
    ]
    engine = database_engine()
    engine.replace([980001, 980002], fiches)
    assert [hit.page_id for hit in engine.search(SearchQuery(text="zqfsl")).hits] == [980002]
