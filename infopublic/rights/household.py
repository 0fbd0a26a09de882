"""The household a person describes at the desk: held in memory for one request, never stored."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


class Nationality(models.TextChoices):
    FRENCH = "francaise", _("Française")
    EUROPEAN = "europeenne", _("Union européenne, EEE ou Suisse")
    PERMIT_10 = "titre-10-ans", _("Autre : titre de séjour depuis 10 ans ou plus")
    PERMIT_5 = "titre-5-ans", _("Autre : titre de séjour depuis 5 à 10 ans")
    PERMIT_RECENT = "titre-recent", _("Autre : titre de séjour depuis moins de 5 ans")
    NO_PERMIT = "sans-titre", _("Autre : sans titre de séjour")


class Disability(models.TextChoices):
    NONE = "non", _("Non")
    FROM_50 = "50", _("Oui, taux de 50 à 79 %")
    FROM_80 = "80", _("Oui, taux de 80 % ou plus")


@dataclass(frozen=True)
class Household:
    """What the rights check knows; None where the person did not say (an information to check)."""

    couple: bool | None = None
    age: int | None = None
    partner_age: int | None = None
    children_ages: tuple[int, ...] = ()
    status: str = ""  # ActivityStatus value, "" when not given
    partner_status: str = ""
    disability: str = ""  # Disability value
    housing: str = ""  # HousingStatus value
    rent: Decimal | None = None  # monthly rent, charges excluded
    earnings: Decimal | None = None  # net monthly earnings of the person, last three months' average
    partner_earnings: Decimal | None = None
    unemployment: Decimal | None = None  # unemployment benefits of the household, monthly
    pensions: Decimal | None = None  # retirement and other pensions of the household, monthly
    nationality: str = ""

    @property
    def resources_known(self):
        return any(
            value is not None
            for value in (self.earnings, self.partner_earnings, self.unemployment, self.pensions)
        )

    @property
    def monthly_resources(self):
        """The household's monthly resources (None when none was given): a blank amount counts as zero
        once another one is given."""
        if not self.resources_known:
            return None
        parts = (self.earnings, self.partner_earnings, self.unemployment, self.pensions)
        return sum((value for value in parts if value is not None), Decimal(0))

    @property
    def persons(self):
        return 1 + (1 if self.couple else 0) + len(self.children_ages)

    @property
    def statuses(self):
        return {status for status in (self.status, self.partner_status if self.couple else "") if status}
