"""A large confirmed import is written by the task worker, its progress shown on its own admin page."""

from django.core.cache import cache

import pytest

from infopublic.directory.models import StructurePage
from infopublic.opendata.jobs import progress_key, run_job
from infopublic.opendata.models import ImportedRecord, ImportJob
from infopublic.territories.models import Commune

from ..factories import UserFactory
from . import test_admin_import
from .test_admin_import import URL, upload
from .test_import import GOOD, as_csv

partners = test_admin_import.partners  # the fixture: two partners and an editor of the first


@pytest.fixture(autouse=True)
def always_in_background(settings):
    settings.OPENDATA_IMPORT_INLINE_ROWS = 0


def confirm(client, partner, content=None):
    content = content or as_csv(GOOD)
    response = client.post(URL, {"partner": partner.pk, "file": upload("structures.csv", content)})
    assert ">Importer</button>" in response.content.decode()
    return client.post(URL, {"token": response.context["token"]})


def test_a_large_import_runs_on_the_queue_and_shows_its_progress(
    client, partners, django_capture_on_commit_callbacks
):
    partner_a, _partner_b, editor = partners
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = confirm(client, partner_a)
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/opendata/import/{job.pk}/"
    # Nothing written before the worker takes it; the page refreshes itself meanwhile.
    assert StructurePage.objects.child_of(partner_a).count() == 0
    page = client.get(response["Location"]).content.decode()
    assert "En attente du traitement" in page and 'http-equiv="refresh"' in page

    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING)
    cache.set(progress_key(job.pk), 1)
    page = client.get(response["Location"]).content.decode()
    assert "1 structure(s) écrite(s) sur 2" in page and 'value="1"' in page
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.QUEUED)

    for callback in callbacks:  # the worker (immediate backend here)
        callback()
    job.refresh_from_db()
    assert job.status == "done" and job.written == 2 and bytes(job.content) == b""
    assert StructurePage.objects.child_of(partner_a).live().count() == 2
    assert ImportedRecord.objects.count() == 2
    page = client.get(response["Location"]).content.decode()
    assert "2 structures importées et publiées sous «\u00a0Partenaire A\u00a0»" in page
    assert 'http-equiv="refresh"' not in page
    assert "structures.csv" in client.get(URL).content.decode()
    # A second worker given the same job writes nothing more.
    assert run_job(job.pk) == "done"
    assert StructurePage.objects.child_of(partner_a).count() == 2


def test_a_job_that_fails_writes_nothing_and_says_why(client, partners, django_capture_on_commit_callbacks):
    partner_a, _partner_b, editor = partners
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = confirm(client, partner_a)
    Commune.objects.filter(code="71137").delete()  # the file is no longer valid when the worker runs
    for callback in callbacks:
        callback()
    job = ImportJob.objects.get()
    assert job.status == "failed" and job.error
    assert StructurePage.objects.child_of(partner_a).count() == 0
    assert "L’import a échoué" in client.get(response["Location"]).content.decode()


def test_only_its_author_sees_a_job(client, partners, django_capture_on_commit_callbacks):
    partner_a, _partner_b, editor = partners
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(client, partner_a)
    other = UserFactory(username="autre", is_superuser=False)
    other.groups.add(*editor.groups.all())
    client.force_login(other)
    assert client.get(response["Location"]).status_code == 404
