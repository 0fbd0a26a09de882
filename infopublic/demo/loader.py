"""Build the whole demo network, step by step. Every step is idempotent: existing content is left alone."""

from collections import Counter

from django.db import transaction

from infopublic.directory.models import SchemePage, StructurePage
from infopublic.network.services import ensure_roles, setup_partner
from infopublic.taxonomy.vocabularies import load_vocabularies
from infopublic.territories.loading import departement_data, load_departement

from . import departement
from .build import build_scheme, build_structure
from .bulk import ensure_live_structures, index_missing_fiches
from .fiche_steps import ensure_fiche, ensure_guides, ensure_local_schemes
from .glossary import ensure_glossary
from .national import PARTNER_SPEC as NATIONAL_PARTNER
from .national import SCHEMES as NATIONAL_SCHEMES
from .pages import ensure_published_child
from .partners import COMMUNES, PARTNERS, build_partner
from .schemes import SCHEMES
from .site import ensure_home_page
from .structures import STRUCTURES
from .territories import DEPARTEMENT, ensure_social_action_territories
from .town_halls import ensure_town_halls, select_town_halls
from .users import ensure_demo_users


def ensure_partners(home, created):
    pages = {}
    for spec in [*PARTNERS, *departement.PARTNERS, NATIONAL_PARTNER]:
        page, was_created = ensure_published_child(home, build_partner(spec))
        created["partners"] += was_created
        setup_partner(page)
        pages[spec["slug"]] = page
    return pages


def ensure_fiches(partner_pages, created):
    structures = {}
    for spec in STRUCTURES:
        page, was_created = ensure_fiche(partner_pages[spec["partner"]], StructurePage, spec, build_structure)
        created["structures"] += was_created
        structures[spec["slug"]] = page
    doors, doors_created = ensure_live_structures(partner_pages, departement.STRUCTURES)
    created["structures"] += doors_created
    structures.update(doors)
    for spec in [*SCHEMES, *NATIONAL_SCHEMES]:
        _page, was_created = ensure_fiche(
            partner_pages[spec["partner"]], SchemePage, spec, lambda s: build_scheme(s, structures)
        )
        created["schemes"] += was_created


@transaction.atomic
def load_demo(town_halls="all", with_users=True):
    """Load the demo network; `town_halls` is "all", "none" or INSEE codes.

    Returns (created: Counter of what this run created, users: {username: user}).
    """
    created = Counter()
    town_hall_communes, town_halls_date = select_town_halls(town_halls, DEPARTEMENT)
    load_departement(departement_data(DEPARTEMENT))
    load_vocabularies()
    ensure_social_action_territories()
    created["glossary_terms"] += ensure_glossary()
    home = ensure_home_page()
    ensure_roles()
    partner_pages = ensure_partners(home, created)
    ensure_fiches(partner_pages, created)
    ensure_local_schemes(partner_pages, created)
    created["town_halls"] += ensure_town_halls(partner_pages[COMMUNES], town_hall_communes, town_halls_date)
    ensure_guides(partner_pages, created)
    index_missing_fiches()
    users = ensure_demo_users(partner_pages) if with_users else {}
    return created, users
