"""`manage.py import_structures`: line-by-line report, all or nothing, re-import updates, clean text."""

import csv
import io
import json
from unittest import mock

from django.core.management import CommandError, call_command

from wagtail.models import Page, Revision

import pytest

from infopublic.directory.models import StructurePage
from infopublic.opendata import importing
from infopublic.opendata.models import ImportedRecord

from ..factories import CommuneFactory, PartnerPageFactory, StructurePageFactory
from .builders import load_network_types

COLUMNS = ["source", "id", "nom", "date_maj", "code_insee", "code_postal", "adresse", "horaires_accueil"]
COLUMNS += ["reseaux_porteurs", "telephone", "courriel", "site_web", "description", "latitude", "longitude"]


def record(**overrides):
    data = {
        "source": "cd71",
        "id": "cd71--1",
        "nom": "Maison des solidarités de Mâcon",
        "date_maj": "2025-02-14",
        "code_insee": "71270",
        "code_postal": "71000",
        "adresse": "10 rue Gambetta",
        "horaires_accueil": "Mo-Fr 09:00-12:00; PH off",
        "reseaux_porteurs": ["maisons-des-solidarites"],
        "telephone": "03 85 00 00 01",
        "courriel": "mds.macon@example.org",
        "site_web": "https://mds.example.org/macon",
        "description": "Accueil social de proximité.\n\nSur rendez-vous l’après-midi.",
        "latitude": 46.3,
        "longitude": 4.83,
    }
    data.update(overrides)
    return data


def as_csv(records, delimiter=","):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter=delimiter, extrasaction="ignore")
    writer.writeheader()
    for item in records:
        writer.writerow({key: ",".join(v) if isinstance(v, list) else v for key, v in item.items()})
    return out.getvalue()


@pytest.fixture
def partner(home_page):
    load_network_types()
    CommuneFactory(code="71270", name="Mâcon", postal_codes="71000")
    CommuneFactory(code="71137", name="Cluny", postal_codes="71250")
    return PartnerPageFactory(parent=home_page, title="Conseil départemental", slug="cd71")


@pytest.fixture
def write(tmp_path):
    def write(name, content):
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(path)

    return write


def run(*args):
    out = io.StringIO()
    try:
        call_command("import_structures", *args, stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        ImportedRecord.objects.count(),
        list(StructurePage.objects.order_by("pk").values_list("pk", "title", "phone")),
    )


GOOD = [
    record(),
    record(id="cd71--2", nom="Point d’accueil de Cluny", code_insee="71137", code_postal="71250"),
]


def test_dry_run_reports_each_line_and_writes_nothing(partner, write):
    before = snapshot()
    output, error = run(write("structures.csv", as_csv(GOOD)), "--partner", "cd71")
    assert error is None
    assert "Ligne 2 : OK (création) « Maison des solidarités de Mâcon » [cd71 / cd71--1]" in output
    assert "Ligne 3 : OK (création) « Point d’accueil de Cluny »" in output
    assert "Simulation" in output
    assert snapshot() == before


def test_apply_creates_and_publishes_pages_under_the_partner(partner, write):
    output, error = run(
        write("structures.csv", as_csv(GOOD, delimiter=";")), "--partner", str(partner.pk), "--apply"
    )
    assert error is None, output
    assert "2 structures importées" in output
    pages = StructurePage.objects.child_of(partner).order_by("title")
    assert [page.title for page in pages] == ["Maison des solidarités de Mâcon", "Point d’accueil de Cluny"]
    page = pages[0]
    assert page.live and page.live_revision_id and page.partner_id == partner.pk
    assert page.commune_id == "71270"
    assert page.opening_hours == "Mo-Fr 09:00-12:00; PH off"
    assert page.phone == "03 85 00 00 01"
    assert page.website == "https://mds.example.org/macon"
    assert page.last_verified_at.isoformat() == "2025-02-14"
    assert [term.value for term in page.network_types.all()] == ["maisons-des-solidarites"]
    assert page.description == "<p>Accueil social de proximité.</p><p>Sur rendez-vous l’après-midi.</p>"
    assert ImportedRecord.objects.get(source="cd71", source_id="cd71--1").page_id == page.pk


def test_reimporting_the_same_ids_updates_instead_of_duplicating(partner, write):
    run(write("first.json", json.dumps(GOOD)), "--partner", "cd71", "--apply")
    changed = [record(nom="Maison des solidarités (Mâcon centre)", telephone="03 85 99 99 99"), GOOD[1]]
    output, error = run(write("second.json", json.dumps(changed)), "--partner", "cd71", "--apply")
    assert error is None, output
    assert "Enregistrement 1 : OK (mise à jour)" in output
    assert StructurePage.objects.child_of(partner).count() == 2
    page = StructurePage.objects.get(pk=ImportedRecord.objects.get(source_id="cd71--1").page_id)
    assert page.title == "Maison des solidarités (Mâcon centre)"
    assert page.phone == "03 85 99 99 99"
    assert page.revisions.count() == 2


BAD = [
    record(),
    record(id="cd71--2", code_insee="99999"),
    record(id="cd71--3", horaires_accueil="tous les jours sauf dimanche"),
    record(id="cd71--4", reseaux_porteurs=["reseau-imaginaire"]),
    record(id="cd71--5", date_maj="14/02/2025", courriel="pas-un-courriel"),
]


def test_rejected_csv_names_row_and_field_and_leaves_the_database_unchanged(partner, write):
    before = snapshot()
    output, error = run(write("bad.csv", as_csv(BAD)), "--partner", "cd71", "--apply")
    assert error is not None and "rien n’a été écrit" in str(error)
    assert "Ligne 2 : OK" in output
    assert "Ligne 3, champ « code_insee » : commune inconnue : « 99999 »" in output
    assert "Ligne 4, champ « horaires_accueil » : horaires invalides" in output
    assert "Ligne 5, champ « reseaux_porteurs » : réseau porteur inconnu : « reseau-imaginaire »" in output
    assert "Ligne 6, champ « date_maj » : date invalide" in output
    assert "Ligne 6, champ « courriel » : adresse de courriel invalide" in output
    assert snapshot() == before


def test_rejected_json_names_record_and_field_and_leaves_the_database_unchanged(partner, write):
    before = snapshot()
    output, error = run(write("bad.json", json.dumps(BAD)), "--partner", "cd71", "--apply")
    assert error is not None
    assert "Enregistrement 2, champ « code_insee » : commune inconnue" in output
    assert "Enregistrement 3, champ « horaires_accueil »" in output
    assert "Enregistrement 4, champ « reseaux_porteurs »" in output
    assert snapshot() == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.json", '[{"source": "cd71", "id": ', "JSON illisible, ligne 1"),
        ("object.json", '{"source": "cd71"}', "doit être une liste"),
        ("items.json", "[1, 2]", "Enregistrement 1 : ce n’est pas un objet JSON"),
        ("columns.csv", "source,id,nom\ncd71,1,Centre social\n", "Colonnes obligatoires absentes"),
        ("latin1.csv", "source,id,nom,date_maj\ncd71,1,Mâcon,2025-01-01\n".encode("latin-1"), "UTF-8"),
        (
            "extra.csv",
            "source,id,nom,date_maj\ncd71,1,Centre social,2025-01-01,en trop\n",
            "Ligne 2 : plus de",
        ),
        ("empty.csv", "", "vide"),
        ("header-only.csv", "source,id,nom,date_maj\n", "aucune structure"),
    ],
)
def test_malformed_files_are_refused_with_a_clear_message(partner, write, name, content, expected):
    before = snapshot()
    output, error = run(write(name, content), "--partner", "cd71", "--apply")
    assert error is not None
    assert expected in output
    assert snapshot() == before


def test_duplicate_ids_in_one_file_are_refused(partner, write):
    output, error = run(write("dup.json", json.dumps([record(), record()])), "--partner", "cd71")
    assert error is not None
    assert "Enregistrement 2, champ « id » : identifiant en double, déjà utilisé : Enregistrement 1" in output


def test_a_record_imported_for_another_partner_is_refused(partner, home_page, write):
    run(write("first.json", json.dumps([record()])), "--partner", "cd71", "--apply")
    PartnerPageFactory(parent=home_page, title="CCAS de Cluny", slug="ccas-cluny")
    before = snapshot()
    output, error = run(write("again.json", json.dumps([record()])), "--partner", "ccas-cluny", "--apply")
    assert error is not None
    assert "déjà été importée pour un autre partenaire" in output
    assert snapshot() == before


def test_a_failure_while_writing_rolls_everything_back(partner, write):
    before = snapshot()
    original = importing._write_row
    calls = []

    def failing_write(row, *args):
        calls.append(row)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(row, *args)

    with mock.patch.object(importing, "_write_row", failing_write), pytest.raises(RuntimeError):
        call_command(
            "import_structures", write("good.json", json.dumps(GOOD)), "--partner", "cd71", "--apply"
        )
    assert len(calls) == 2
    assert snapshot() == before


def test_hostile_text_is_stripped_of_markup(partner, write):
    hostile = record(
        nom='<script>alert("x")</script>Centre <b>social</b>',
        adresse='<img src=x onerror="alert(1)">2 place &lt;script&gt;',
        description='<p onclick="steal()">Aide</p><iframe src="https://evil.example"></iframe> aux démarches',
        horaires_accueil='Mo 09:00-12:00 "<script>alert(1)</script>"',
        telephone="<svg onload=alert(1)>03 85",
    )
    output, error = run(write("hostile.json", json.dumps([hostile])), "--partner", "cd71", "--apply")
    assert error is None, output
    page = StructurePage.objects.child_of(partner).get()
    assert page.title == 'alert("x")Centre social'
    assert page.address == "2 place"
    assert page.phone == "03 85"
    assert page.opening_hours == 'Mo 09:00-12:00 "alert(1)"'
    assert page.description == "<p>Aide aux démarches</p>"
    stored = " ".join([page.title, page.address, page.description, page.opening_hours, page.summary, output])
    for marker in ("<script", "<img", "onerror", "<iframe", "onclick", "<svg"):
        assert marker not in stored


def test_a_javascript_link_is_refused(partner, write):
    output, error = run(
        write("js.json", json.dumps([record(site_web="javascript:alert(1)")])), "--partner", "cd71"
    )
    assert error is not None
    assert "Enregistrement 1, champ « site_web »" in output


def test_unknown_partner_is_a_clear_error(partner, write):
    output, error = run(write("good.json", json.dumps(GOOD)), "--partner", "inconnu")
    assert error is not None and "Partenaire introuvable" in str(error)


def test_the_csv_export_can_be_imported_again(partner, home_page, client, write):
    source = PartnerPageFactory(parent=home_page, title="Source", slug="source")
    commune = CommuneFactory(code="71270")
    StructurePageFactory(parent=source, title="Épicerie solidaire", commune=commune, phone="03 85 10 20 30")
    response = client.get("/api/data-inclusion/structures/", {"format": "csv"})
    content = b"".join(response.streaming_content)
    output, error = run(write("export.csv", content), "--partner", "cd71", "--apply")
    assert error is None, output
    copy = StructurePage.objects.child_of(partner).get()
    assert (copy.title, copy.commune_id, copy.phone) == ("Épicerie solidaire", "71270", "03 85 10 20 30")
    assert copy.opening_hours == "Mo-Fr 09:00-12:00,14:00-17:00; PH off"
