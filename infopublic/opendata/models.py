"""Which page an imported record became, so that importing the same record again updates it."""

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
