"""Wagtail's concurrent-editing warning is on: an editor who opened a page is told when a colleague publishes
it meanwhile (the editor's periodic ping answers with the colleague's newer revision)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.admin.models import EditingSession

import pytest

from tests.factories import PartnerPageFactory, SchemePageFactory, UserFactory


def test_the_editing_sessions_ping_is_on():
    assert settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL > 0


@pytest.mark.django_db
def test_an_editor_is_warned_of_a_colleagues_publish(client, home_page):
    partner = PartnerPageFactory(parent=home_page, title="Département")
    page = SchemePageFactory(parent=partner, title="Aide au chauffage")
    first = page.save_revision()
    first.publish()
    alice = UserFactory(username="alice", is_superuser=True, is_staff=True)
    bob = UserFactory(username="bob", is_superuser=True, is_staff=True)

    client.force_login(alice)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    session = EditingSession.objects.get(user=alice, object_id=str(page.pk))
    ping_url = reverse(
        "wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", page.pk, session.pk]
    )
    assert ping_url in response.content.decode()
    assert ContentType.objects.get_for_id(session.content_type_id).model == "page"

    # Bob opens the page too, then publishes a change while Alice still has the old revision open.
    client.force_login(bob)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    page.title = "Aide au chauffage de l’hiver"
    newer = page.save_revision(user=bob)
    newer.publish(user=bob)

    client.force_login(alice)
    answer = client.post(
        ping_url,
        {"revision_id": first.pk, "revision_created_at": first.created_at.isoformat(), "is_editing": "1"},
    ).json()
    warned = [other for other in answer["other_sessions"] if other["revision_id"] == newer.pk]
    assert len(warned) == 1 and warned[0]["user"] == "bob", answer
