"""The database engine's index tables and the durable queue of changes waiting for Elasticsearch."""

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["Document", "DocumentFacet", "ElasticRebuild", "PendingChange", "Term"]


class Document(models.Model):
    """One indexed fiche (or contact): the original texts for snippets and the filterable values.

    The full-text part lives beside it: an FTS5 table on SQLite, tsvector columns on PostgreSQL (see
    migrations/0001_initial.py and search/database/)."""

    key = models.CharField(_("clé"), max_length=40, unique=True)
    page_id = models.PositiveIntegerField(_("page"), db_index=True)
    kind = models.CharField(_("type"), max_length=12, db_index=True)
    network_only = models.BooleanField(_("réservé au réseau"), default=False)
    title = models.CharField(_("titre"), max_length=300)
    url = models.CharField(_("adresse"), max_length=500)
    summary = models.TextField(_("résumé"), blank=True)
    body = models.TextField(_("texte"), blank=True)
    network_text = models.TextField(_("texte réservé au réseau"), blank=True)
    partner = models.CharField(_("partenaire"), max_length=255, blank=True)
    commune_code = models.CharField(_("commune"), max_length=5, blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True, default="")
    commune_name = models.CharField(_("nom de la commune"), max_length=100, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True, db_index=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    national = models.BooleanField(_("national"), default=False, db_index=True)
    hours = models.JSONField(_("horaires"), default=dict, blank=True)
    public_terms = models.TextField(_("mots publics"), blank=True)
    # The theme/public/territory rows of DocumentFacet, denormalised ("facet:value" per line): the filter
    # keys a text match reads are written from it (database/keys.py).
    facet_keys = models.TextField(_("facettes"), blank=True)
    # What the document covers, unexpanded ("c:71289", "e:<EPCI>", "t:<territory>", "d:71", one a line):
    # a text match checks a commune against it, as filter keys (documents.coverage_keys, database/keys.py).
    coverage_keys = models.TextField(_("couverture"), blank=True)

    class Meta:
        verbose_name = _("document indexé")
        verbose_name_plural = _("documents indexés")

    def __str__(self):
        return self.key


class DocumentFacet(models.Model):
    """A keyword of a document: covered commune, theme, public or territory."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(_("facette"), max_length=12)
    value = models.CharField(_("valeur"), max_length=150)

    class Meta:
        indexes = [
            models.Index(fields=["facet", "value", "document"], name="search_facet_lookup"),
            # Facet counts join matched documents to their theme/public/territory rows only, skipping the
            # hundreds of commune rows of a département-wide document.
            models.Index(fields=["document", "facet", "value"], name="search_facet_by_document"),
        ]
        verbose_name = _("valeur de facette")
        verbose_name_plural = _("valeurs de facettes")

    def __str__(self):
        return f"{self.facet}={self.value}"


class Term(models.Model):
    """A folded word of public indexed text and how many documents use it (typo correction, suggestions)."""

    word = models.CharField(_("mot"), max_length=80, primary_key=True)
    initial = models.CharField(_("initiale"), max_length=1)
    length = models.PositiveSmallIntegerField(_("longueur"))
    documents = models.PositiveIntegerField(_("documents"), default=0)

    class Meta:
        indexes = [models.Index(fields=["initial", "length"], name="search_term_near")]
        verbose_name = _("mot indexé")
        verbose_name_plural = _("mots indexés")

    def __str__(self):
        return self.word


class PendingChange(models.Model):
    """A page whose Elasticsearch document must be rewritten (or removed): the durable queue."""

    page_id = models.PositiveIntegerField(_("page"), db_index=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("tentatives"), default=0)
    last_error = models.TextField(_("dernière erreur"), blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("modification en attente d’indexation")
        verbose_name_plural = _("modifications en attente d’indexation")

    def __str__(self):
        return f"page {self.page_id}"


class ElasticRebuild(models.Model):
    """An Elasticsearch rebuild in progress: while it runs, replayed changes stay queued, so that the ones
    written after the rebuild read the database reach the new index once the alias is swapped."""

    started_at = models.DateTimeField(_("commencée le"), auto_now_add=True)
    finished_at = models.DateTimeField(_("terminée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("reconstruction de l’index Elasticsearch")
        verbose_name_plural = _("reconstructions de l’index Elasticsearch")

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M}"
