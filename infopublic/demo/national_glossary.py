"""Acronyms of the national reference layer, merged into the demo glossary (those already in glossary.py
are left to it): (acronym, expansion, definition, synonyms)."""

NATIONAL_GLOSSARY = [
    (
        "ACRE",
        "Aide à la création ou à la reprise d’entreprise",
        "Exonération partielle de cotisations sociales la première année d’activité.",
        ["ACCRE"],
    ),
    (
        "ACS",
        "Aide au paiement d’une complémentaire santé",
        "Ancienne aide remplacée en 2019 par la complémentaire santé solidaire.",
        [],
    ),
    (
        "AEEH",
        "Allocation d’éducation de l’enfant handicapé",
        "Allocation de la CAF pour un enfant handicapé de moins de 20 ans, décidée par la MDPH.",
        ["allocation d’éducation spéciale"],
    ),
    (
        "AJPP",
        "Allocation journalière de présence parentale",
        "Indemnité pour le parent qui s’arrête de travailler pour un enfant gravement malade ou handicapé.",
        [],
    ),
    (
        "ALF",
        "Allocation de logement familiale",
        "Aide au logement des familles dont le logement n’est pas conventionné.",
        ["allocation logement"],
    ),
    (
        "ALS",
        "Allocation de logement sociale",
        "Aide au logement des personnes qui n’ont droit ni à l’APL ni à l’ALF, dont les étudiants.",
        ["allocation logement"],
    ),
    (
        "AME",
        "Aide médicale de l’État",
        "Prise en charge des soins des étrangers en situation irrégulière aux faibles ressources.",
        ["aide médicale"],
    ),
    (
        "APL",
        "Aide personnalisée au logement",
        "Aide au logement versée par la CAF ou la MSA pour un logement conventionné.",
        ["allocation logement", "aide au logement"],
    ),
    (
        "ARCE",
        "Aide à la reprise ou à la création d’entreprise",
        "Versement en capital d’une partie de l’allocation chômage à un créateur d’entreprise.",
        [],
    ),
    (
        "ARE",
        "Aide au retour à l’emploi",
        "L’allocation chômage versée par France Travail.",
        ["allocation chômage", "chômage"],
    ),
    (
        "ARIPA",
        "Agence de recouvrement et d’intermédiation des pensions alimentaires",
        "Service des CAF et MSA qui récupère les pensions alimentaires impayées et peut les verser.",
        ["pension alimentaire impayée"],
    ),
    (
        "ARS",
        "Allocation de rentrée scolaire",
        "Aide de la CAF versée en août pour les enfants de 6 à 18 ans scolarisés.",
        ["prime de rentrée"],
    ),
    (
        "ASF",
        "Allocation de soutien familial",
        "Aide de la CAF pour un parent seul qui ne reçoit pas de pension alimentaire, ou pour un enfant "
        "recueilli.",
        [],
    ),
    (
        "ASH",
        "Aide sociale à l’hébergement",
        "Prise en charge par le Département des frais d’établissement d’une personne âgée ou handicapée.",
        ["aide sociale EHPAD"],
    ),
    (
        "ASPA",
        "Allocation de solidarité aux personnes âgées",
        "Le minimum vieillesse, versé par la caisse de retraite.",
        ["minimum vieillesse"],
    ),
    (
        "CAARUD",
        "Centre d’accueil et d’accompagnement à la réduction des risques pour usagers de drogues",
        "Accueil anonyme et gratuit, matériel de réduction des risques.",
        [],
    ),
    (
        "CDAPH",
        "Commission des droits et de l’autonomie des personnes handicapées",
        "Commission de la MDPH qui décide des droits (AAH, PCH, RQTH, orientation).",
        [],
    ),
    (
        "CEJ",
        "Contrat d’engagement jeune",
        "Accompagnement intensif vers l’emploi des 16-25 ans, avec une allocation.",
        ["garantie jeunes"],
    ),
    (
        "CEP",
        "Conseil en évolution professionnelle",
        "Accompagnement gratuit pour choisir un métier ou préparer une reconversion.",
        [],
    ),
    (
        "CHRS",
        "Centre d’hébergement et de réinsertion sociale",
        "Hébergement avec accompagnement social, sur orientation du SIAO.",
        [],
    ),
    (
        "CIDFF",
        "Centre d’information sur les droits des femmes et des familles",
        "Information juridique gratuite, accompagnement des victimes de violences.",
        [],
    ),
    (
        "CIR",
        "Contrat d’intégration républicaine",
        "Parcours d’accueil des étrangers primo-arrivants : formation civique et cours de français.",
        [],
    ),
    (
        "CJC",
        "Consultation jeunes consommateurs",
        "Consultation gratuite et confidentielle pour les jeunes et leur entourage (alcool, cannabis, "
        "écrans…).",
        [],
    ),
    (
        "CMG",
        "Complément de libre choix du mode de garde",
        "Aide de la CAF pour payer une assistante maternelle, une garde à domicile ou une micro-crèche.",
        [],
    ),
    (
        "CMI",
        "Carte mobilité inclusion",
        "Carte des personnes handicapées : mentions invalidité, priorité, stationnement.",
        ["carte d’invalidité", "carte de stationnement"],
    ),
    (
        "CMU",
        "Couverture maladie universelle",
        "Ancien nom : remplacée par la protection universelle maladie (PUMa) et, pour la complémentaire "
        "(CMU-C), par la complémentaire santé solidaire.",
        ["CMU-C", "CMU complémentaire"],
    ),
    (
        "CPF",
        "Compte personnel de formation",
        "Droits à la formation en euros, utilisables sur moncompteformation.gouv.fr.",
        ["mon compte formation"],
    ),
    (
        "CRIP",
        "Cellule de recueil des informations préoccupantes",
        "Service du Département qui reçoit et évalue les informations sur les enfants en danger.",
        [],
    ),
    (
        "CSAPA",
        "Centre de soins, d’accompagnement et de prévention en addictologie",
        "Consultations gratuites pour les personnes en difficulté avec l’alcool, les drogues, le jeu…",
        [],
    ),
    (
        "DALO",
        "Droit au logement opposable",
        "Recours devant la commission de médiation pour obtenir un logement.",
        ["droit au logement"],
    ),
    (
        "DAHO",
        "Droit à l’hébergement opposable",
        "Recours devant la commission de médiation pour obtenir un hébergement.",
        [],
    ),
    (
        "FICP",
        "Fichier national des incidents de remboursement des crédits aux particuliers",
        "Fichier de la Banque de France : incidents de crédit et procédures de surendettement.",
        [],
    ),
    (
        "GIR",
        "Groupe iso-ressources",
        "Niveau de perte d’autonomie, de 1 (très dépendant) à 6 (autonome), qui ouvre l’APA en GIR 1 à 4.",
        [],
    ),
    (
        "OFII",
        "Office français de l’immigration et de l’intégration",
        "Accueil des étrangers primo-arrivants (contrat d’intégration) et des demandeurs d’asile.",
        [],
    ),
    (
        "PAJE",
        "Prestation d’accueil du jeune enfant",
        "Aides de la CAF de la grossesse aux 3 ans de l’enfant.",
        ["prime de naissance"],
    ),
    (
        "PCB",
        "Point conseil budget",
        "Conseil gratuit et confidentiel pour les difficultés d’argent et les dettes.",
        ["conseil budget"],
    ),
    (
        "PMSMP",
        "Période de mise en situation en milieu professionnel",
        "Immersion de quelques jours à quelques semaines en entreprise.",
        ["immersion professionnelle"],
    ),
    (
        "PUMa",
        "Protection universelle maladie",
        "Prise en charge des frais de santé de toute personne qui travaille ou réside en France.",
        ["sécurité sociale", "assurance maladie"],
    ),
    (
        "RQTH",
        "Reconnaissance de la qualité de travailleur handicapé",
        "Décision de la MDPH qui ouvre l’accès à Cap emploi et aux aides à l’emploi des personnes "
        "handicapées.",
        ["travailleur handicapé"],
    ),
]
