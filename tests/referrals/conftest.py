"""Two partners, each with a structure taking referrals for the same commune; their editors, a member, the
coordination and an outsider."""

from datetime import date
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.core.cache import cache

import pytest

from infopublic.network.services import COORDINATORS_GROUP, MEMBERS_GROUP, ensure_roles, setup_partner
from infopublic.referrals import services
from infopublic.taxonomy.models import Category, Theme

from ..factories import CommuneFactory, PartnerPageFactory, StructurePageFactory, UserFactory

PERSON_NAME = "Zoéline"
PERSON_PHONE = "06 12 34 56 78"
MESSAGE = "Loyer impayé depuis deux mois, cherche un rendez-vous rapide."


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def network(home_page):
    ensure_roles()
    commune = CommuneFactory(code="71270", name="Mâcon", postal_codes="71000")
    elsewhere = CommuneFactory(code="71076", name="Chalon-sur-Saône", postal_codes="71100")
    partner_a = PartnerPageFactory(parent=home_page, title="CCAS de Mâcon", slug="ccas-macon")
    partner_b = PartnerPageFactory(parent=home_page, title="Association Entraide", slug="entraide")
    editor_a = UserFactory(username="editrice-a", email="a@ccas.example")
    editor_b = UserFactory(username="editeur-b", email="b@entraide.example")
    setup_partner(partner_a, editors=[editor_a])
    setup_partner(partner_b, editors=[editor_b])
    member = UserFactory(username="accueillante", email="accueil@example.org", first_name="Awa")
    member.groups.add(Group.objects.get(name=MEMBERS_GROUP))
    coordinator = UserFactory(username="coordination", email="coord@example.org")
    coordinator.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    outsider = UserFactory(username="inconnu", email="inconnu@example.org")

    structures = []
    for partner, title, slug in (
        (partner_a, "Accueil social de Mâcon", "accueil-macon"),
        (partner_b, "Entraide Mâcon", "entraide-macon"),
    ):
        structure = StructurePageFactory(
            parent=partner,
            title=title,
            slug=slug,
            commune=commune,
            address="1 rue de la Paix",
            postal_code="71000",
            accepts_referrals=True,
            capacity="limited",
            capacity_updated_on=date.today(),
        )
        structure.served_communes.add(commune)
        structures.append(publish(structure))
    category = Category.objects.create(value="logement-hebergement", label="Logement et hébergement")
    theme = Theme.objects.create(
        value="logement-hebergement--impayes", label="Impayés de loyer", category=category
    )
    return SimpleNamespace(
        commune=commune,
        elsewhere=elsewhere,
        partner_a=partner_a,
        partner_b=partner_b,
        editor_a=editor_a,
        editor_b=editor_b,
        member=member,
        coordinator=coordinator,
        outsider=outsider,
        structure_a=structures[0],
        structure_b=structures[1],
        theme=theme,
    )


def make_referral(network, structure=None, **data):
    values = {
        "person_name": PERSON_NAME,
        "contact_method": "phone",
        "person_phone": PERSON_PHONE,
        "person_email": None,
        "availability": "le matin",
        "message": MESSAGE,
        "recap_requested": False,
    }
    values.update(data)
    return services.send_referral(
        sender=network.member,
        structure=structure or network.structure_a,
        commune=network.commune,
        themes=[network.theme],
        data=values,
    )


@pytest.fixture
def referral(network):
    return make_referral(network)


def form_data(network, **overrides):
    data = {
        "commune": "Mâcon",
        "code_insee": network.commune.code,
        "theme": network.theme.pk,
        "person_name": PERSON_NAME,
        "contact_method": "phone",
        "person_phone": PERSON_PHONE,
        "person_email": "",
        "availability": "le matin",
        "message": MESSAGE,
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
