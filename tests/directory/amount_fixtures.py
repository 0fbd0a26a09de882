"""openfisca-france parameter paths and legal references the amount tests check against."""

from datetime import datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
RSA = "prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa"
PPA = "prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.montant_de_base"
AAH = "prestations_sociales.prestations_etat_de_sante.invalidite.aah.montant"
ASPA = "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa"
ASPA_SINGLE = f"{ASPA}.montant_maximum_annuel.personnes_seules"
ASPA_COUPLE = f"{ASPA}.montant_maximum_annuel.couples"
# The allocation de soutien familial is a share of the BMAF, not euros.
ASF_RATE = (
    "prestations_sociales.prestations_familiales.education_presence_parentale.asf.montant_asf."
    "orphelin_assimile_seul_parent"
)
# The decrees of the 2025 and 2026 revaluations, as the package references them.
DECREE_2025 = "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393086"
DECREE_2026 = "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733826"


def paris(*args):
    return datetime(*args, tzinfo=PARIS)
