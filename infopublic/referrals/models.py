"""A referral ("fiche de liaison"): a network member hands a person over to a structure that answers it.

The person's data (first name or initials, contact details, free texts) is encrypted at rest
(django-fernet-encrypted-fields) and erased by `anonymise()`; what remains (structure, themes, commune, dates,
outcome) feeds the coordination's statistics without naming anyone.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from encrypted_fields.fields import EncryptedCharField, EncryptedEmailField, EncryptedTextField

# The wording shown next to the mandatory checkbox, stored with each referral as it was shown.
CONSENT_WORDING = _(
    "La personne a été informée et accepte que ces informations soient transmises à la structure choisie, "
    "pour qu’elle la recontacte. Elle sait qu’elle peut demander leur effacement à tout moment."
)


class Status(models.TextChoices):
    SENT = "sent", _("Envoyée")
    SEEN = "seen", _("Vue")
    ACCEPTED = "accepted", _("Acceptée")
    REFUSED = "refused", _("Refusée")
    REDIRECTED = "redirected", _("Réorientée")
    EXPIRED = "expired", _("Expirée")


OPEN_STATUSES = (Status.SENT, Status.SEEN)
# The encrypted fields that name or reach the person, emptied on anonymisation and erasure.
PERSONAL_FIELDS = ("person_name", "person_phone", "person_email", "availability", "message", "answer_note")


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Par téléphone")
    EMAIL = "email", _("Par courriel")
    REFERENT = "referent", _("Par l’intermédiaire du référent (l’expéditeur)")


class RefusalReason(models.TextChoices):
    FULL = "full", _("Plus de place pour le moment")
    NOT_ELIGIBLE = "not_eligible", _("La personne ne remplit pas les conditions")
    OUT_OF_AREA = "out_of_area", _("Hors de notre territoire")
    NOT_OUR_SERVICE = "not_our_service", _("Ce n’est pas notre mission")
    UNREACHABLE = "unreachable", _("Personne injoignable")
    DECLINED = "declined", _("La personne a renoncé")
    OTHER = "other", _("Autre motif")


class ReferralQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def to_expire(self, now=None):
        now = now or timezone.now()
        return self.open().filter(created_at__lte=now - timedelta(days=settings.REFERRALS_EXPIRY_DAYS))

    def to_anonymise(self, now=None):
        now = now or timezone.now()
        limit = now - timedelta(days=settings.REFERRALS_ANONYMISE_AFTER_DAYS)
        return self.filter(anonymised_at__isnull=True, created_at__lte=limit)


class Referral(models.Model):
    # What the statistics keep: structure, themes, commune, dates, outcome.
    structure = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("structure destinataire"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="referrals",
    )
    scheme = models.ForeignKey(
        "directory.SchemePage",
        verbose_name=_("dispositif"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = models.ManyToManyField("taxonomy.Theme", verbose_name=_("besoins"), blank=True, related_name="+")
    commune = models.ForeignKey(
        "territories.Commune",
        verbose_name=_("commune de la personne"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("expéditeur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="referrals_sent",
    )
    status = models.CharField(_("statut"), max_length=12, choices=Status.choices, default=Status.SENT)
    refusal_reason = models.CharField(
        _("motif du refus"), max_length=20, choices=RefusalReason.choices, blank=True
    )
    redirected_to = models.ForeignKey(
        "directory.StructurePage",
        verbose_name=_("réorientée vers"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("envoyée le"), default=timezone.now, db_index=True)
    seen_at = models.DateTimeField(_("vue le"), null=True, blank=True)
    answered_at = models.DateTimeField(_("répondue le"), null=True, blank=True)
    # Bumped when a new answer link is sent: every older link stops working.
    link_version = models.PositiveIntegerField(default=1)
    consent_wording = models.TextField(_("texte du consentement recueilli"))
    recap_requested = models.BooleanField(_("récapitulatif envoyé à la personne"), default=False)
    anonymised_at = models.DateTimeField(_("anonymisée le"), null=True, blank=True)

    # Personal data: encrypted at rest, emptied by anonymise().
    person_name = EncryptedCharField(_("prénom ou initiales"), max_length=60, null=True, blank=True)
    contact_method = models.CharField(
        _("comment joindre la personne"), max_length=10, choices=ContactMethod.choices
    )
    person_phone = EncryptedCharField(_("téléphone de la personne"), max_length=30, null=True, blank=True)
    person_email = EncryptedEmailField(_("courriel de la personne"), null=True, blank=True)
    availability = EncryptedCharField(_("disponibilités"), max_length=200, null=True, blank=True)
    message = EncryptedTextField(_("situation et demande"), null=True, blank=True)
    answer_note = EncryptedTextField(_("message de la structure"), null=True, blank=True)

    objects = ReferralQuerySet.as_manager()

    class Meta:
        verbose_name = _("fiche de liaison")
        verbose_name_plural = _("fiches de liaison")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        # Never the person's name: a referral's label may reach an admin list or a log line.
        return f"Fiche de liaison n°{self.pk}"

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def is_anonymised(self):
        return self.anonymised_at is not None

    def expires_on(self):
        return self.created_at + timedelta(days=settings.REFERRALS_EXPIRY_DAYS)

    def answer_delay(self):
        if self.answered_at is None:
            return None
        return self.answered_at - self.created_at
