"""The partners' workshop: error reports, unmet needs and followed fiches."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from infopublic.network.access import is_coordinator
from infopublic.network.models import PartnerPage

__all__ = ["ErrorReport", "FicheFollow", "UnmetNeed"]


class ErrorReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=[ErrorReport.Status.NEW, ErrorReport.Status.IN_PROGRESS])

    def visible_to(self, user):
        """Reports an admin user may see and answer: their partners' ones; all of them for coordinators."""
        if user.is_superuser or is_coordinator(user):
            return self.all()
        return self.filter(partner__in=PartnerPage.objects.editable_by(user))


class ErrorReport(models.Model):
    """What a reader says is wrong on a fiche; routed to the owning partner's editors."""

    class Status(models.TextChoices):
        NEW = "new", _("Nouveau")
        IN_PROGRESS = "in_progress", _("En cours")
        FIXED = "fixed", _("Corrigé")
        REJECTED = "rejected", _("Rejeté")

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("fiche"), on_delete=models.CASCADE, related_name="error_reports"
    )
    partner = models.ForeignKey(
        "network.PartnerPage",
        verbose_name=_("partenaire"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    field = models.CharField(_("information concernée"), max_length=60)
    message = models.TextField(_("ce qui ne va pas"), max_length=2000)
    contact_email = models.EmailField(_("courriel de contact"), blank=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signalé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="error_reports",
    )
    status = models.CharField(_("statut"), max_length=12, choices=Status.choices, default=Status.NEW)
    reply = models.TextField(_("réponse"), blank=True, max_length=2000)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("réponse de"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("signalé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)

    objects = ErrorReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("signalement d’erreur")
        verbose_name_plural = _("signalements d’erreur")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["partner", "status"])]

    def __str__(self):
        return f"{self.page.title} · {self.get_field_display()}"

    def get_field_display(self):
        from .fields import field_label

        return field_label(self.page.specific_class, self.field)

    @property
    def is_open(self):
        return self.status in (self.Status.NEW, self.Status.IN_PROGRESS)


class UnmetNeed(models.Model):
    """A need that found no answer, recorded anonymously: no user, no name, the day only."""

    commune = models.ForeignKey(
        "territories.Commune",
        verbose_name=_("commune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = models.ManyToManyField("taxonomy.Theme", verbose_name=_("thématiques"), blank=True)
    publics = models.ManyToManyField("taxonomy.Public", verbose_name=_("publics"), blank=True)
    description = models.TextField(_("besoin"), max_length=2000)
    # The first day of the month only, so that a record cannot be matched with a visit to the desk.
    recorded_on = models.DateField(_("mois"))

    class Meta:
        verbose_name = _("besoin non couvert")
        verbose_name_plural = _("besoins non couverts")
        ordering = ["-recorded_on", "-pk"]

    def __str__(self):
        return f"{self.recorded_on:%m/%Y} · {self.commune or _('commune non précisée')}"


class FicheFollow(models.Model):
    """A network member follows a fiche and is told by email when it is published again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_fiches"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="followers")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("fiche suivie")
        verbose_name_plural = _("fiches suivies")
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="workshop_unique_follow")]

    def __str__(self):
        return f"{self.user} → {self.page}"
