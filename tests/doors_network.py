"""A département in miniature to test who serves which commune: two intercommunalities and two
territoires d'action sociale, CCAS, CIAS, MDS, a CAF, France services and a national helpline."""

import datetime

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.models import PageViewRestriction

from infopublic.taxonomy.models import NetworkType
from infopublic.territories.models import SocialActionTerritory

from .factories import (
    CommuneFactory,
    DepartementFactory,
    EPCIFactory,
    PartnerPageFactory,
    SchemePageFactory,
    StructureContactFactory,
    StructurePageFactory,
    UserFactory,
)

HOURS = "Mo-Fr 08:30-12:00,13:30-17:00; PH off"
NOTICE = "Fermé pour travaux : accueil à la mairie de Trambly"


def _structure(partner, title, networks=(), **fields):
    coverage = {key: fields.pop(key) for key in list(fields) if key.startswith("served_")}
    national = fields.pop("national", False)
    page = StructurePageFactory(parent=partner, title=title, served_nationally=national, **fields)
    page.network_types.set(networks)
    for field, values in coverage.items():
        getattr(page, field).set(values)
    page.save_revision().publish()
    return page


def build(home_page):
    today = timezone.localdate()
    departement = DepartementFactory()
    clunisois = EPCIFactory(code="200040293", name="Communauté de communes du Clunisois")
    saint_cyr = EPCIFactory(code="200070000", name="Communauté de communes Saint-Cyr Mère Boitier")
    communes = {
        "cluny": CommuneFactory(
            code="71137",
            name="Cluny",
            postal_codes="71250",
            epci=clunisois,
            latitude=46.4344,
            longitude=4.6592,
        ),
        "blanot": CommuneFactory(
            code="71039",
            name="Blanot",
            postal_codes="71250",
            epci=clunisois,
            latitude=46.4800,
            longitude=4.7400,
        ),
        "matour": CommuneFactory(
            code="71289",
            name="Matour",
            postal_codes="71520",
            epci=saint_cyr,
            latitude=46.3064,
            longitude=4.4836,
        ),
        "trambly": CommuneFactory(
            code="71545",
            name="Trambly",
            postal_codes="71520",
            epci=saint_cyr,
            latitude=46.3313,
            longitude=4.5264,
        ),
        "charolles": CommuneFactory(
            code="71106", name="Charolles", postal_codes="71120", latitude=46.4344, longitude=4.2761
        ),
        "macon": CommuneFactory(
            code="71270", name="Mâcon", postal_codes="71000", latitude=46.3069, longitude=4.8287
        ),
    }
    maconnais = SocialActionTerritory.objects.create(
        name="Mâconnais – Clunisois", slug="maconnais-clunisois", departement=departement
    )
    maconnais.communes.set([communes[key] for key in ("cluny", "blanot", "matour", "trambly", "macon")])
    charolais = SocialActionTerritory.objects.create(
        name="Charolais – Brionnais", slug="charolais-brionnais", departement=departement
    )
    charolais.communes.set([communes["charolles"]])
    networks = {
        value: NetworkType.objects.create(value=value, label=label)
        for value, label in [
            ("ccas-cias", "CCAS / CIAS"),
            ("caf", "CAF"),
            ("maisons-des-solidarites", "Maisons des solidarités"),
            ("france-service", "France services"),
            ("fcsf", "Centres sociaux"),
        ]
    }
    partner = PartnerPageFactory(parent=home_page, title="Réseau du Clunisois")
    places = {}
    places["ccas_cluny"] = _structure(
        partner,
        "CCAS de Cluny",
        [networks["ccas-cias"]],
        commune=communes["cluny"],
        latitude=46.4344,
        longitude=4.6592,
        opening_hours=HOURS,
        served_communes=[communes["cluny"]],
    )
    places["cias"] = _structure(
        partner,
        "CIAS Saint-Cyr Mère Boitier",
        [networks["ccas-cias"]],
        commune=communes["trambly"],
        latitude=46.3313,
        longitude=4.5264,
        phone="03 85 50 00 01",
        opening_hours=HOURS,
        served_epcis=[saint_cyr],
        notice_text=NOTICE,
        notice_starts_on=today - datetime.timedelta(days=1),
        notice_ends_on=today + datetime.timedelta(days=5),
    )
    StructureContactFactory(structure=places["cias"], name="Accueil du CIAS", phone="03 85 50 00 02")
    StructureContactFactory(
        structure=places["cias"],
        name="Ligne directe de la coordinatrice",
        phone="06 99 88 77 66",
        visibility="reseau",
    )
    places["mds_cluny"] = _structure(
        partner,
        "Maison départementale des solidarités de Cluny",
        [networks["maisons-des-solidarites"]],
        commune=communes["cluny"],
        latitude=46.4350,
        longitude=4.6600,
        served_territories=[maconnais],
    )
    places["mds_charolles"] = _structure(
        partner,
        "Maison départementale des solidarités de Charolles",
        [networks["maisons-des-solidarites"]],
        commune=communes["charolles"],
        served_territories=[charolais],
    )
    places["caf"] = _structure(
        partner,
        "CAF de Saône-et-Loire – accueil de Mâcon",
        [networks["caf"]],
        commune=communes["macon"],
        latitude=46.3069,
        longitude=4.8287,
        served_departements=[departement],
    )
    places["france_services"] = _structure(
        partner,
        "France services du Clunisois",
        [networks["france-service"]],
        commune=communes["cluny"],
        latitude=46.4344,
        longitude=4.6590,
        served_epcis=[clunisois],
    )
    places["helpline"] = _structure(partner, "Plateforme nationale d’écoute", national=True, phone="3919")
    places["centre_social"] = _structure(
        partner, "Centre social de Matour", [networks["fcsf"]], commune=communes["matour"]
    )
    # A CCAS reserved to the network (view restriction): never a door for anyone.
    places["restricted"] = _structure(
        partner,
        "CCAS réservé au réseau",
        [networks["ccas-cias"]],
        commune=communes["matour"],
        served_communes=[communes["matour"]],
    )
    restriction = PageViewRestriction.objects.create(
        page=places["restricted"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Membres du réseau")])

    rsa = SchemePageFactory(parent=partner, title="Revenu de solidarité active (RSA)", zone_national=True)
    rsa.handled_by.set([networks["caf"], networks["ccas-cias"], networks["maisons-des-solidarites"]])
    rsa.delivering_structures.set([places["france_services"]])
    rsa.save_revision().publish()
    listening = SchemePageFactory(
        parent=partner, title="Écoute des femmes victimes de violences", zone_national=True
    )
    listening.delivering_structures.set([places["helpline"]])
    listening.save_revision().publish()
    local_aid = SchemePageFactory(parent=partner, title="Aide communale de Cluny")
    local_aid.zone_communes.set([communes["cluny"]])
    local_aid.delivering_structures.set([places["ccas_cluny"]])
    local_aid.save_revision().publish()

    member = UserFactory(username="accueil-doors")
    member.user_permissions.add(Permission.objects.get(codename="view_network_information"))
    return {
        **communes,
        **places,
        "departement": departement,
        "clunisois": clunisois,
        "saint_cyr": saint_cyr,
        "networks": networks,
        "partner": partner,
        "rsa": rsa,
        "listening": listening,
        "local_aid": local_aid,
        "member": member,
    }
