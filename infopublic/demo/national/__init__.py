"""The national reference layer: national schemes and helplines, owned by the coordination.

Local partners link to these fiches rather than copy them; each fiche names the kinds of local door that
handle it (`handled_by`, data·inclusion network types), so that « Où s’adresser » lists the doors serving
the person’s commune. Amounts bound to openfisca-france parameters follow each revaluation.
"""

from . import autonomy, basics, family, health, helplines, housing, income, rights, work
from .common import PARTNER, PARTNER_SPEC

SCHEMES = [
    *income.FICHES,
    *family.FICHES,
    *housing.FICHES,
    *health.FICHES,
    *autonomy.FICHES,
    *rights.FICHES,
    *helplines.FICHES,
    *work.FICHES,
    *basics.FICHES,
]

__all__ = ["PARTNER", "PARTNER_SPEC", "SCHEMES"]
