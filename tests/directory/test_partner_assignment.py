"""Each fiche's owning partner follows its place in the page tree, on create and on move."""

import pytest

from infopublic.directory.models import GuidePage, SchemePage, StructurePage
from tests.factories import GuidePageFactory, PartnerPageFactory, SchemePageFactory, StructurePageFactory


@pytest.fixture
def partners(home_page):
    return PartnerPageFactory(parent=home_page, title="CCAS A"), PartnerPageFactory(
        parent=home_page, title="CCAS B"
    )


@pytest.mark.parametrize(
    ("factory", "model"),
    [(StructurePageFactory, StructurePage), (SchemePageFactory, SchemePage), (GuidePageFactory, GuidePage)],
)
def test_partner_is_set_on_create(partners, factory, model):
    first, _second = partners
    page = factory(parent=first)
    assert model.objects.get(pk=page.pk).partner_id == first.pk


def test_partner_is_set_when_created_through_a_published_revision(partners):
    first, _second = partners
    page = StructurePage(title="Publiée", slug="publiee", live=False)
    first.add_child(instance=page)
    page.save_revision().publish()
    assert StructurePage.objects.get(pk=page.pk).partner_id == first.pk


def test_partner_follows_a_move(partners):
    first, second = partners
    page = StructurePageFactory(parent=first)
    page.move(second, pos="last-child")
    assert StructurePage.objects.get(pk=page.pk).partner_id == second.pk
    # and survives a later save or publish
    moved = StructurePage.objects.get(pk=page.pk)
    moved.save_revision().publish()
    assert StructurePage.objects.get(pk=page.pk).partner_id == second.pk


def test_partner_is_set_on_a_copy(partners):
    first, second = partners
    scheme = SchemePageFactory(parent=first)
    copy = scheme.copy(to=second, update_attrs={"slug": "copie", "title": "Copie"})
    assert SchemePage.objects.get(pk=copy.pk).partner_id == second.pk
    assert SchemePage.objects.get(pk=scheme.pk).partner_id == first.pk
