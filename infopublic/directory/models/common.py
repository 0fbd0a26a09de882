"""What every fiche of the directory shares: an owning partner, freshness and network-only notes."""

from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.fields import RichTextField
from wagtail.models import Page

from ..choices import ReviewInterval

__all__ = ["DirectoryPage"]

NOTE_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class DirectoryPage(Page):
    """Abstract base of structures, schemes and guides."""

    partner = models.ForeignKey(
        "network.PartnerPage",
        verbose_name=_("partenaire"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Le partenaire sous lequel la fiche est rangée ; mis à jour automatiquement."),
    )
    last_verified_at = models.DateField(_("information vérifiée le"), null=True, blank=True)
    review_interval_months = models.PositiveSmallIntegerField(
        _("fréquence de vérification"), choices=ReviewInterval.choices, default=ReviewInterval.SIX_MONTHS
    )
    network_notes = RichTextField(
        _("notes réservées au réseau"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_(
            "Astuces pour les professionnels (ex. « appeler avant 10 h »). Jamais visibles du public."
        ),
    )

    to_complete = models.CharField(
        _("à compléter par le partenaire"),
        max_length=255,
        blank=True,
        help_text=_(
            "Informations que la coordination n’a pas pu vérifier et que le partenaire doit compléter "
            "(ex. « téléphone, horaires »). Vide quand la fiche est complète."
        ),
    )

    # Fields that must never reach an anonymous visitor (pages, search, APIs, exports).
    network_only_fields = ("network_notes",)

    class Meta:
        abstract = True

    def can_be_verified_by(self, user):
        """Whether `user` may confirm the fiche is up to date ("Information à jour"): whoever may edit it."""
        return self.permissions_for_user(user).can_edit()

    def review_due_on(self):
        if not self.last_verified_at:
            return None
        month_index = self.last_verified_at.month - 1 + self.review_interval_months
        year = self.last_verified_at.year + month_index // 12
        month = month_index % 12 + 1
        day = min(self.last_verified_at.day, 28)
        return date(year, month, day)

    def is_review_overdue(self, today=None):
        due = self.review_due_on()
        return due is None or due <= (today or date.today())
