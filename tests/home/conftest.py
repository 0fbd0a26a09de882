"""A small orientation network: two communes, a town hall, a CCAS, schemes with zones, a glossary."""

from datetime import date
from decimal import Decimal

from django.contrib.auth.models import Permission
from django.core.cache import cache

import pytest

from infopublic.directory.models import SchemeAmount, SchemeDocument
from infopublic.taxonomy.models import Category, NetworkType, Theme

from ..factories import (
    CommuneFactory,
    DepartementFactory,
    EPCIFactory,
    GlossaryTermFactory,
    PartnerPageFactory,
    SchemePageFactory,
    StructureContactFactory,
    StructurePageFactory,
    UserFactory,
)

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def network(home_page):
    departement = DepartementFactory()
    epci = EPCIFactory(code="200070000", name="Communauté de communes Saint-Cyr Mère Boitier")
    matour = CommuneFactory(
        code="71289", name="Matour", postal_codes="71520", epci=epci, latitude=46.3064, longitude=4.4836
    )
    trambly = CommuneFactory(
        code="71545", name="Trambly", postal_codes="71520", epci=epci, latitude=46.3313, longitude=4.5264
    )
    far_away = CommuneFactory(
        code="71270", name="Mâcon", postal_codes="71000", latitude=46.3069, longitude=4.8287
    )
    communes_type = NetworkType.objects.create(value="communes", label="Communes")
    ccas_type = NetworkType.objects.create(value="ccas-cias", label="CCAS / CIAS")
    category = Category.objects.create(value="difficultes-financieres", label="Difficultés financières")
    theme = Theme.objects.create(
        value="difficultes-financieres--aide-financiere", label="Aides financières", category=category
    )

    partner = PartnerPageFactory(parent=home_page, title="CIAS du Haut-Clunisois")
    town_hall = StructurePageFactory(
        parent=partner,
        title="Mairie de Matour",
        commune=matour,
        address="1 place de l’Église",
        postal_code="71520",
        phone="03 85 59 70 10",
        latitude=46.3064,
        longitude=4.4836,
        opening_hours="Mo-Fr 08:30-12:30,13:30-17:00; PH off",
        network_notes="<p>Appeler la secrétaire avant 10 h</p>",
        last_verified_at=date(2026, 9, 1),
    )
    town_hall.network_types.add(communes_type)
    StructureContactFactory(structure=town_hall, name="Accueil", phone="03 85 59 70 11", visibility="public")
    StructureContactFactory(
        structure=town_hall,
        name="Ligne directe de la secrétaire",
        phone="06 12 34 56 78",
        visibility="reseau",
    )
    town_hall.save_revision().publish()
    ccas = StructurePageFactory(
        parent=partner,
        title="CIAS Saint-Cyr Mère Boitier",
        commune=trambly,
        address="2 rue du Bourg",
        postal_code="71520",
        latitude=46.3313,
        longitude=4.5264,
    )
    ccas.network_types.add(ccas_type)
    ccas.served_epcis.add(epci)
    ccas.save_revision().publish()
    macon_office = StructurePageFactory(
        parent=partner, title="Antenne de Mâcon", commune=far_away, latitude=46.3069, longitude=4.8287
    )
    macon_office.served_epcis.add(epci)
    macon_office.save_revision().publish()

    rsa = SchemePageFactory(
        parent=partner,
        title="Revenu de solidarité active (RSA)",
        summary="Le RSA assure un revenu minimum.",
        zone_national=True,
        what_to_say="Demandez un rendez-vous avec le CIAS pour la demande de RSA.",
    )
    rsa.themes.add(theme)
    rsa.delivering_structures.add(macon_office, ccas)
    SchemeAmount.objects.create(
        scheme=rsa, label="Personne seule", amount=Decimal("646.52"), valid_from=date(2025, 4, 1)
    )
    SchemeAmount.objects.create(
        scheme=rsa, label="Ancien barème", amount=Decimal("1.00"), valid_until=date(2020, 1, 1)
    )
    SchemeDocument.objects.create(scheme=rsa, label="Pièce d’identité")
    SchemeDocument.objects.create(scheme=rsa, label="Avis d’imposition")
    rsa.save_revision().publish()
    local_aid = SchemePageFactory(parent=partner, title="Aide au chauffage de l’intercommunalité")
    local_aid.zone_epcis.add(epci)
    local_aid.save_revision().publish()
    elsewhere = SchemePageFactory(parent=partner, title="Aide réservée à Mâcon")
    elsewhere.zone_communes.add(far_away)
    elsewhere.save_revision().publish()

    GlossaryTermFactory(acronym="RSA", expansion="Revenu de solidarité active")
    GlossaryTermFactory(acronym="CIAS", expansion="Centre intercommunal d’action sociale")
    return {
        "departement": departement,
        "epci": epci,
        "matour": matour,
        "trambly": trambly,
        "partner": partner,
        "town_hall": town_hall,
        "ccas": ccas,
        "macon_office": macon_office,
        "rsa": rsa,
        "local_aid": local_aid,
        "elsewhere": elsewhere,
        "category": category,
    }


@pytest.fixture
def member(db):
    user = UserFactory(username="accueil")
    user.user_permissions.add(Permission.objects.get(codename="view_network_information"))
    return user


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached fragments must not leak from one test's database into the next."""
    cache.clear()
