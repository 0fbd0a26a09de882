"""The data·inclusion endpoints publish public fiches only, as records the schema's own models accept."""

import csv
import io

from django.test import TestCase

from data_inclusion.schema import v1

from infopublic.opendata.serializers import SERVICE_FIELDS, STRUCTURE_FIELDS, service_id, structure_id

from .builders import SECRET, SECRET_EMAIL, SECRET_PHONE, build_directory

STRUCTURES_URL = "/api/data-inclusion/structures/"
SERVICES_URL = "/api/data-inclusion/services/"
STRICT = {"ignore_warnings": False}


def csv_records(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    return text, list(csv.DictReader(io.StringIO(text)))


def from_csv(row, list_fields):
    """A CSV row back to the schema's types: empty cells are None, lists are comma-separated."""
    record = {}
    for key, value in row.items():
        if value == "":
            record[key] = None
        elif key in list_fields:
            record[key] = value.split(",")
        else:
            record[key] = value
    return record


def assert_no_secret(testcase, text):
    for secret in (SECRET, SECRET.lower(), SECRET_PHONE, SECRET_EMAIL, "network_notes"):
        testcase.assertNotIn(secret, text)


class StructuresExportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_directory()

    def test_json_lists_public_live_structures_only(self):
        response = self.client.get(STRUCTURES_URL)
        self.assertEqual(response.status_code, 200)
        payload = response.json()
        ids = {record["id"] for record in payload["results"]}
        self.assertEqual(payload["count"], 2)
        self.assertEqual(ids, {structure_id(self.tree["public"].pk), structure_id(self.tree["other"].pk)})
        assert_no_secret(self, response.content.decode())

    def test_every_record_is_valid_for_the_schema(self):
        for record in self.client.get(STRUCTURES_URL).json()["results"]:
            v1.Structure.model_validate(record, context=STRICT)

    def test_fields_are_mapped_from_the_page(self):
        records = {r["id"]: r for r in self.client.get(STRUCTURES_URL).json()["results"]}
        record = records[structure_id(self.tree["public"].pk)]
        self.assertEqual(record["source"], "infopublic")
        self.assertEqual(record["nom"], "Espace solidarité de Mâcon")
        self.assertEqual(record["commune"], "Mâcon")
        self.assertEqual(record["code_insee"], "71270")
        self.assertEqual(record["code_postal"], "71000")
        self.assertEqual(record["adresse"], "1 rue de la Paix")
        self.assertEqual(record["latitude"], 46.3069)
        self.assertEqual(record["date_maj"], "2025-03-01")
        self.assertEqual(record["horaires_accueil"], "Mo-Fr 09:00-12:00,14:00-17:00; PH off")
        self.assertEqual(record["reseaux_porteurs"], ["ccas-cias", "france-service"])
        self.assertEqual(record["siret"], "21710270400018")
        self.assertEqual(record["lien_source"], self.tree["public"].get_full_url())
        self.assertIn("Permanences sociales", record["description"])
        self.assertNotIn("<b>", record["description"])
        # The phone and email come from the PUBLIC contact, never from the network-only one.
        self.assertEqual(record["telephone"], "03 85 00 11 22")
        self.assertEqual(record["courriel"], "accueil@solidarite.example.org")
        other = records[structure_id(self.tree["other"].pk)]
        self.assertIsNone(other["horaires_accueil"])
        self.assertEqual(other["code_postal"], "71250")

    def test_json_is_paginated(self):
        first = self.client.get(STRUCTURES_URL, {"size": 1}).json()
        self.assertEqual(first["count"], 2)
        self.assertEqual(len(first["results"]), 1)
        self.assertIsNone(first["previous"])
        self.assertIn("page=2", first["next"])
        second = self.client.get(first["next"]).json()
        self.assertIsNone(second["next"])
        self.assertNotEqual(first["results"][0]["id"], second["results"][0]["id"])
        self.assertEqual(self.client.get(STRUCTURES_URL, {"size": 1, "page": 9}).status_code, 404)

    def test_csv_streams_every_row_with_schema_columns(self):
        response = self.client.get(STRUCTURES_URL, {"format": "csv", "size": 1})
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.streaming)
        self.assertTrue(response["Content-Type"].startswith("text/csv"))
        text, rows = csv_records(response)
        self.assertEqual(text.splitlines()[0].split(","), STRUCTURE_FIELDS)
        self.assertEqual(len(rows), 2)
        for row in rows:
            v1.Structure.model_validate(from_csv(row, {"reseaux_porteurs"}), context=STRICT)
        assert_no_secret(self, text)

    def test_csv_cells_never_start_a_spreadsheet_formula(self):
        public = self.tree["public"]
        public.title = '=HYPERLINK("http://evil.example","clic")'
        public.summary = "@SUM(1+1)"
        public.save_revision().publish()
        _text, rows = csv_records(self.client.get(STRUCTURES_URL, {"format": "csv"}))
        row = next(row for row in rows if row["nom"].endswith('"clic")'))
        self.assertEqual(row["nom"], '\'=HYPERLINK("http://evil.example","clic")')
        for value in row.values():
            self.assertFalse(value.startswith(("=", "+", "-", "@", "\t", "\r")), value)

    def test_a_structure_without_public_contact_exposes_no_contact(self):
        public = self.tree["public"]
        public.contacts.filter(visibility="public").delete()
        records = {r["id"]: r for r in self.client.get(STRUCTURES_URL).json()["results"]}
        record = records[structure_id(public.pk)]
        self.assertIsNone(record["telephone"])
        self.assertIsNone(record["courriel"])

    def test_unpublished_structure_leaves_the_export(self):
        self.tree["other"].unpublish()
        payload = self.client.get(STRUCTURES_URL).json()
        self.assertEqual([r["id"] for r in payload["results"]], [structure_id(self.tree["public"].pk)])


class ServicesExportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_directory()

    def records(self):
        return {record["id"]: record for record in self.client.get(SERVICES_URL).json()["results"]}

    def test_one_service_per_scheme_and_public_delivering_structure(self):
        tree = self.tree
        self.assertEqual(
            set(self.records()),
            {
                service_id(tree["national"].pk, tree["public"].pk),
                service_id(tree["national"].pk, tree["other"].pk),
                service_id(tree["local"].pk, tree["public"].pk),
            },
        )

    def test_every_service_is_valid_for_the_schema(self):
        for record in self.records().values():
            v1.Service.model_validate(record, context=STRICT)

    def test_fields_are_mapped_from_scheme_and_structure(self):
        tree = self.tree
        record = self.records()[service_id(tree["national"].pk, tree["public"].pk)]
        self.assertEqual(record["structure_id"], structure_id(tree["public"].pk))
        self.assertEqual(record["nom"], "Revenu de solidarité active")
        self.assertEqual(record["zone_eligibilite"], ["france"])
        self.assertEqual(record["frais"], "gratuit")
        self.assertEqual(record["type"], "aide-financiere")
        self.assertEqual(record["publics"], ["familles"])  # tous-publics cannot be combined
        self.assertEqual(len(record["thematiques"]), 2)
        self.assertEqual(record["modes_accueil"], ["a-distance", "en-presentiel"])
        self.assertEqual(record["modes_mobilisation"], ["se-presenter", "utiliser-lien-mobilisation"])
        self.assertEqual(record["mobilisable_par"], ["professionnels", "usagers"])
        self.assertEqual(record["conditions_acces"], "Avoir 25 ans ou plus.")
        self.assertEqual(record["lien_mobilisation"], "https://www.example.gouv.fr/rsa")
        self.assertEqual(record["code_insee"], "71270")
        self.assertEqual(record["telephone"], "03 85 00 11 22")
        self.assertEqual(record["horaires_accueil"], "Mo-Fr 09:00-12:00,14:00-17:00; PH off")
        local = self.records()[service_id(tree["local"].pk, tree["public"].pk)]
        self.assertEqual(local["zone_eligibilite"], sorted(["71270", tree["macon"].epci_id]))
        self.assertEqual(local["frais"], "payant")

    def test_network_only_information_never_appears(self):
        response = self.client.get(SERVICES_URL)
        assert_no_secret(self, response.content.decode())
        _text, rows = csv_records(self.client.get(SERVICES_URL, {"format": "csv"}))
        assert_no_secret(self, _text)

    def test_csv_has_every_row_and_valid_records(self):
        text, rows = csv_records(self.client.get(SERVICES_URL, {"format": "csv", "size": 1}))
        self.assertEqual(text.splitlines()[0].split(","), SERVICE_FIELDS)
        self.assertEqual(len(rows), 3)
        list_fields = {
            "thematiques",
            "publics",
            "modes_accueil",
            "zone_eligibilite",
            "modes_mobilisation",
            "mobilisable_par",
        }
        for row in rows:
            v1.Service.model_validate(from_csv(row, list_fields), context=STRICT)
