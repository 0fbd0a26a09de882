"""Partner permissions, proven through the Wagtail admin's HTTP endpoints (not only model methods)."""

from django.urls import reverse

from wagtail.models import Page

from infopublic.directory.models import StructurePage
from infopublic.network.models import PartnerPage
from infopublic.taxonomy.models import GlossaryTerm
from infopublic.territories.models import SocialActionTerritory

from .admin_forms import page_add_data, page_edit_data, snippet_edit_data
from .demo_tree import DemoTreeTestCase


def admin_url(name, *args):
    return reverse(f"wagtailadmin_pages:{name}", args=args)


def snapshot(page):
    """What a denied request must not change: the page's place, state, content and revisions."""
    page = Page.objects.get(pk=page.pk)
    return (
        page.path,
        page.live,
        page.title,
        page.has_unpublished_changes,
        page.revisions.count(),
        page.get_parent().pk,
    )


class AdminPermissionsTests(DemoTreeTestCase):
    """One demo tree for every admin check: the editor of the CCAS de Cluny, then the coordinator."""

    def assert_denied(self, response):
        assert response.status_code in (302, 403), response.status_code
        if response.status_code == 302:
            assert response["Location"] in (reverse("wagtailadmin_home"), "/admin/"), response["Location"]

    def test_editor_opens_saves_a_draft_and_publishes_its_own_page(self):
        self.client.force_login(self.editor)
        page = self.ccas_structure
        response = self.client.get(admin_url("edit", page.pk))
        assert response.status_code == 200

        data = page_edit_data(page, self.editor, title="CCAS de Cluny (brouillon)")
        response = self.client.post(admin_url("edit", page.pk), data)
        assert response.status_code == 302, response.context["form"].errors if response.context else ""
        page.refresh_from_db()
        assert page.title == "CCAS de Cluny"
        assert page.has_unpublished_changes
        assert page.get_latest_revision_as_object().title == "CCAS de Cluny (brouillon)"

        data = page_edit_data(page, self.editor, title="CCAS de Cluny – accueil", **{"action-publish": "1"})
        response = self.client.post(admin_url("edit", page.pk), data)
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.title == "CCAS de Cluny – accueil"
        assert page.live and not page.has_unpublished_changes

    def test_editor_cannot_open_or_post_the_edit_view_of_another_partner(self):
        self.client.force_login(self.editor)
        page = self.villages_structure
        before = snapshot(page)
        self.assert_denied(self.client.get(admin_url("edit", page.pk)))
        data = page_edit_data(page, self.coordination, title="Piraté", **{"action-publish": "1"})
        self.assert_denied(self.client.post(admin_url("edit", page.pk), data))
        data.pop("action-publish")
        self.assert_denied(self.client.post(admin_url("edit", page.pk), data))
        assert snapshot(page) == before

    def test_editor_cannot_unpublish_another_partners_page(self):
        self.client.force_login(self.editor)
        page = self.villages_structure
        before = snapshot(page)
        self.assert_denied(self.client.get(admin_url("unpublish", page.pk)))
        self.assert_denied(self.client.post(admin_url("unpublish", page.pk)))
        assert snapshot(page) == before

    def test_editor_cannot_move_another_partners_page_even_with_a_crafted_confirm(self):
        self.client.force_login(self.editor)
        page = self.villages_structure
        before = snapshot(page)
        self.assert_denied(self.client.get(admin_url("move", page.pk)))
        self.assert_denied(self.client.post(admin_url("move_confirm", page.pk, self.ccas_cluny.pk)))
        assert snapshot(page) == before
        assert StructurePage.objects.get(pk=page.pk).partner_id == self.villages.pk

    def test_editor_cannot_move_its_own_page_into_another_partner(self):
        self.client.force_login(self.editor)
        page = self.ccas_structure
        before = snapshot(page)
        self.assert_denied(self.client.post(admin_url("move_confirm", page.pk, self.villages.pk)))
        assert snapshot(page) == before

    def test_editor_cannot_delete_another_partners_page(self):
        self.client.force_login(self.editor)
        page = self.villages_structure
        before = snapshot(page)
        self.assert_denied(self.client.get(admin_url("delete", page.pk)))
        self.assert_denied(self.client.post(admin_url("delete", page.pk)))
        assert snapshot(page) == before

    def test_editor_cannot_add_a_page_under_another_partner(self):
        self.client.force_login(self.editor)
        count = StructurePage.objects.count()
        url = admin_url("add", "directory", "structurepage", self.villages.pk)
        self.assert_denied(self.client.get(url))
        self.assert_denied(self.client.get(admin_url("add_subpage", self.villages.pk)))
        data = page_add_data(
            StructurePage,
            self.villages,
            self.coordination,
            title="Intrus",
            slug="intrus",
            **{"action-publish": "1"},
        )
        self.assert_denied(self.client.post(url, data))
        assert StructurePage.objects.count() == count
        assert not Page.objects.filter(slug="intrus").exists()

    def test_editor_cannot_create_a_partner_at_the_home_page_level(self):
        self.client.force_login(self.editor)
        count = PartnerPage.objects.count()
        url = admin_url("add", "network", "partnerpage", self.home.pk)
        self.assert_denied(self.client.get(url))
        data = page_add_data(
            PartnerPage, self.home, self.coordination, title="Faux partenaire", slug="faux", kind="autre"
        )
        self.assert_denied(self.client.post(url, data))
        assert PartnerPage.objects.count() == count

    def test_editor_can_add_a_structure_under_its_own_partner(self):
        self.client.force_login(self.editor)
        url = admin_url("add", "directory", "structurepage", self.ccas_cluny.pk)
        assert self.client.get(url).status_code == 200
        data = page_add_data(
            StructurePage,
            self.ccas_cluny,
            self.editor,
            title="Permanence du CCAS",
            slug="permanence-ccas",
            opening_hours="Tu 09:00-12:00; PH off",
            **{"action-publish": "1"},
        )
        response = self.client.post(url, data)
        assert response.status_code == 302
        created = StructurePage.objects.get(slug="permanence-ccas")
        assert created.live
        assert created.partner_id == self.ccas_cluny.pk

    def test_editor_cannot_edit_the_glossary_or_the_territories(self):
        self.client.force_login(self.editor)
        term = GlossaryTerm.objects.get(acronym="RSA")
        territory = SocialActionTerritory.objects.get(slug="maconnais-clunisois")
        for instance, field in ((term, "expansion"), (territory, "name")):
            url = reverse(type(instance).snippet_viewset.get_url_name("edit"), args=[instance.pk])
            self.assert_denied(self.client.get(url))
            data = snippet_edit_data(instance, self.coordination, **{field: "Modifié"})
            self.assert_denied(self.client.post(url, data))
            instance.refresh_from_db()
            assert getattr(instance, field) != "Modifié"

    def test_coordinator_edits_and_publishes_any_partners_page(self):
        self.client.force_login(self.coordination)
        page = self.villages_structure
        assert self.client.get(admin_url("edit", page.pk)).status_code == 200
        data = page_edit_data(page, self.coordination, title="Centre social de Matour (vérifié)")
        assert self.client.post(admin_url("edit", page.pk), data).status_code == 302
        page.refresh_from_db()
        assert page.has_unpublished_changes and page.title == "Centre social de Matour"
        data["action-publish"] = "1"
        assert self.client.post(admin_url("edit", page.pk), data).status_code == 302
        page.refresh_from_db()
        assert page.title == "Centre social de Matour (vérifié)" and not page.has_unpublished_changes

    def test_coordinator_unpublishes_any_partners_page(self):
        self.client.force_login(self.coordination)
        page = self.villages_structure
        assert self.client.get(admin_url("unpublish", page.pk)).status_code == 200
        assert self.client.post(admin_url("unpublish", page.pk)).status_code == 302
        page.refresh_from_db()
        assert not page.live

    def test_coordinator_moves_a_page_between_partners_and_the_owner_follows(self):
        self.client.force_login(self.coordination)
        page = self.villages_structure
        assert self.client.get(admin_url("move", page.pk)).status_code == 200
        response = self.client.post(admin_url("move_confirm", page.pk, self.ccas_cluny.pk))
        assert response.status_code == 302
        moved = StructurePage.objects.get(pk=page.pk)
        assert moved.get_parent().pk == self.ccas_cluny.pk
        assert moved.partner_id == self.ccas_cluny.pk

    def test_coordinator_deletes_any_partners_page(self):
        self.client.force_login(self.coordination)
        page = self.villages_structure
        assert self.client.get(admin_url("delete", page.pk)).status_code == 200
        assert self.client.post(admin_url("delete", page.pk)).status_code == 302
        assert not Page.objects.filter(pk=page.pk).exists()

    def test_coordinator_adds_pages_under_any_partner_and_partners_under_the_home_page(self):
        self.client.force_login(self.coordination)
        url = admin_url("add", "directory", "structurepage", self.villages.pk)
        data = page_add_data(
            StructurePage,
            self.villages,
            self.coordination,
            title="Antenne de Tramayes",
            slug="antenne-tramayes",
        )
        assert self.client.post(url, data).status_code == 302
        assert StructurePage.objects.get(slug="antenne-tramayes").partner_id == self.villages.pk

        url = admin_url("add", "network", "partnerpage", self.home.pk)
        data = page_add_data(
            PartnerPage,
            self.home,
            self.coordination,
            title="CAF de Saône-et-Loire",
            slug="caf-71",
            kind="caf",
        )
        assert self.client.post(url, data).status_code == 302
        assert PartnerPage.objects.child_of(self.home).filter(slug="caf-71").exists()

    def test_coordinator_edits_the_glossary_and_the_territories(self):
        self.client.force_login(self.coordination)
        term = GlossaryTerm.objects.get(acronym="RSA")
        url = reverse(GlossaryTerm.snippet_viewset.get_url_name("edit"), args=[term.pk])
        assert self.client.get(url).status_code == 200
        data = snippet_edit_data(term, self.coordination, expansion="Revenu de solidarité active (RSA)")
        assert self.client.post(url, data).status_code == 302
        term.refresh_from_db()
        assert term.expansion == "Revenu de solidarité active (RSA)"

        territory = SocialActionTerritory.objects.get(slug="maconnais-clunisois")
        communes = set(territory.communes.values_list("pk", flat=True))
        url = reverse(SocialActionTerritory.snippet_viewset.get_url_name("edit"), args=[territory.pk])
        assert self.client.get(url).status_code == 200
        data = snippet_edit_data(territory, self.coordination, name="Mâconnais, Clunisois et Haut-Clunisois")
        assert self.client.post(url, data).status_code == 302
        territory.refresh_from_db()
        assert territory.name == "Mâconnais, Clunisois et Haut-Clunisois"
        assert set(territory.communes.values_list("pk", flat=True)) == communes
