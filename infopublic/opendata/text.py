"""Plain text in, plain text out: rich text flattened for export, imported text stripped of any markup."""

import html
import re
import unicodedata

import bleach

WHITESPACE = re.compile(r"[ \t\r\f\v]+")
BLANK_LINES = re.compile(r"\n\s*\n+")
BLOCK_END = re.compile(r"</(p|li|h[1-6]|div|ul|ol)>|<br\s*/?>", re.IGNORECASE)


def strip_tags(value):
    """Remove every tag, comment and entity trick: the result holds no markup, even once unescaped.

    Unescaping is repeated until nothing changes, so that `&lt;script&gt;` cannot become a tag later.
    """
    text = str(value or "")
    for _round in range(5):
        cleaned = html.unescape(
            bleach.clean(text, tags=set(), attributes={}, strip=True, strip_comments=True)
        )
        if cleaned == text:
            break
        text = cleaned
    # Whatever still looks like the start of a tag loses its angle bracket.
    text = re.sub(r"<(?=[A-Za-z/!?])", "‹", text)
    return text


def clean_line(value, max_length=None):
    """One line of imported text: no markup, no control characters, collapsed spaces."""
    text = WHITESPACE.sub(" ", strip_tags(value).replace("\n", " ")).strip()
    text = "".join(char for char in text if unicodedata.category(char)[0] != "C")
    return text[:max_length] if max_length else text


def clean_paragraphs(value):
    """Imported multi-line text: no markup, paragraphs separated by one blank line."""
    lines = [WHITESPACE.sub(" ", line).strip() for line in strip_tags(value).splitlines()]
    text = "\n".join(lines)
    return BLANK_LINES.sub("\n\n", text).strip()


def paragraphs_to_rich_text(text):
    """Plain paragraphs as Wagtail rich text (escaped, one <p> per paragraph)."""
    return "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in text.split("\n\n") if paragraph)


def rich_text_to_plain(value):
    """Wagtail rich text as readable plain text for export."""
    text = BLOCK_END.sub("\n", str(value or ""))
    return clean_paragraphs(text)
