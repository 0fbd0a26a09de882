"""The département's doors: a Saône-et-Loire-wide network of structures beyond the seed network of the
Clunisois and Montceau-les-Mines, grouped under their partners (see README: illustrative data, to be
verified by each partner)."""

from . import ccas, employment, food_aid, france_services, rights, social_security, solidarites
from .partners import PARTNERS

STRUCTURES = [
    *solidarites.STRUCTURES,
    *social_security.STRUCTURES,
    *employment.STRUCTURES,
    *ccas.STRUCTURES,
    *france_services.STRUCTURES,
    *rights.STRUCTURES,
    *food_aid.STRUCTURES,
]

__all__ = ["PARTNERS", "STRUCTURES"]
