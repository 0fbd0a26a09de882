from datetime import date

from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest

from infopublic.directory.models import StructurePage
from infopublic.workshop.freshness import VERIFIED_ACTION, fiches_to_review, freshness_by_partner
from infopublic.workshop.templatetags.workshop_tags import months_between

from ..factories import GuidePageFactory, StructurePageFactory
from .conftest import publish

pytestmark = pytest.mark.django_db


def verify_url(page):
    return reverse("workshop_admin:verify", args=[page.pk])


def test_editor_marks_own_fiche_up_to_date_without_new_revision(client, network):
    fiche = network.structure_a
    revisions_before = fiche.revisions.count()
    client.force_login(network.editor_a)

    response = client.post(verify_url(fiche), {"next": "/admin/"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    fiche = StructurePage.objects.get(pk=fiche.pk)
    today = timezone.localdate()
    assert fiche.last_verified_at == today
    assert fiche.revisions.count() == revisions_before
    assert fiche.latest_revision.content["last_verified_at"] == today.isoformat()
    assert fiche.live_revision.as_object().last_verified_at == today
    assert not fiche.has_unpublished_changes
    entry = PageLogEntry.objects.get(page=fiche, action=VERIFIED_ACTION)
    assert entry.user == network.editor_a
    assert not entry.content_changed


def test_verify_updates_a_pending_draft_too(client, network):
    fiche = network.structure_a
    fiche.summary = "Brouillon en cours"
    fiche.save_revision()
    client.force_login(network.editor_a)

    client.post(verify_url(fiche))

    fiche.refresh_from_db()
    draft = fiche.latest_revision.as_object()
    assert draft.summary == "Brouillon en cours"
    assert draft.last_verified_at == timezone.localdate()
    assert fiche.live_revision.as_object().last_verified_at == timezone.localdate()


@pytest.mark.parametrize("who", ["editor_b", "member", "outsider"])
def test_only_editors_of_the_page_may_mark_it_up_to_date(client, network, who):
    client.force_login(getattr(network, who))

    response = client.post(verify_url(network.structure_a))

    # Wagtail's admin answers a PermissionDenied with a redirection to the dashboard (or to the login).
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/" or "login" in response["Location"]
    assert StructurePage.objects.get(pk=network.structure_a.pk).last_verified_at == date(2020, 1, 15)
    assert not PageLogEntry.objects.filter(action=VERIFIED_ACTION).exists()


def test_anonymous_and_get_cannot_verify(client, network):
    response = client.post(verify_url(network.structure_a))
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(network.editor_a)
    assert client.get(verify_url(network.structure_a)).status_code == 405
    assert StructurePage.objects.get(pk=network.structure_a.pk).last_verified_at == date(2020, 1, 15)


def test_verify_refuses_pages_that_are_not_fiches(client, network):
    client.force_login(network.coordinator)
    response = client.post(verify_url(network.partner_a))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not PageLogEntry.objects.filter(action=VERIFIED_ACTION).exists()


def test_edit_view_offers_the_one_click_action_to_its_editors(client, network):
    client.force_login(network.editor_a)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[network.structure_a.pk])).content.decode()
    assert verify_url(network.structure_a) in html
    assert "w-action#post" in html

    listing = client.get(reverse("wagtailadmin_explore", args=[network.partner_a.pk])).content.decode()
    assert verify_url(network.structure_a) in listing


def test_to_review_listing_shows_own_fiches_soonest_first(client, network):
    older = StructurePageFactory(
        parent=network.partner_a, title="Jamais vérifiée", slug="jamais", last_verified_at=None
    )
    publish(older)
    client.force_login(network.editor_a)

    html = client.get(reverse("workshop_admin:to_review")).content.decode()

    assert html.index("Jamais vérifiée") < html.index("Accueil social de Mâcon")
    assert "Aide au logement" not in html
    assert verify_url(network.structure_a) in html


def test_editor_dashboard_lists_fiches_to_review_and_coordinator_sees_scores(client, network):
    client.force_login(network.editor_a)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Fiches à vérifier" in html
    assert "Accueil social de Mâcon" in html
    assert "Fraîcheur des partenaires" not in html

    client.force_login(network.coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Fraîcheur des partenaires" in html
    assert "CAF de Saône-et-Loire" in html and "100 %" in html
    assert "0 %" in html


def test_freshness_scores_and_order(network):
    rows = {row.partner.pk: row for row in freshness_by_partner()}
    assert (rows[network.partner_a.pk].total, rows[network.partner_a.pk].score) == (1, 0)
    assert (rows[network.partner_b.pk].total, rows[network.partner_b.pk].score) == (1, 100)

    due = fiches_to_review([network.partner_a, network.partner_b])
    assert [fiche.pk for fiche in due] == [network.structure_a.pk]


def test_public_badge_counts_months_and_warns_when_overdue(client, network):
    html = client.get(network.structure_a.url).content.decode()
    assert "Information vérifiée il y a" in html
    assert "peuvent être dépassées" in html
    assert reverse("workshop:report_create", args=[network.structure_a.pk]) in html

    html = client.get(network.scheme_b.url).content.decode()
    assert "Information vérifiée il y a moins d’un mois" in html
    assert "peuvent être dépassées" not in html


def test_guides_carry_the_badge_and_the_report_link(client, network):
    guide = publish(
        GuidePageFactory(
            parent=network.partner_b, title="Domiciliation", slug="domiciliation", last_verified_at=None
        )
    )
    html = client.get(guide.url).content.decode()
    assert "Information à vérifier" in html
    assert "devait être vérifiée" not in html
    assert reverse("workshop:report_create", args=[guide.pk]) in html


def test_months_between():
    assert months_between(date(2024, 1, 31), date(2024, 3, 30)) == 1
    assert months_between(date(2024, 1, 15), date(2024, 3, 15)) == 2
    assert months_between(date(2024, 5, 1), date(2024, 5, 31)) == 0
