"""The département-wide partners: each groups the doors of one network across Saône-et-Loire.

The Département itself is a partner of the seed network (infopublic/demo/partners.py): its Maisons
départementales des solidarités and Maisons locales de l'autonomie are filed under it.
"""

from infopublic.network.models import PartnerPage

CAF = "caf-de-saone-et-loire"
CPAM = "cpam-de-saone-et-loire"
MSA = "msa-bourgogne"
MDPH = "mdph-de-saone-et-loire"
FRANCE_TRAVAIL = "france-travail-saone-et-loire"
MISSIONS_LOCALES = "missions-locales-de-saone-et-loire"
CCAS_CIAS = "ccas-et-cias-de-saone-et-loire"
FRANCE_SERVICES = "reseau-france-services-de-saone-et-loire"
CENTRES_SOCIAUX = "centres-sociaux-de-saone-et-loire"
CIDFF = "cidff-de-saone-et-loire"
CSAPA = "csapa-de-saone-et-loire"
BANQUE_ALIMENTAIRE = "banque-alimentaire-de-saone-et-loire"
RESTOS_DU_COEUR = "restos-du-coeur-de-saone-et-loire"
SECOURS_POPULAIRE = "secours-populaire-de-saone-et-loire"
CROIX_ROUGE = "croix-rouge-de-saone-et-loire"
SIAO = "siao-de-saone-et-loire"
ACCES_AU_DROIT = "acces-au-droit-de-saone-et-loire"
POINTS_CONSEIL_BUDGET = "points-conseil-budget-de-saone-et-loire"
ADIE = "adie-en-saone-et-loire"

PARTNERS = [
    {
        "slug": CAF,
        "title": "CAF de Saône-et-Loire",
        "kind": PartnerPage.Kind.CAF,
        "intro": "La caisse d’allocations familiales : prestations familiales, logement, RSA, prime "
        "d’activité, AAH et action sociale.",
        "website": "https://www.caf.fr",
        "phone": "3230",
    },
    {
        "slug": CPAM,
        "title": "CPAM de Saône-et-Loire",
        "kind": PartnerPage.Kind.CPAM,
        "intro": "La caisse primaire d’assurance maladie : remboursements, carte Vitale, complémentaire "
        "santé solidaire, indemnités journalières.",
        "website": "https://www.ameli.fr",
        "phone": "3646",
    },
    {
        "slug": MSA,
        "title": "MSA Bourgogne",
        "kind": PartnerPage.Kind.CPAM,
        "intro": "La protection sociale du monde agricole (santé, famille, retraite) pour les exploitants "
        "et les salariés agricoles de Saône-et-Loire.",
        "website": "https://bourgogne.msa.fr",
    },
    {
        "slug": MDPH,
        "title": "Maison départementale des personnes handicapées de Saône-et-Loire",
        "kind": PartnerPage.Kind.OTHER,
        "intro": "Accueil, information et droits des personnes handicapées : AAH, PCH, carte mobilité "
        "inclusion, orientations.",
    },
    {
        "slug": FRANCE_TRAVAIL,
        "title": "France Travail Saône-et-Loire",
        "kind": PartnerPage.Kind.STATE,
        "intro": "Inscription, indemnisation et accompagnement des demandeurs d’emploi, avec les "
        "conseillers des agences du département.",
        "website": "https://www.francetravail.fr",
        "phone": "3949",
    },
    {
        "slug": MISSIONS_LOCALES,
        "title": "Missions locales de Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Accompagnement des jeunes de 16 à 25 ans vers l’emploi, la formation, le logement et la "
        "santé ; contrat d’engagement jeune.",
    },
    {
        "slug": CCAS_CIAS,
        "title": "CCAS et CIAS de Saône-et-Loire",
        "kind": PartnerPage.Kind.CCAS_CIAS,
        "intro": "Les centres communaux et intercommunaux d’action sociale des villes du département : "
        "aide sociale légale et facultative, domiciliation, premier accueil.",
    },
    {
        "slug": FRANCE_SERVICES,
        "title": "Réseau France services de Saône-et-Loire",
        "kind": PartnerPage.Kind.FRANCE_SERVICES,
        "intro": "Les France services du département : des agents formés accompagnent les démarches "
        "administratives et numériques du quotidien.",
    },
    {
        "slug": CENTRES_SOCIAUX,
        "title": "Centres sociaux de Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Lieux d’accueil, d’animation et de lien social agréés par la CAF, ouverts à tous les "
        "habitants.",
    },
    {
        "slug": CIDFF,
        "title": "CIDFF de Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Centre d’information sur les droits des femmes et des familles : accès au droit, "
        "violences conjugales, emploi.",
        "website": "https://fncidff.info",
    },
    {
        "slug": CSAPA,
        "title": "CSAPA de Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Centres de soins, d’accompagnement et de prévention en addictologie : consultations "
        "gratuites et confidentielles, consultations jeunes consommateurs.",
    },
    {
        "slug": BANQUE_ALIMENTAIRE,
        "title": "Banque alimentaire de Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Collecte et redistribue des denrées aux associations et CCAS qui font l’aide "
        "alimentaire dans le département.",
        "website": "https://www.banquealimentaire.org",
    },
    {
        "slug": RESTOS_DU_COEUR,
        "title": "Les Restos du cœur de Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Aide alimentaire, accueil et accompagnement dans les centres de distribution du "
        "département.",
        "website": "https://www.restosducoeur.org",
    },
    {
        "slug": SECOURS_POPULAIRE,
        "title": "Secours populaire de Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Aide alimentaire, vestimentaire, accès aux vacances et à la culture, dans les comités "
        "du département.",
        "website": "https://www.secourspopulaire.fr",
    },
    {
        "slug": CROIX_ROUGE,
        "title": "Croix-Rouge française en Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Les unités locales : aide alimentaire, vestiboutiques, maraudes et secourisme.",
        "website": "https://www.croix-rouge.fr",
    },
    {
        "slug": SIAO,
        "title": "SIAO de Saône-et-Loire",
        "kind": PartnerPage.Kind.OTHER,
        "intro": "Service intégré d’accueil et d’orientation : hébergement d’urgence (115) et demandes "
        "d’hébergement et de logement accompagné.",
        "phone": "115",
    },
    {
        "slug": ACCES_AU_DROIT,
        "title": "Accès au droit en Saône-et-Loire",
        "kind": PartnerPage.Kind.STATE,
        "intro": "Le conseil départemental de l’accès au droit (CDAD) et ses points-justice : "
        "information juridique gratuite et confidentielle.",
        "website": "https://www.justice.fr",
        "phone": "3039",
    },
    {
        "slug": POINTS_CONSEIL_BUDGET,
        "title": "Points conseil budget de Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "Conseil gratuit et confidentiel pour faire face aux difficultés budgétaires, prévenir "
        "le surendettement et préparer un dossier à la Banque de France.",
    },
    {
        "slug": ADIE,
        "title": "Adie en Saône-et-Loire",
        "kind": PartnerPage.Kind.ASSOCIATION,
        "intro": "L’Association pour le droit à l’initiative économique finance par le microcrédit et "
        "accompagne celles et ceux qui créent leur activité sans accès au crédit bancaire.",
        "website": "https://www.adie.org",
    },
]
