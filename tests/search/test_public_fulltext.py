"""SQLite: anonymous matches read search_document_public_fts, which holds the title, summary and body
of public documents only; network members match search_document_fts, which holds everything."""

from django.db import connection

import pytest

from search.engine import database_engine
from search.query import SearchQuery

from .test_index_writes import document

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="an FTS5 table of SQLite"),
]


def rows(table, text=None):
    with connection.cursor() as cursor:
        if text is None:
            cursor.execute(f"SELECT rowid, title, summary, body FROM {table} ORDER BY rowid")
        else:
            cursor.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH %s ORDER BY rowid", [text])
        return cursor.fetchall()


def index_two_documents():
    public = {**document(970001, title="Permanence zqpublic"), "network_text": "Code <b>zqmemo</b>"}
    private = document(970002, network_only=True, title="Ligne directe zqsecret")
    database_engine().replace([970001, 970002], [public, private])


def test_only_public_text_reaches_the_public_table():
    index_two_documents()
    assert [title for _id, title, _s, _b in rows("search_document_public_fts")] == ["permanenc zqpublic"]
    assert rows("search_document_public_fts", "zqmemo") == []
    assert rows("search_document_public_fts", "zqsecret") == []
    assert len(rows("search_document_fts", "zqmemo")) == len(rows("search_document_fts", "zqsecret")) == 1
    engine = database_engine()
    assert engine.search(SearchQuery(text="zqsecret")).total == 0
    assert engine.search(SearchQuery(text="zqmemo")).total == 0
    assert engine.search(SearchQuery(text="zqsecret"), network=True).total == 1
    assert engine.search(SearchQuery(text="zqmemo"), network=True).total == 1
    assert engine.suggest("ligne direc") == []
    assert engine.suggest("ligne direc", network=True) == ["Ligne directe zqsecret"]


def test_a_deleted_document_leaves_both_tables():
    index_two_documents()
    database_engine().replace([970001, 970002], [])
    assert rows("search_document_public_fts", "zqpublic") == []
    assert rows("search_document_fts", "zqpublic") == rows("search_document_fts", "zqsecret") == []


def test_a_flush_leaves_no_full_text_row_behind():
    """A flush (`manage.py flush`, the suite's transactional tests) empties search_document but not the
    FTS5 tables: the post_migrate handler that follows it drops their orphan rows, so that a later match
    never counts a document that is gone."""
    from django.core.management import call_command

    index_two_documents()
    call_command("flush", interactive=False, verbosity=0)
    for table in ("search_document_fts", "search_document_public_fts", "search_document_keys"):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")
            assert cursor.fetchone() == (0,), table
    assert database_engine().search(SearchQuery(text="zqpublic")).total == 0
