"""Closed lists used by the directory, with their data·inclusion equivalents where the schema has one."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReceptionMode(models.TextChoices):
    WALK_IN = "sans-rendez-vous", _("Accueil sans rendez-vous")
    APPOINTMENT = "sur-rendez-vous", _("Sur rendez-vous")
    PHONE = "telephone", _("Par téléphone")
    ONLINE = "en-ligne", _("En ligne")
    HOME_VISIT = "a-domicile", _("À domicile")


# data·inclusion `modes_accueil` and `modes_mobilisation` for each reception mode.
RECEPTION_MODE_TO_DATA_INCLUSION = {
    ReceptionMode.WALK_IN: ({"en-presentiel"}, {"se-presenter"}),
    ReceptionMode.APPOINTMENT: ({"en-presentiel"}, {"telephoner"}),
    ReceptionMode.PHONE: ({"a-distance"}, {"telephoner"}),
    ReceptionMode.ONLINE: ({"a-distance"}, {"utiliser-lien-mobilisation"}),
    ReceptionMode.HOME_VISIT: ({"en-presentiel"}, set()),
}


class Accessibility(models.TextChoices):
    WHEELCHAIR = "fauteuil-roulant", _("Accessible en fauteuil roulant")
    STEP_FREE = "plain-pied", _("De plain-pied ou ascenseur")
    HEARING_LOOP = "boucle-magnetique", _("Boucle magnétique")
    SIGN_LANGUAGE = "lsf", _("Accueil en langue des signes")
    EASY_READ = "falc", _("Documents faciles à lire et à comprendre (FALC)")
    PARKING = "stationnement-pmr", _("Stationnement réservé PMR")
    PUBLIC_TRANSPORT = "transports", _("Desservi par les transports en commun")


class Language(models.TextChoices):
    FR = "fr", _("Français")
    EN = "en", _("Anglais")
    AR = "ar", _("Arabe")
    ES = "es", _("Espagnol")
    DE = "de", _("Allemand")
    IT = "it", _("Italien")
    PT = "pt", _("Portugais")
    TR = "tr", _("Turc")
    RO = "ro", _("Roumain")
    RU = "ru", _("Russe")
    UK = "uk", _("Ukrainien")
    FA = "fa", _("Persan (dari, farsi)")
    PS = "ps", _("Pachto")
    LSF = "fsl", _("Langue des signes française")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    NETWORK = "reseau", _("Réservé au réseau")


class ReviewInterval(models.IntegerChoices):
    THREE_MONTHS = 3, _("Tous les 3 mois")
    SIX_MONTHS = 6, _("Tous les 6 mois")
    TWELVE_MONTHS = 12, _("Tous les 12 mois")


class Fees(models.TextChoices):
    FREE = "gratuit", _("Gratuit")
    PAID = "payant", _("Payant")


class MobilisedBy(models.TextChoices):
    USERS = "usagers", _("La personne elle-même")
    PROFESSIONALS = "professionnels", _("Un professionnel")


class AmountPeriod(models.TextChoices):
    MONTH = "mois", _("par mois")
    YEAR = "an", _("par an")
    ONCE = "ponctuel", _("versement ponctuel")
    DAY = "jour", _("par jour")
    HOUR = "heure", _("par heure")


class GuideKind(models.TextChoices):
    PROCEDURE = "procedure", _("Procédure")
    REFLEX = "fiche-reflexe", _("Fiche réflexe")
    NEWS = "actualite", _("Actualité du réseau")


# Structured eligibility criteria of a scheme ("Critères d'éligibilité"): what the rights check compares
# with a household. An empty criterion is not checked.
class HouseholdSituation(models.TextChoices):
    SINGLE = "seul", _("Personne seule")
    COUPLE = "couple", _("En couple")


class ChildrenCondition(models.TextChoices):
    WITH = "avec", _("Avec au moins un enfant à charge")
    WITHOUT = "sans", _("Sans enfant à charge")


class ActivityStatus(models.TextChoices):
    EMPLOYED = "salarie", _("Salarié")
    SELF_EMPLOYED = "independant", _("Travailleur indépendant")
    JOBSEEKER = "demandeur-emploi", _("Demandeur d’emploi")
    STUDENT = "etudiant", _("Étudiant")
    RETIRED = "retraite", _("Retraité")
    INACTIVE = "sans-activite", _("Sans activité")


class HousingStatus(models.TextChoices):
    TENANT = "locataire", _("Locataire")
    OWNER = "proprietaire", _("Propriétaire")
    HOSTED = "heberge", _("Hébergé gratuitement")
    HOMELESS = "sans-domicile", _("Sans domicile stable")


class ResourcesPeriod(models.TextChoices):
    THREE_MONTHS = "3-mois", _("moyenne des 3 derniers mois")
    TWELVE_MONTHS = "12-mois", _("moyenne des 12 derniers mois")
    TAX_YEAR = "revenu-fiscal", _("revenu fiscal de l’avant-dernière année, divisé par 12")


class ResidenceCondition(models.TextChoices):
    """Nationality and residence conditions, from the least to the most demanding."""

    RESIDENT = "residence", _("Résider en France (toute nationalité, avec ou sans titre de séjour)")
    REGULAR = "sejour-regulier", _("Français, Européen ou titre de séjour en cours de validité")
    FIVE_YEARS = (
        "sejour-5-ans",
        _("Français, Européen ou titre de séjour autorisant à travailler depuis 5 ans"),
    )
    TEN_YEARS = (
        "sejour-10-ans",
        _("Français, Européen ou titre de séjour autorisant à travailler depuis 10 ans"),
    )


class Benefit(models.TextChoices):
    """National benefits whose amount is estimated with openfisca-france."""

    RSA = "rsa", _("Revenu de solidarité active (RSA)")
    PRIME_ACTIVITE = "ppa", _("Prime d’activité")
    AIDE_LOGEMENT = "aide_logement", _("Aides personnelles au logement (APL, ALF, ALS)")
    AAH = "aah", _("Allocation aux adultes handicapés (AAH)")
    ASPA = "aspa", _("Allocation de solidarité aux personnes âgées (ASPA)")
    CSS = "css", _("Complémentaire santé solidaire")
    AF = "af", _("Allocations familiales")
