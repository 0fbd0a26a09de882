"""Load steps for the fiches that depend on others: local schemes (on every structure) and guides (on every
fiche they link to, national schemes included), run once those exist."""

import logging

from infopublic.directory.models import GuidePage, SchemePage, StructurePage

from .build import build_guide, build_scheme
from .guides import GUIDES
from .local_schemes import LOCAL_SCHEMES
from .pages import ensure_published_child, find_child
from .partners import COMMUNES
from .reflex_guides import REFLEX_GUIDES

logger = logging.getLogger(__name__)


def ensure_fiche(parent, model, spec, build):
    """The fiche with the spec's slug under `parent`, built and published only when missing."""
    existing = find_child(parent, model, spec["slug"])
    if existing:
        return existing, False
    return ensure_published_child(parent, build(spec))


def structures_by_slug():
    """Every structure of the network but the town halls, by slug."""
    return {page.slug: page for page in StructurePage.objects.exclude(partner__slug=COMMUNES)}


def with_known_structures(spec, structures):
    """`spec` without the delivering structures that the demo does not hold (warned, not fatal)."""
    wanted = spec.get("delivering_structures", [])
    known = [slug for slug in wanted if slug in structures]
    for slug in sorted(set(wanted) - set(known)):
        logger.warning("Scheme %s: unknown delivering structure %s skipped.", spec["slug"], slug)
    return {**spec, "delivering_structures": known}


def ensure_local_schemes(partner_pages, created):
    structures = structures_by_slug()
    for spec in LOCAL_SCHEMES:
        _page, was_created = ensure_fiche(
            partner_pages[spec["partner"]],
            SchemePage,
            spec,
            lambda s: build_scheme(with_known_structures(s, structures), structures),
        )
        created["schemes"] += was_created


def ensure_guides(partner_pages, created):
    """The guides, last: their links to fiches by slug resolve against everything loaded before."""
    for spec in [*GUIDES, *REFLEX_GUIDES]:
        _page, was_created = ensure_fiche(partner_pages[spec["partner"]], GuidePage, spec, build_guide)
        created["guides"] += was_created
