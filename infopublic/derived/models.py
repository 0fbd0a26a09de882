from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["SourceVersion"]


class SourceVersion(models.Model):
    """The version token of one source of derived data, replaced in the transaction that changes it."""

    source = models.CharField(_("source"), max_length=40, primary_key=True)
    token = models.CharField(_("version"), max_length=32)

    class Meta:
        verbose_name = _("version d’une source de données dérivées")
        verbose_name_plural = _("versions des sources de données dérivées")

    def __str__(self):
        return f"{self.source}: {self.token}"
