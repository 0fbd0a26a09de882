"""A synthetic but realistic French corpus of fiches, generated fast and deterministically."""

import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page, Site

from home.models import HomePage
from infopublic.directory.models import GuidePage, SchemePage, StructurePage
from infopublic.network.models import PartnerPage
from infopublic.taxonomy.models import GlossaryTerm, Public, Theme
from infopublic.territories.models import Commune

__all__ = ["generate_corpus"]

TOPICS = [
    ("aide au loyer", "payer le loyer, le dépôt de garantie et les charges du logement"),
    ("fonds de solidarité pour le logement", "aide financière pour les impayés de loyer et d’énergie"),
    ("revenu de solidarité active", "revenu minimum et accompagnement vers l’emploi"),
    (
        "crèche à vocation d’insertion professionnelle",
        "places en crèche pour les parents en recherche d’emploi",
    ),
    ("allocation de soutien familial", "allocation pour les familles monoparentales"),
    ("aide alimentaire", "colis, épicerie solidaire et restaurants du cœur"),
    ("domiciliation administrative", "adresse pour recevoir son courrier quand on est sans domicile"),
    ("permis de conduire", "bourse au permis et auto-école sociale pour la mobilité"),
    ("complémentaire santé solidaire", "mutuelle gratuite ou à faible coût pour les soins"),
    ("accompagnement des jeunes", "insertion professionnelle, formation et logement des jeunes"),
    ("médiation familiale", "aide aux parents séparés et aux conflits familiaux"),
    ("chèque énergie", "payer les factures d’électricité, de gaz et de chauffage"),
    ("accès aux droits", "démarches administratives, dossiers CAF, retraite et impôts"),
    ("hébergement d’urgence", "mise à l’abri, 115 et places en centre d’hébergement"),
    ("aide à domicile", "portage de repas, aide ménagère pour les personnes âgées"),
]
KINDS_OF_STRUCTURE = [
    "CCAS",
    "Centre social",
    "France services",
    "Association",
    "Épicerie solidaire",
    "Mission locale",
]
FILLER = [
    "Les professionnels accueillent les personnes sans rendez-vous et les orientent",
    "Les conditions dépendent des ressources du foyer et de la composition familiale",
    "Prévoir une pièce d’identité, un justificatif de domicile et le dernier avis d’imposition.",
]
HOURS = [
    "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
    "Mo,We,Fr 08:30-12:30",
    "Tu-Sa 10:00-18:00",
    "Mo-Su 00:00-24:00",
]


def _text(rng, topic):
    return " ".join([topic[1].capitalize() + "."] + rng.sample(FILLER, 2))


def _bulk_insert(model, rows):
    """Insert fiches without one save per page: base Page rows in bulk, then the specific rows, then the
    many-to-many rows. `rows` are (page, parent, position, {m2m field: [objects]})."""
    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    now = timezone.now()
    for page, parent, position, _relations in rows:
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, position)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.numchild, page.live, page.has_unpublished_changes = 0, True, False
        page.draft_title, page.content_type, page.locale = page.title, content_type, locale
        page.translation_key = uuid.uuid4()
        page.first_published_at = page.last_published_at = now
        page.partner_id = parent.pk
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    for chunk_start in range(0, len(rows), 500):
        chunk = [row[0] for row in rows[chunk_start : chunk_start + 500]]
        bases = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(p, f.attname) for f in base_fields}) for p in chunk]
        )
        for page, base in zip(chunk, bases, strict=True):
            page.page_ptr_id = page.id = base.pk
        model._base_manager._insert(chunk, fields=model._meta.local_concrete_fields, using="default")
    links = {}
    for page, _parent, _position, relations in rows:
        for name, objects in relations.items():
            field = model._meta.get_field(name)
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            links.setdefault(through, []).extend(
                through(**{f"{source}_id": page.pk, f"{target}_id": obj.pk}) for obj in objects
            )
    for through, objects in links.items():
        through.objects.bulk_create(objects, batch_size=2000)


@transaction.atomic
def generate_corpus(fiches, seed=71):
    """Partners under a home page, then `fiches` structures (40 %), schemes (45 %) and guides (15 %)."""
    rng = random.Random(seed)
    communes = list(Commune.objects.select_related("epci", "departement"))
    themes = list(Theme.objects.all()) or [None]
    publics = list(Public.objects.all())
    for acronym, expansion in [
        ("RSA", "revenu de solidarité active"),
        ("FSL", "fonds de solidarité pour le logement"),
    ]:
        GlossaryTerm.objects.get_or_create(acronym=acronym, defaults={"expansion": expansion})
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Accueil banc d’essai", slug="banc-essai"))
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    partners = [
        home.add_child(
            instance=PartnerPage(title=f"Partenaire {n}", slug=f"partenaire-{n}", kind="ccas-cias")
        )
        for n in range(20)
    ]
    counts = dict.fromkeys(partners, 0)
    rows = {StructurePage: [], SchemePage: [], GuidePage: []}
    for n in range(fiches):
        partner = partners[n % len(partners)]
        counts[partner] += 1
        topic = TOPICS[rng.randrange(len(TOPICS))]
        commune = rng.choice(communes)
        roll = rng.random()
        relations = {}
        if roll < 0.40:
            page = StructurePage(
                title=f"{rng.choice(KINDS_OF_STRUCTURE)} de {commune.name} — {topic[0]} n° {n}",
                slug=f"structure-{n}",
                summary=_text(rng, topic),
                description=f"<p>{_text(rng, topic)}</p>",
                commune=commune,
                latitude=commune.latitude,
                longitude=commune.longitude,
                opening_hours=rng.choice(HOURS),
                network_notes="<p>Appeler avant 10 h.</p>",
            )
            relations["served_communes"] = [commune]
            if rng.random() < 0.3 and commune.epci_id:
                relations["served_epcis"] = [commune.epci]
        elif roll < 0.85:
            page = SchemePage(
                title=f"{topic[0].capitalize()} — dispositif n° {n}",
                slug=f"dispositif-{n}",
                summary=_text(rng, topic),
                benefits=f"<p>{_text(rng, topic)}</p>",
                conditions="<p>Sous conditions de ressources.</p>",
                zone_national=rng.random() < 0.2,
            )
            if not page.zone_national:
                if rng.random() < 0.5:
                    relations["zone_departements"] = [commune.departement]
                elif commune.epci_id:
                    relations["zone_epcis"] = [commune.epci]
            if themes[0] is not None:
                relations["themes"] = rng.sample(themes, 2)
            if publics:
                relations["publics"] = rng.sample(publics, 2)
        else:
            page = GuidePage(
                title=f"Fiche réflexe : {topic[0]} ({n})", slug=f"guide-{n}", summary=_text(rng, topic)
            )
        rows[type(page)].append((page, partner, counts[partner], relations))
    for model, model_rows in rows.items():
        _bulk_insert(model, model_rows)
    for partner, count in counts.items():
        Page.objects.filter(pk=partner.pk).update(numchild=count)
    return fiches
