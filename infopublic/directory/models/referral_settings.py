"""What a structure says about the referrals it takes: whether it takes them, and how full it is.

Structure content (edited with the rest of the fiche): the referrals app reads it, never the other way round.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

__all__ = ["Capacity", "CapacityNote", "ReferralSettings"]


class Capacity(models.TextChoices):
    AVAILABLE = "available", _("Places disponibles")
    LIMITED = "limited", _("Places limitées")
    FULL = "full", _("Complet")


@dataclass(frozen=True)
class CapacityNote:
    """A capacity level in force: what the structure said, when, and until when it is shown."""

    level: str
    updated_on: date
    expires_on: date

    @property
    def label(self):
        return Capacity(self.level).label

    def as_dict(self):
        return {
            "level": self.level,
            "label": str(self.label),
            "updated_on": self.updated_on.isoformat(),
            "expires_on": self.expires_on.isoformat(),
        }


class ReferralSettings(models.Model):
    accepts_referrals = models.BooleanField(
        _("reçoit les orientations du réseau"),
        default=False,
        help_text=_(
            "Les membres du réseau peuvent lui adresser une fiche de liaison ; ses éditeurs sont prévenus "
            "par courriel et y répondent."
        ),
    )
    capacity = models.CharField(_("capacité d’accueil"), max_length=10, choices=Capacity.choices, blank=True)
    capacity_updated_on = models.DateField(
        _("capacité indiquée le"),
        null=True,
        blank=True,
        help_text=_("Laisser vide pour la date du jour."),
    )
    capacity_valid_days = models.PositiveSmallIntegerField(
        _("validité de l’indication (jours)"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
        help_text=_("Passé ce délai, la capacité n’est plus affichée, faute d’être confirmée."),
    )

    referral_panels = [
        FieldPanel("accepts_referrals"),
        FieldRowPanel(
            [FieldPanel("capacity"), FieldPanel("capacity_updated_on"), FieldPanel("capacity_valid_days")]
        ),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.capacity and not self.capacity_updated_on:
            self.capacity_updated_on = timezone.localdate()
        if self.capacity_updated_on and self.capacity_updated_on > timezone.localdate():
            raise ValidationError({"capacity_updated_on": _("La date ne peut pas être dans le futur.")})

    def capacity_expires_on(self):
        if not (self.capacity and self.capacity_updated_on):
            return None
        return self.capacity_updated_on + timedelta(days=self.capacity_valid_days)

    def capacity_in_force(self, today=None):
        """The capacity level while its indication is fresh, else "" (an old "complet" misleads)."""
        expires_on = self.capacity_expires_on()
        if expires_on is None or (today or timezone.localdate()) > expires_on:
            return ""
        return self.capacity

    def capacity_label(self, today=None):
        capacity = self.capacity_in_force(today)
        return Capacity(capacity).label if capacity else ""

    def capacity_note(self, today=None):
        """The CapacityNote while the indication is fresh, else None (what every listing shows)."""
        capacity = self.capacity_in_force(today)
        if not capacity:
            return None
        return CapacityNote(
            level=capacity, updated_on=self.capacity_updated_on, expires_on=self.capacity_expires_on()
        )
