"""Schemes of the Département de Saône-et-Loire beyond the seeds: young people, autonomy, budget, insertion.

The legal frame (CASF) is national; the rules of each aid (ceilings, amounts, operators) are in the
Département's règlements, to be confirmed by the partner: `to_complete` says which.
"""

from infopublic.demo import partners

SAONE_ET_LOIRE = "71"
MDS = ["mds-cluny", "mds-montceau-les-mines"]
# Doors of the département-wide network (helper `departement`): skipped at load time where not present.
MISSIONS_LOCALES = [
    f"mission-locale-{town}"
    for town in (
        "macon",
        "chalon-sur-saone",
        "le-creusot",
        "montceau-les-mines",
        "autun",
        "louhans",
        "paray-le-monial",
    )
]
AUTONOMY_HOUSES = [
    f"mla-{territory}"
    for territory in (
        "maconnais-clunisois",
        "charolais-brionnais",
        "creusot-montceau",
        "chalonnais",
        "bresse-louhannaise",
        "autunois-morvan",
    )
]
MAIN_TOWN_CCAS = [
    "ccas-macon",
    "ccas-chalon-sur-saone",
    "ccas-le-creusot",
    "ccas-autun",
    "ccas-paray-le-monial",
]

DEPARTEMENT_SCHEMES = [
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fonds-d-aide-aux-jeunes",
        "criteria": {"residence": "residence"},
        "title": "Fonds d’aide aux jeunes (FAJ)",
        "summary": "Une aide financière ponctuelle pour les 18-25 ans en difficulté : se nourrir, se loger, "
        "se déplacer, financer une formation ou un permis.",
        "themes": [
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
            "se-former--monter-son-dossier-de-formation",
            "mobilite--financer-ma-mobilite",
        ],
        "service_types": ["aide-financiere"],
        "publics": ["jeunes"],
        "age_min": 18,
        "age_max": 25,
        "zone_departements": [SAONE_ET_LOIRE],
        "conditions": "<ul><li>Avoir de 18 à 25 ans et habiter la Saône-et-Loire.</li><li>Être en "
        "difficulté d’insertion sociale ou professionnelle, avec des ressources faibles.</li><li>Avoir un "
        "projet suivi par un conseiller (mission locale, travailleur social).</li></ul>",
        "benefits": "<p>Un secours d’urgence (alimentation, hébergement) ou une aide au projet : frais de "
        "formation, permis de conduire, équipement, transport, premier logement.</p>",
        "how_to_apply": "<p>Demande instruite par la mission locale ou la MDS, décision du comité local du "
        "FAJ ; l’aide d’urgence peut être accordée en quelques jours.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "what_to_say": "Allez à la mission locale ou à la MDS : un conseiller montera la demande d’aide du "
        "FAJ avec vous.",
        "documents": [
            ("Pièce d’identité ou titre de séjour", ""),
            ("Justificatifs de ressources", "Y compris ceux des parents si le jeune vit chez eux"),
            ("Devis ou facture de la dépense", "Pour une aide au projet"),
        ],
        "legal_references": [("Code de l’action sociale et des familles, art. L263-3 et L263-4", "")],
        "delivering_structures": [*MISSIONS_LOCALES, *MDS],
        "handled_by": ["mission-locale", "maisons-des-solidarites"],
        "tags": ["jeunes", "FAJ", "18-25 ans", "permis de conduire"],
        "verified_days_ago": 55,
        "to_complete": "plafonds d’aide du règlement départemental du FAJ, missions locales qui instruisent",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "accueil-familial",
        "title": "Accueil familial des personnes âgées et des adultes handicapés",
        "summary": "Vivre chez un accueillant familial agréé par le Département, quand on ne peut plus vivre "
        "seul chez soi sans vouloir aller en établissement.",
        "themes": [
            "famille--prise-en-charge-personne-dependante",
            "logement-hebergement--changer-de-logement",
        ],
        "service_types": ["accompagnement", "information"],
        "publics": ["seniors", "personnes-en-situation-de-handicap"],
        "zone_departements": [SAONE_ET_LOIRE],
        "conditions": "<p>Avoir 60 ans ou plus, ou être un adulte en situation de handicap ; ne pas être "
        "parent de l’accueillant jusqu’au quatrième degré.</p>",
        "benefits": "<p>Une chambre, les repas et une présence au quotidien dans une famille agréée et "
        "suivie par le Département. Le coût (rémunération, indemnités, loyer) peut être pris en charge en "
        "partie par l’APA, la PCH ou l’aide sociale à l’hébergement.</p>",
        "how_to_apply": "<p>Demander la liste des accueillants agréés au Département ; un contrat d’accueil "
        "est signé entre la personne et l’accueillant.</p>",
        "reception_modes": ["sur-rendez-vous", "telephone"],
        "mobilised_by": ["usagers", "professionnels"],
        "fees": "payant",
        "fees_details": "Contrat d’accueil ; aides possibles selon les ressources",
        "legal_references": [("Code de l’action sociale et des familles, art. L441-1 et suivants", "")],
        "delivering_structures": ["clic-clunisois", *AUTONOMY_HOUSES],
        "handled_by": ["maison-departementale-de-lautonomie", "departements"],
        "tags": ["accueillant familial", "hébergement", "perte d’autonomie"],
        "verified_days_ago": 180,
        "to_complete": "service du Département qui tient la liste des accueillants agréés",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "teleassistance",
        "title": "Téléassistance à domicile",
        "summary": "Un bracelet ou un médaillon pour appeler à l’aide jour et nuit en cas de chute ou de "
        "malaise, pour rester chez soi en sécurité.",
        "themes": ["famille--prise-en-charge-personne-dependante", "famille--soutien-aidants"],
        "service_types": ["aide-materielle"],
        "publics": ["seniors", "personnes-en-situation-de-handicap"],
        "zone_departements": [SAONE_ET_LOIRE],
        "conditions": "<p>Vivre à domicile et être âgé, malade ou en situation de handicap ; avoir des "
        "proches ou voisins qui acceptent d’être appelés.</p>",
        "benefits": "<p>Un appareil relié à une centrale d’écoute : en cas d’appel, elle contacte les "
        "proches ou les secours. L’abonnement peut être pris en charge dans le plan d’aide APA ou la PCH, "
        "et par certaines caisses de retraite.</p>",
        "how_to_apply": "<p>Le CCAS de la commune ou le CLIC aide à choisir le service et à demander une "
        "prise en charge.</p>",
        "reception_modes": ["telephone", "a-domicile"],
        "mobilised_by": ["usagers", "professionnels"],
        "fees": "payant",
        "fees_details": "Abonnement mensuel, aides possibles",
        "what_to_say": "Appelez le CCAS de votre commune ou le CLIC : ils vous aideront à installer une "
        "téléassistance.",
        "delivering_structures": ["clic-clunisois", "ccas-cluny", "ccas-montceau-les-mines", *MAIN_TOWN_CCAS],
        "handled_by": ["ccas-cias", "maison-departementale-de-lautonomie"],
        "tags": ["téléalarme", "chute", "maintien à domicile", "personne âgée isolée"],
        "verified_days_ago": 95,
        "to_complete": "service de téléassistance retenu par le Département, tarif de l’abonnement",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "aide-menagere-aide-sociale",
        "criteria": {
            "ceiling": "1043.59",
            "per_person": "576.58",
            "period": "3-mois",
            "housing": ["locataire", "proprietaire", "heberge"],
        },
        "title": "Aide ménagère au titre de l’aide sociale départementale",
        "summary": "Quelques heures d’aide à domicile (ménage, courses, repas) payées par le Département "
        "pour les personnes âgées aux faibles ressources qui n’ont pas droit à l’APA.",
        "themes": [
            "equipement-et-alimentation--aide-menagere",
            "famille--prise-en-charge-personne-dependante",
        ],
        "service_types": ["aide-materielle", "aide-financiere"],
        "publics": ["seniors", "personnes-en-situation-de-handicap"],
        "age_min": 60,
        "zone_departements": [SAONE_ET_LOIRE],
        "conditions": "<ul><li>Avoir 65 ans ou plus (60 ans en cas d’inaptitude au travail), ou être "
        "reconnu handicapé.</li><li>Ressources inférieures au plafond de l’allocation de solidarité aux "
        "personnes âgées (ASPA).</li><li>Avoir besoin d’aide pour les tâches ménagères sans relever de "
        "l’APA (GIR 5 ou 6).</li></ul>",
        "benefits": "<p>Des heures d’aide ménagère par un service agréé, dans la limite de 30 heures par "
        "mois pour une personne seule ; une participation horaire reste à la charge de la personne.</p>",
        "how_to_apply": "<p>Dossier d’aide sociale déposé au CCAS ou à la mairie de la commune, qui le "
        "transmet au Département.</p>",
        "reception_modes": ["sur-rendez-vous", "a-domicile"],
        "mobilised_by": ["usagers", "professionnels"],
        "documents": [
            ("Dernier avis d’imposition", ""),
            ("Justificatifs des pensions et retraites", ""),
            ("Certificat médical", "Pour une personne de moins de 65 ans"),
        ],
        "legal_references": [
            ("Code de l’action sociale et des familles, art. L231-1 et R231-2", ""),
            ("Code de l’action sociale et des familles, art. L132-8 (récupération sur succession)", ""),
        ],
        "delivering_structures": ["ccas-cluny", "ccas-montceau-les-mines", "clic-clunisois", *MAIN_TOWN_CCAS],
        "handled_by": ["ccas-cias", "communes"],
        "tags": ["aide à domicile", "aide ménagère", "aide sociale"],
        "verified_days_ago": 130,
        "to_complete": "participation horaire de la personne (règlement départemental d’aide sociale)",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "mesure-d-accompagnement-social-personnalise",
        "title": "Mesure d’accompagnement social personnalisé (MASP)",
        "summary": "Un contrat avec le Département pour reprendre en main son budget quand les difficultés à "
        "gérer ses prestations sociales mettent en danger sa santé ou son logement.",
        "themes": [
            "difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere",
            "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
            "logement-hebergement--se-maintenir-dans-le-logement",
        ],
        "service_types": ["accompagnement"],
        "publics": ["beneficiaires-des-minimas-sociaux", "tous-publics"],
        "age_min": 18,
        "zone_departements": [SAONE_ET_LOIRE],
        "conditions": "<ul><li>Être majeur et percevoir des prestations sociales.</li><li>Avoir une santé "
        "ou une sécurité menacée par des difficultés à gérer ses ressources (impayés de loyer "
        "répétés…).</li><li>Accepter la mesure : c’est un contrat, pas une décision du juge.</li></ul>",
        "benefits": "<p>Un accompagnement budgétaire par un travailleur social, de six mois à deux ans "
        "renouvelables, quatre ans au plus. La personne peut confier au Département la gestion de tout ou "
        "partie de ses prestations pour payer en priorité le loyer et les charges.</p>",
        "how_to_apply": "<p>Proposée par un travailleur social de la MDS après évaluation ; une "
        "contribution peut être demandée selon les ressources.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "what_to_say": "Parlez-en à l’assistante sociale de la MDS : elle évaluera avec vous si une MASP "
        "peut vous aider.",
        "legal_references": [("Code de l’action sociale et des familles, art. L271-1 à L271-8", "")],
        "delivering_structures": MDS,
        "handled_by": ["maisons-des-solidarites"],
        "tags": ["MASP", "gestion budgétaire", "tutelle", "curatelle", "protection"],
        "verified_days_ago": 160,
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "accompagnement-emploi-allocataires-rsa",
        "criteria": {"statuses": ["demandeur-emploi", "sans-activite"]},
        "title": "Parcours vers l’emploi des allocataires du RSA",
        "summary": "Un référent, des ateliers CV et entretien, des immersions en entreprise et des "
        "chantiers d’insertion pour les allocataires du RSA qui veulent travailler.",
        "themes": [
            "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
            "preparer-sa-candidature--valoriser-ses-competences",
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
            "trouver-un-emploi--repondre-a-des-offres-demploi",
        ],
        "service_types": ["accompagnement", "atelier"],
        "publics": ["beneficiaires-des-minimas-sociaux", "demandeurs-emploi"],
        "zone_departements": [SAONE_ET_LOIRE],
        "conditions": "<p>Percevoir le RSA et être orienté par le Département vers un parcours emploi "
        "(inscription à France Travail, contrat d’engagement).</p>",
        "benefits": "<p>Un référent unique (France Travail, Département ou organisme partenaire), des "
        "ateliers pour préparer sa candidature, des périodes de mise en situation en milieu professionnel "
        "pour découvrir un métier et l’accès aux structures d’insertion par l’activité économique.</p>",
        "how_to_apply": "<p>L’orientation est faite après l’ouverture du droit au RSA ; la personne peut "
        "demander à son référent à changer de parcours.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "what_to_say": "Demandez à votre référent RSA ou à votre conseiller France Travail les ateliers et "
        "immersions possibles.",
        "legal_references": [("Code de l’action sociale et des familles, art. L262-27 et suivants", "")],
        "delivering_structures": MDS,
        "handled_by": ["france-travail", "maisons-des-solidarites"],
        "tags": ["insertion", "emploi", "immersion", "CV", "chantier d’insertion"],
        "verified_days_ago": 65,
        "to_complete": "ateliers et opérateurs du programme départemental d’insertion",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "accompagnement-createurs-allocataires-rsa",
        "title": "Accompagnement des allocataires du RSA qui créent leur activité",
        "summary": "Un suivi pour tester, lancer ou développer une activité indépendante quand on perçoit "
        "le RSA : étude du projet, statut, chiffre d’affaires, démarches.",
        "themes": [
            "creer-une-entreprise--definir-son-projet-de-creation-dentreprise",
            "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise",
            "creer-une-entreprise--developper-son-entreprise",
        ],
        "service_types": ["accompagnement"],
        "publics": ["beneficiaires-des-minimas-sociaux"],
        "zone_departements": [SAONE_ET_LOIRE],
        "conditions": "<p>Percevoir le RSA et avoir un projet de création ou une activité indépendante "
        "récente ; orientation par le référent RSA.</p>",
        "benefits": "<p>Des rendez-vous réguliers avec un conseiller en création d’entreprise financé par le "
        "Département, pour vérifier la viabilité du projet et faire progresser le revenu tiré de "
        "l’activité.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "what_to_say": "Parlez de votre projet à votre référent RSA : il peut vous orienter vers "
        "l’accompagnement des créateurs.",
        "delivering_structures": MDS,
        "handled_by": ["maisons-des-solidarites"],
        "tags": ["création d’entreprise", "micro-entreprise", "travailleur indépendant"],
        "verified_days_ago": 200,
        "to_complete": "organisme qui assure l’accompagnement pour le Département",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "aide-a-la-mobilite-insertion",
        "title": "Aides à la mobilité pour l’insertion",
        "summary": "Un coup de pouce pour se déplacer vers un emploi ou une formation : permis de conduire, "
        "réparation du véhicule, location de scooter ou de voiture, conseil en mobilité.",
        "themes": [
            "mobilite--preparer-un-permis",
            "mobilite--entretenir-reparer-son-vehicule",
            "mobilite--etre-accompagne-dans-son-parcours-mobilite",
        ],
        "service_types": ["aide-financiere", "accompagnement"],
        "publics": ["beneficiaires-des-minimas-sociaux", "demandeurs-emploi"],
        "zone_departements": [SAONE_ET_LOIRE],
        "conditions": "<p>Percevoir le RSA ou être accompagné vers l’emploi, avec une reprise d’emploi ou "
        "une formation qui demande de se déplacer.</p>",
        "benefits": "<p>Un bilan de mobilité, puis selon le besoin une aide au financement du permis, une "
        "réparation, la location solidaire d’un véhicule ou l’apprentissage des transports en commun.</p>",
        "how_to_apply": "<p>Demande présentée par le référent RSA, le conseiller France Travail ou la "
        "mission locale.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "documents": [("Devis (auto-école, garage)", ""), ("Promesse d’embauche ou entrée en formation", "")],
        "delivering_structures": MDS,
        "handled_by": ["maisons-des-solidarites", "france-travail", "mission-locale"],
        "tags": ["permis de conduire", "voiture", "garage solidaire", "mobilité"],
        "verified_days_ago": 85,
        "to_complete": "montants, plateforme mobilité et garages partenaires du Département",
    },
]
