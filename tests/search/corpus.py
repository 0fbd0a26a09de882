"""A small, realistic French corpus for the contract tests (built with the shared factories)."""

from wagtail.models import Page, PageViewRestriction

from infopublic.directory.choices import Visibility
from infopublic.taxonomy.models import Category, GlossaryTerm, Public, Theme
from infopublic.territories.models import Commune, SocialActionTerritory

from ..factories import (
    GuidePageFactory,
    PartnerPageFactory,
    SchemePageFactory,
    StructureContactFactory,
    StructurePageFactory,
)

MATOUR, MACON, TRAMAYES, CHALON = "71289", "71270", "71545", "71076"
HAUT_CLUNISOIS = "200071645"
MACONNAIS = "200070308"  # Mâconnais Beaujolais Agglomération, Mâcon's EPCI
# Unique tokens that exist only in network-only fields: an anonymous search must never see them.
NOTE_TOKEN = "zqxwvnotetoken"
CONTACT_TOKEN = "zqxwvcontacttoken"
HOSTILE_NOTE = (
    f'<script>alert("x")</script><p>Appeler avant 10 h, {NOTE_TOKEN} <img src=x onerror=alert(1)></p>'
)


def build_corpus(home):
    """Pages, vocabularies and glossary; returns {name: page}. Pages are live unless said otherwise."""
    logement = Category.objects.create(value="logement-hebergement", label="Logement et hébergement")
    famille = Category.objects.create(value="famille", label="Famille")
    themes = {
        "loyer": Theme.objects.create(
            value="logement-hebergement--payer-son-loyer", label="Payer son loyer", category=logement
        ),
        "garde": Theme.objects.create(
            value="famille--garde-denfants", label="Garde d’enfants", category=famille
        ),
        "ressources": Theme.objects.create(
            value="famille--soutien-aux-familles", label="Soutien aux familles", category=famille
        ),
    }
    publics = {
        "familles": Public.objects.create(value="familles-enfants", label="Familles et enfants"),
        "jeunes": Public.objects.create(value="jeunes", label="Jeunes"),
    }
    GlossaryTerm.objects.create(
        acronym="RSA", expansion="revenu de solidarité active", synonyms="minimum social"
    )
    GlossaryTerm.objects.create(acronym="FSL", expansion="fonds de solidarité pour le logement")
    GlossaryTerm.objects.create(acronym="AVIP", expansion="crèche à vocation d’insertion professionnelle")
    territory = SocialActionTerritory.objects.create(
        name="Territoire du Clunisois", slug="clunisois", departement_id="71"
    )
    territory.communes.set(Commune.objects.filter(epci_id=HAUT_CLUNISOIS))
    territory = SocialActionTerritory.objects.create(
        name="Territoire du Mâconnais", slug="maconnais", departement_id="71"
    )
    territory.communes.set(Commune.objects.filter(epci_id=MACONNAIS))

    departement = PartnerPageFactory(parent=home, title="Département de Saône-et-Loire")
    ccas = PartnerPageFactory(parent=home, title="CCAS de Matour")
    pages = {}
    pages["rsa"] = SchemePageFactory(
        parent=departement,
        title="Revenu de solidarité active",
        summary="Un revenu minimum pour les personnes sans ressources ou à faibles ressources.",
        benefits="<p>Un complément de revenus versé chaque mois et un accompagnement vers l’emploi.</p>",
        zone_national=True,
    )
    pages["rsa"].themes.set([themes["ressources"]])
    pages["fsl"] = SchemePageFactory(
        parent=departement,
        title="Fonds de solidarité pour le logement",
        summary="Une aide pour payer le loyer, le dépôt de garantie ou les factures d’énergie.",
        conditions="<p>Ressources modestes, logement dans le département.</p>",
        network_notes="<p>Dossier instruit par le CCAS ; prévoir les quittances.</p>",
    )
    pages["fsl"].zone_departements.set(["71"])
    pages["fsl"].themes.set([themes["loyer"]])
    pages["fsl"].publics.set([publics["familles"], publics["jeunes"]])
    pages["asf"] = SchemePageFactory(
        parent=departement,
        title="Allocation de soutien familial",
        summary="Une allocation pour le parent qui élève seul son enfant : les familles monoparentales.",
        zone_national=True,
    )
    pages["asf"].themes.set([themes["ressources"]])
    pages["asf"].publics.set([publics["familles"]])
    pages["chauffage"] = SchemePageFactory(
        parent=departement,
        title="Aide communale au chauffage",
        summary="Une aide ponctuelle de la ville de Mâcon pour les factures de chauffage.",
    )
    pages["chauffage"].zone_communes.set([MACON])
    pages["creche"] = StructurePageFactory(
        parent=departement,
        title="Crèche AVIP Les Petits Pas",
        summary="Crèche à vocation d’insertion professionnelle : des places pour les enfants des parents "
        "qui cherchent un emploi.",
        commune_id=MACON,
        latitude=46.3035,
        longitude=4.8337,
        opening_hours="Mo-Fr 07:30-18:30; PH off",
    )
    pages["creche"].served_communes.set([MACON])
    pages["ccas"] = StructurePageFactory(
        parent=ccas,
        title="CCAS de Matour",
        summary="Accueil social de la commune : aides facultatives, domiciliation, orientation.",
        commune_id=MATOUR,
        latitude=46.3068,
        longitude=4.4826,
        opening_hours="Mo-Fr 09:00-12:00",
        network_notes=HOSTILE_NOTE,
    )
    StructureContactFactory(structure=pages["ccas"], name="Accueil du CCAS", phone="03 85 59 70 00")
    StructureContactFactory(
        structure=pages["ccas"],
        name=f"Ligne directe de l’assistante sociale {CONTACT_TOKEN}",
        phone="06 00 00 00 00",
        visibility=Visibility.NETWORK,
    )
    pages["france_services"] = StructurePageFactory(
        parent=ccas,
        title="France services de Tramayes",
        summary="Aide aux démarches administratives en ligne : CAF, impôts, retraite.",
        commune_id=TRAMAYES,
        latitude=46.3023,
        longitude=4.5984,
        opening_hours="Mo-Sa 00:00-24:00",
    )
    pages["france_services"].served_epcis.set([HAUT_CLUNISOIS])
    pages["mission_locale"] = StructurePageFactory(
        parent=departement,
        title="Mission locale du Chalonnais",
        summary="Accompagnement des jeunes vers l’emploi et le logement.",
        commune_id=CHALON,
        latitude=46.7806,
        longitude=4.8536,
        opening_hours="Mo-Fr 09:00-12:00; Sa,Su off",
    )
    pages["domiciliation"] = GuidePageFactory(
        parent=departement,
        title="Accueillir une personne sans domicile",
        summary="La domiciliation administrative : qui peut la faire et comment.",
    )
    pages["canary"] = GuidePageFactory(
        parent=departement,
        title="Ornithologie des étangs bressans",
        summary="Les hérons cendrés nichent au bord des étangs.",
    )
    pages["draft"] = SchemePageFactory(
        parent=departement, title="Prime brouillon zqxwvdraft", summary="Jamais publiée.", live=False
    )
    pages["private"] = SchemePageFactory(
        parent=departement,
        title="Dispositif confidentiel zqxwvprivate",
        summary="Réservé.",
        zone_national=True,
    )
    PageViewRestriction.objects.create(page=pages["private"], restriction_type=PageViewRestriction.LOGIN)
    for page in pages.values():
        page.save()
    return {"pages": pages, "themes": themes, "publics": publics, "root": Page.get_first_root_node()}
