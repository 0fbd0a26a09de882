"""The fiches réflexes of the front desk: one situation each, written as a procedure (what to ask, what to
do now, whom to call, what to bring) with links to the schemes and doors by slug.

Links name national schemes too (rsa, fonds-de-solidarite-logement…): they resolve when the national layer
is loaded and are skipped with a warning otherwise.
"""

from .family import FAMILY_GUIDES
from .health import HEALTH_GUIDES
from .housing import HOUSING_GUIDES
from .income import INCOME_GUIDES

REFLEX_GUIDES = [*HOUSING_GUIDES, *FAMILY_GUIDES, *INCOME_GUIDES, *HEALTH_GUIDES]
