"""Local schemes of the demo network beyond the seeds: facultative aids of the CCAS, the centres sociaux'
workshops and the Département's own schemes.

Same format as `infopublic.demo.schemes`. Figures set by a local rule (ceilings, amounts, durations) are
illustrative: each such fiche says so in `to_complete`, for the partner to confirm. Delivering structures
that the demo does not hold are skipped at load time.
"""

from .communal import COMMUNAL_SCHEMES
from .departement import DEPARTEMENT_SCHEMES

LOCAL_SCHEMES = [*COMMUNAL_SCHEMES, *DEPARTEMENT_SCHEMES]
