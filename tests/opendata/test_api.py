"""Wagtail's read API shows live, public pages only, and never network-only information."""

from django.test import TestCase

from infopublic.network.services import ensure_roles

from ..factories import UserFactory
from .builders import SECRET, SECRET_EMAIL, SECRET_PHONE, build_directory

PAGES_URL = "/api/v2/pages/"


class PagesAPITests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_directory()
        _coordinators, members = ensure_roles()
        cls.member = UserFactory(username="membre")
        cls.member.groups.add(members)

    def listing(self, **params):
        response = self.client.get(PAGES_URL, params)
        self.assertEqual(response.status_code, 200, response.content)
        return response

    def assert_no_secret(self, response, field_names=True):
        text = response.content.decode()
        secrets = (SECRET, SECRET_PHONE, SECRET_EMAIL, *(("network_notes",) if field_names else ()))
        for secret in secrets:
            self.assertNotIn(secret, text)

    def test_lists_live_public_pages_only(self):
        ids = {item["id"] for item in self.listing(limit=20).json()["items"]}
        tree = self.tree
        self.assertTrue({tree["public"].pk, tree["other"].pk, tree["national"].pk, tree["partner"].pk} <= ids)
        self.assertNotIn(tree["draft"].pk, ids)
        self.assertNotIn(tree["private"].pk, ids)
        self.assertNotIn(tree["draft_scheme"].pk, ids)

    def test_all_fields_never_include_network_information(self):
        for params in (
            {"fields": "*", "limit": 20},
            {"type": "directory.StructurePage", "fields": "*"},
            {"type": "directory.SchemePage", "fields": "*"},
            {"type": "directory.GuidePage", "fields": "*"},
            {"type": "network.PartnerPage", "fields": "*"},
        ):
            self.assert_no_secret(self.listing(**params))

    def test_network_notes_cannot_be_requested_filtered_or_ordered(self):
        for params in (
            {"type": "directory.StructurePage", "fields": "network_notes"},
            {"type": "directory.StructurePage", "network_notes": SECRET},
            {"type": "directory.StructurePage", "order": "network_notes"},
            {"type": "directory.StructurePage", "fields": "contacts"},
        ):
            response = self.client.get(PAGES_URL, params)
            self.assertEqual(response.status_code, 400, params)
            # The error names the refused field, but no value ever leaks.
            self.assert_no_secret(response, field_names=False)

    def test_guide_body_is_published_without_its_notes(self):
        response = self.client.get(f"{PAGES_URL}{self.tree['guide'].pk}/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Appeler le secrétariat", response.content.decode())
        self.assert_no_secret(response)

    def test_detail_shows_public_contacts_only(self):
        response = self.client.get(f"{PAGES_URL}{self.tree['public'].pk}/")
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertEqual([contact["name"] for contact in data["public_contacts"]], ["Accueil"])
        self.assertEqual(data["commune"], {"code": "71270", "name": "Mâcon"})
        self.assertEqual({term["value"] for term in data["network_types"]}, {"ccas-cias", "france-service"})
        self.assertNotIn("network_notes", data)
        self.assert_no_secret(response)

    def test_scheme_lists_public_delivering_structures_only(self):
        response = self.client.get(f"{PAGES_URL}{self.tree['national'].pk}/")
        structures = {item["id"] for item in response.json()["delivering_structures"]}
        self.assertEqual(structures, {self.tree["public"].pk, self.tree["other"].pk})
        self.assert_no_secret(response)

    def test_drafts_and_private_pages_have_no_detail(self):
        for page in (self.tree["draft"], self.tree["private"], self.tree["draft_scheme"]):
            self.assertEqual(self.client.get(f"{PAGES_URL}{page.pk}/").status_code, 404)

    def test_a_network_member_still_gets_public_pages_only(self):
        self.client.force_login(self.member)
        ids = {item["id"] for item in self.listing(limit=20, fields="*").json()["items"]}
        self.assertNotIn(self.tree["private"].pk, ids)
        self.assertEqual(self.client.get(f"{PAGES_URL}{self.tree['private'].pk}/").status_code, 404)
        self.assert_no_secret(self.listing(limit=20, fields="*"))

    def test_search_does_not_reach_private_pages(self):
        response = self.listing(search="Interne")
        self.assertNotIn(self.tree["private"].pk, {item["id"] for item in response.json()["items"]})
