"""Every text a reader submits goes through here before it is stored: a strict bleach allowlist."""

import html

import bleach
from bleach.linkifier import DEFAULT_CALLBACKS

ALLOWED_TAGS = {"a", "b", "em", "i", "strong"}
ALLOWED_ATTRIBUTES = {"a": ["href", "rel"]}
ALLOWED_PROTOCOLS = {"http", "https", "mailto"}


def _safe_link(attrs, new=False):
    """Links open no window and pass no referrer or ranking."""
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    return attrs


def clean_text(value):
    """Keep plain text and a few inline tags; strip the rest, neutralise links' schemes and attributes."""
    if not value:
        return ""
    cleaned = bleach.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    linker = bleach.Linker(callbacks=[*DEFAULT_CALLBACKS, _safe_link], skip_tags={"pre"}, parse_email=False)
    return linker.linkify(cleaned).strip()


def plain_text(value):
    """A one-line plain text (names, titles): every tag stripped, no angle bracket left."""
    text = html.unescape(bleach.clean(value or "", tags=set(), strip=True, strip_comments=True))
    return " ".join(text.replace("<", " ").replace(">", " ").split())
