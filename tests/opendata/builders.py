"""Page trees shared by the open data tests, built once per test class (setUpTestData)."""

from datetime import date

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from data_inclusion.schema import v1

from infopublic.directory.choices import MobilisedBy, ReceptionMode, Visibility
from infopublic.taxonomy.models import NetworkType, Public, ServiceType, Theme
from infopublic.taxonomy.vocabularies import load_vocabularies

from ..factories import (
    CommuneFactory,
    GuidePageFactory,
    PartnerPageFactory,
    SchemePageFactory,
    StructureContactFactory,
    StructurePageFactory,
    make_home_page,
)

# A unique token planted in every network-only place; it must never reach an anonymous reader.
SECRET = "ZQXSECRET7781"
SECRET_PHONE = "03 99 77 81 00"
SECRET_EMAIL = "zqxsecret7781@reseau.example.org"


def load_network_types():
    """Only the réseaux porteurs, in one query: imports need nothing else and load_vocabularies() is slow."""
    NetworkType.objects.bulk_create(
        [NetworkType(value=item["value"], label=item["label"]) for item in v1.ReseauPorteur.as_dict_list()],
        ignore_conflicts=True,
    )


def build_site():
    return make_home_page()


def restrict_to_network(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Membres du réseau")[0])
    return restriction


def build_directory():
    """A partner with public, draft and network-only fiches, every network-only field holding SECRET."""
    load_vocabularies()
    home = build_site()
    macon = CommuneFactory(code="71270", name="Mâcon", postal_codes="71000")
    cluny = CommuneFactory(code="71137", name="Cluny", postal_codes="71250", epci=macon.epci)
    partner = PartnerPageFactory(parent=home, title="CCAS de Mâcon", slug="ccas-macon")
    public = StructurePageFactory(
        parent=partner,
        title="Espace solidarité de Mâcon",
        slug="espace-solidarite",
        summary="Accueil, information et orientation de toute personne.",
        description="<p>Permanences <b>sociales</b> et aide aux démarches.</p>",
        address="1 rue de la Paix",
        postal_code="71000",
        commune=macon,
        latitude=46.3069,
        longitude=4.8287,
        website="https://solidarite.example.org",
        accessibility_url="https://acceslibre.beta.gouv.fr/app/71-macon/a/mairie/erp/espace/",
        siret="21710270400018",
        last_verified_at=date(2025, 3, 1),
        network_notes=f"<p>Code porte {SECRET}</p>",
    )
    public.network_types = list(NetworkType.objects.filter(value__in=["ccas-cias", "france-service"]))
    public.save()
    StructureContactFactory(
        structure=public,
        name="Accueil",
        phone="03 85 00 11 22",
        email="accueil@solidarite.example.org",
        visibility=Visibility.PUBLIC,
    )
    StructureContactFactory(
        structure=public,
        name=f"Ligne directe {SECRET}",
        phone=SECRET_PHONE,
        email=SECRET_EMAIL,
        note=SECRET,
        visibility=Visibility.NETWORK,
    )
    other = StructurePageFactory(
        parent=partner, title="Maison France services de Cluny", commune=cluny, opening_hours=""
    )
    draft = StructurePageFactory(parent=partner, title=f"Brouillon {SECRET}", live=False)
    private = StructurePageFactory(parent=partner, title=f"Interne {SECRET}", phone=SECRET_PHONE)
    restrict_to_network(private)

    national = SchemePageFactory(
        parent=partner,
        title="Revenu de solidarité active",
        summary="Un revenu minimum pour les personnes sans ressources ou à faibles revenus.",
        conditions="<p>Avoir <i>25 ans</i> ou plus.</p>",
        how_to_apply="<p>En ligne ou auprès du CCAS.</p>",
        zone_national=True,
        fees="gratuit",
        reception_modes=[ReceptionMode.WALK_IN, ReceptionMode.ONLINE],
        mobilised_by=[MobilisedBy.USERS, MobilisedBy.PROFESSIONALS],
        application_url="https://www.example.gouv.fr/rsa",
        network_notes=f"<p>{SECRET}</p>",
    )
    national.themes = list(Theme.objects.filter(value__startswith="difficultes-financieres")[:2])
    national.publics = list(Public.objects.filter(value__in=["tous-publics", "familles"]))
    national.service_types = list(ServiceType.objects.filter(value="aide-financiere"))
    national.delivering_structures = [public, other, private, draft]
    national.save()

    local = SchemePageFactory(parent=partner, title="Aide facultative du CCAS", fees="payant")
    local.zone_communes = [macon]
    local.zone_epcis = [macon.epci]
    local.delivering_structures = [public]
    local.save()
    orphan = SchemePageFactory(parent=partner, title="Dispositif sans structure")
    draft_scheme = SchemePageFactory(parent=partner, title=f"Dispositif {SECRET}", live=False)
    draft_scheme.delivering_structures = [public]
    draft_scheme.save()
    guide = GuidePageFactory(
        parent=partner,
        title="Orienter vers l’épicerie solidaire",
        body=[
            ("heading", {"text": "Étapes", "level": "h2"}),
            ("paragraph", "<p>Appeler le secrétariat.</p>"),
        ],
        network_notes=f"<p>{SECRET}</p>",
    )
    return {
        "guide": guide,
        "home": home,
        "partner": partner,
        "macon": macon,
        "cluny": cluny,
        "public": public,
        "other": other,
        "draft": draft,
        "private": private,
        "national": national,
        "local": local,
        "orphan": orphan,
        "draft_scheme": draft_scheme,
    }
