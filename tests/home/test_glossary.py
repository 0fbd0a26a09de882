from django.template import Context, Template

import pytest

from infopublic.directory.templatetags.glossary import mark_acronyms

from ..factories import GlossaryTermFactory

TERMS = {"RSA": "Revenu de solidarité active", "CCAS": "Centre communal d’action sociale"}


def test_first_occurrence_of_each_acronym_is_marked():
    html = mark_acronyms("<p>Le RSA et le CCAS. Encore le RSA.</p>", TERMS)
    assert html == (
        '<p>Le <abbr title="Revenu de solidarité active">RSA</abbr> et le '
        '<abbr title="Centre communal d’action sociale">CCAS</abbr>. Encore le RSA.</p>'
    )


def test_words_attributes_links_and_existing_abbr_are_left_alone():
    html = '<a href="/RSA/" title="RSA">RSA</a> <abbr title="x">CCAS</abbr> RSAX PRSA <code>RSA</code>'
    assert mark_acronyms(html, TERMS) == html


def test_hostile_expansion_is_escaped():
    html = mark_acronyms("le XSS", {"XSS": '"><script>alert(1)</script>'})
    assert "<script>" not in html
    assert 'title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html


@pytest.mark.django_db
def test_filter_escapes_plain_text_and_follows_glossary_changes():
    template = Template("{% load directory_tags %}{{ text|glossarize }}")
    GlossaryTermFactory(acronym="CAF", expansion="Caisse d’allocations familiales")
    rendered = template.render(Context({"text": "<b>La CAF</b>"}))
    assert rendered == '&lt;b&gt;La <abbr title="Caisse d’allocations familiales">CAF</abbr>&lt;/b&gt;'
    GlossaryTermFactory(acronym="MSA", expansion="Mutualité sociale agricole")
    rendered = template.render(Context({"text": "MSA"}))
    assert rendered == '<abbr title="Mutualité sociale agricole">MSA</abbr>'
