"""Which page an imported record became, so that importing the same record again updates it; imports
written in the background."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedRecord(models.Model):
    source = models.CharField(_("source"), max_length=100)
    source_id = models.CharField(_("identifiant dans la source"), max_length=255)
    page = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("structure"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    source_url = models.URLField(_("lien source"), max_length=500, blank=True)
    imported_at = models.DateTimeField(_("importé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)

    class Meta:
        verbose_name = _("enregistrement importé")
        verbose_name_plural = _("enregistrements importés")
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], name="opendata_unique_source_record")
        ]

    def __str__(self):
        return f"{self.source} / {self.source_id}"


class ImportJob(models.Model):
    """A confirmed import too large to write during the request: written by the task worker, its progress
    shown in the admin (infopublic.opendata.jobs)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("en attente")
        RUNNING = "running", _("en cours")
        DONE = "done", _("terminé")
        FAILED = "failed", _("échoué")

    partner = models.ForeignKey(
        "network.PartnerPage", verbose_name=_("partenaire"), on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("déposé par"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    filename = models.CharField(_("fichier"), max_length=255)
    # The file until it is written, emptied afterwards.
    content = models.BinaryField(_("contenu"), blank=True)
    publish = models.BooleanField(_("publier"), default=True)
    status = models.CharField(_("état"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("structures à écrire"), default=0)
    written = models.PositiveIntegerField(_("structures écrites"), default=0)
    error = models.TextField(_("erreur"), blank=True)
    created_at = models.DateTimeField(_("déposé le"), auto_now_add=True)
    finished_at = models.DateTimeField(_("terminé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("import en tâche de fond")
        verbose_name_plural = _("imports en tâche de fond")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.filename} ({self.get_status_display()})"

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)
