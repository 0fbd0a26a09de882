"""Communes in JSON answers (suggestion lists, candidates to choose from)."""

__all__ = ["commune_json"]


def commune_json(commune):
    """`{"code", "code_insee", "name", "postal_code", "postal_codes", "url"}`: `code` is the INSEE code
    (kept for existing clients), `postal_code` the main one."""
    return {
        "code": commune.code,
        "code_insee": commune.code,
        "name": commune.name,
        "postal_code": commune.main_postal_code,
        "postal_codes": commune.postal_code_list,
        "url": commune.get_absolute_url(),
    }
