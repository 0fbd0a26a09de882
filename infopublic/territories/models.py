"""French administrative territories (région, département, EPCI, commune) and the département's
territoires d'action sociale."""

import math

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import resolver


class Region(models.Model):
    code = models.CharField(_("code INSEE"), max_length=3, primary_key=True)
    name = models.CharField(_("nom"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("région")
        verbose_name_plural = _("régions")

    def __str__(self):
        return self.name


class Departement(models.Model):
    code = models.CharField(_("code INSEE"), max_length=3, primary_key=True)
    name = models.CharField(_("nom"), max_length=100)
    region = models.ForeignKey(Region, verbose_name=_("région"), on_delete=models.PROTECT)

    class Meta:
        ordering = ["code"]
        verbose_name = _("département")
        verbose_name_plural = _("départements")

    def __str__(self):
        return f"{self.name} ({self.code})"


class EPCI(models.Model):
    class Kind(models.TextChoices):
        CC = "CC", _("Communauté de communes")
        CA = "CA", _("Communauté d’agglomération")
        CU = "CU", _("Communauté urbaine")
        METRO = "METRO", _("Métropole")

    code = models.CharField(_("SIREN"), max_length=9, primary_key=True)
    name = models.CharField(_("nom"), max_length=200)
    kind = models.CharField(_("type"), max_length=5, choices=Kind.choices)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("EPCI")
        verbose_name_plural = _("EPCI")

    def __str__(self):
        return self.name


class CommuneQuerySet(models.QuerySet):
    """Communes as people type them: see `resolver` (one resolver for every page, API and suggestion)."""

    def resolve(self, text, code_insee=""):
        """A `Resolution`: the one commune `text` (a postal code, a name, typed as people type) or
        `code_insee` (picked in a suggestion list) designates, or the candidates to choose from."""
        return resolver.resolve(self, text, code_insee)

    def resolve_params(self, params, name="commune"):
        """The Resolution of a request's `commune=` (typed) and `code_insee=` (picked) parameters.

        A `commune=` sent empty is a field the person cleared: no commune, whatever code was picked
        before; `code_insee=` alone (links, API clients) designates its commune."""
        text = params.get(name)
        if text is not None and not text.strip():
            return resolver.Resolution()
        return self.resolve(text or "", params.get("code_insee", ""))

    def suggest(self, text, limit=8):
        """The communes to propose while `text` is typed, best first (a list)."""
        return resolver.suggest(self, text, limit)

    def designated_by(self, text):
        """The communes `resolve(text)` designates, as a queryset: the one commune, or the candidates."""
        resolution = self.resolve(text)
        communes = [resolution.commune] if resolution.commune else resolution.candidates
        return self.filter(code__in=[commune.code for commune in communes])


class Commune(models.Model):
    code = models.CharField(_("code INSEE"), max_length=5, primary_key=True)
    name = models.CharField(_("nom"), max_length=100, db_index=True)
    departement = models.ForeignKey(Departement, verbose_name=_("département"), on_delete=models.PROTECT)
    epci = models.ForeignKey(
        EPCI,
        verbose_name=_("EPCI"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="communes",
    )
    # Space-separated, so that a postal code can be looked up with a plain LIKE on every database.
    postal_codes = models.CharField(_("codes postaux"), max_length=200, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    objects = CommuneQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def __str__(self):
        return f"{self.name} ({self.main_postal_code or self.code})"

    def get_absolute_url(self):
        return reverse("commune_detail", args=[self.code])

    @property
    def postal_code_list(self):
        return self.postal_codes.split()

    @property
    def main_postal_code(self):
        codes = self.postal_code_list
        return codes[0] if codes else ""

    @property
    def point(self):
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)

    def distance_km(self, latitude, longitude):
        if self.point is None or latitude is None or longitude is None:
            return None
        return haversine_km(self.latitude, self.longitude, latitude, longitude)


class SocialActionTerritory(models.Model):
    """A territoire d'action sociale: the département's grouping of communes for its social services."""

    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("identifiant"), max_length=200, unique=True)
    departement = models.ForeignKey(Departement, verbose_name=_("département"), on_delete=models.PROTECT)
    communes = models.ManyToManyField(
        Commune, verbose_name=_("communes"), related_name="social_action_territories", blank=True
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("territoire d’action sociale")
        verbose_name_plural = _("territoires d’action sociale")

    def __str__(self):
        return self.name


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres."""
    radius = 6371.0088
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))
