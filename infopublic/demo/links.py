"""Links from guides to fiches (schemes, structures, guides) named by slug, resolved when the guide is built.

A guide's seed body may hold `links` blocks whose items name a fiche by slug instead of a page: they are
turned into page links once the fiches exist. Slugs are unique only among a partner's pages (the national
FSL and the Département's FSL share theirs), so an item may name the owning partner; without one, a fiche
of the guide's own partner wins. A slug that names no live fiche is dropped with a warning: a guide never
stops the demo from loading.
"""

import logging

from infopublic.directory.models import GuidePage, SchemePage, StructurePage

logger = logging.getLogger(__name__)

FICHE_MODELS = (SchemePage, StructurePage, GuidePage)


def fiche_link(label, slug, partner=None):
    """A seed link item to the fiche `slug` (of `partner`, when several partners use the slug)."""
    return {"label": label, "slug": slug, "partner": partner}


def find_fiche(slug, partner=None, preferred_partner=None):
    """The live fiche with this slug, or None; among several, the preferred partner’s, else the first."""
    candidates = []
    for model in FICHE_MODELS:
        pages = model.objects.live().filter(slug=slug).select_related("partner")
        if partner:
            pages = pages.filter(partner__slug=partner)
        candidates.extend(pages)
    if not candidates:
        return None
    candidates.sort(key=lambda page: (getattr(page.partner, "slug", None) != preferred_partner, page.path))
    return candidates[0]


def _resolve_item(item, guide_partner):
    if "slug" not in item:
        return item
    page = find_fiche(item["slug"], item.get("partner"), guide_partner)
    if page is None:
        owner = f" ({item['partner']})" if item.get("partner") else ""
        logger.warning("Guide link « %s » skipped: no live fiche %s%s.", item["label"], item["slug"], owner)
        return None
    return {"label": item["label"], "page": page.pk, "url": ""}


def resolve_fiche_links(body, guide_partner):
    """The StreamField data `body`, its slug links turned into page links and empty link lists dropped."""
    resolved = []
    for block in body:
        if block["type"] != "links":
            resolved.append(block)
            continue
        items = [item for item in (_resolve_item(item, guide_partner) for item in block["value"]) if item]
        if items:
            resolved.append({"type": "links", "value": items})
    return resolved


def slug_links(body):
    """The (slug, partner) pairs that the seed `body` links to."""
    return [
        (item["slug"], item.get("partner"))
        for block in body
        if block["type"] == "links"
        for item in block["value"]
        if "slug" in item
    ]
