"""Shared vocabularies, loaded from data-inclusion-schema (never retyped), and the glossary of acronyms."""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class VocabularyTerm(models.Model):
    """A term of a data·inclusion vocabulary: its value is the schema's identifier."""

    value = models.SlugField(_("identifiant data·inclusion"), max_length=150, unique=True)
    label = models.CharField(_("libellé"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("ordre"), default=0)

    panels = [FieldPanel("label"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "label"]

    def __str__(self):
        return self.label


class Category(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("catégorie")
        verbose_name_plural = _("catégories")


class Theme(VocabularyTerm):
    """A data·inclusion thématique (`categorie--sous-thematique`)."""

    category = models.ForeignKey(
        Category, verbose_name=_("catégorie"), on_delete=models.CASCADE, related_name="themes"
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("category"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("thématique")
        verbose_name_plural = _("thématiques")

    def __str__(self):
        return f"{self.category.label} › {self.label}"


class Public(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("public")
        verbose_name_plural = _("publics")


class ServiceType(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("type de service")
        verbose_name_plural = _("types de service")


class NetworkType(VocabularyTerm):
    """A data·inclusion réseau porteur (CCAS/CIAS, France services, CAF…)."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("réseau porteur")
        verbose_name_plural = _("réseaux porteurs")


class GlossaryTermQuerySet(models.QuerySet):
    def expansions(self):
        """{lowercased acronym or synonym: [expansions]} used to widen search queries."""
        mapping = {}
        for term in self:
            for key in term.lookup_keys():
                mapping.setdefault(key, [])
                for phrase in term.phrases():
                    if phrase.lower() != key and phrase not in mapping[key]:
                        mapping[key].append(phrase)
        return mapping


class GlossaryTerm(index.Indexed, models.Model):
    acronym = models.CharField(_("sigle"), max_length=30, unique=True)
    expansion = models.CharField(_("forme développée"), max_length=255)
    definition = models.TextField(_("définition"), blank=True)
    synonyms = models.TextField(
        _("synonymes"),
        blank=True,
        help_text=_("Autres façons de le dire, une par ligne (ex. « minimum social » pour RSA)."),
    )
    link = models.URLField(_("lien de référence"), blank=True)

    objects = GlossaryTermQuerySet.as_manager()

    panels = [
        FieldPanel("acronym"),
        FieldPanel("expansion"),
        FieldPanel("definition"),
        FieldPanel("synonyms"),
        FieldPanel("link"),
    ]
    search_fields = [
        index.SearchField("acronym", boost=3),
        index.AutocompleteField("acronym"),
        index.SearchField("expansion", boost=2),
        index.AutocompleteField("expansion"),
        index.SearchField("definition"),
    ]

    class Meta:
        ordering = ["acronym"]
        verbose_name = _("terme du glossaire")
        verbose_name_plural = _("glossaire")

    def __str__(self):
        return f"{self.acronym} — {self.expansion}"

    def synonym_list(self):
        return [line.strip() for line in re.split(r"[\n;]", self.synonyms) if line.strip()]

    def lookup_keys(self):
        """Lowercased forms a user may type for this term."""
        return {self.acronym.lower(), self.acronym.lower().replace("+", "")}

    def phrases(self):
        return [self.expansion, *self.synonym_list()]
