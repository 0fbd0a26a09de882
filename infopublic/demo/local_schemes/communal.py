"""Facultative aids of the CCAS of Cluny and Montceau-les-Mines, and the workshops of the centre social of
Cluny. Zones are the commune (or intercommunality) that funds them."""

import datetime

from infopublic.demo import partners

CLUNY = "71137"
MONTCEAU = "71306"
CLUNISOIS = "200040293"
RULES_2026 = datetime.date(2026, 1, 1)
ILLUSTRATIVE = "Montant illustratif, à confirmer par le CCAS"

COMMUNAL_SCHEMES = [
    {
        "partner": partners.CCAS_CLUNY,
        "slug": "aide-alimentaire-d-urgence-cluny",
        "criteria": {"residence": "residence"},
        "title": "Aide alimentaire d’urgence du CCAS de Cluny (colis et bons alimentaires)",
        "summary": "Un colis ou des bons d’achat alimentaires, le jour même, quand un foyer de Cluny "
        "n’a plus de quoi manger.",
        "themes": ["equipement-et-alimentation--alimentation"],
        "service_types": ["aide-materielle"],
        "publics": ["personnes-en-situation-durgence", "tous-publics"],
        "zone_communes": [CLUNY],
        "conditions": "<ul><li>Habiter Cluny, y compris sans domicile stable (domiciliation au CCAS).</li>"
        "<li>Être sans ressources disponibles pour se nourrir dans l’immédiat.</li></ul>",
        "benefits": "<p>Un colis d’urgence ou des bons d’achat dans les commerces partenaires, pour quelques "
        "jours, en attendant une solution durable (épicerie sociale, Restos du cœur, ouverture de "
        "droits).</p>",
        "how_to_apply": "<p>Se présenter au CCAS aux heures d’ouverture ; un partenaire peut appeler pour "
        "annoncer la personne.</p>",
        "reception_modes": ["sans-rendez-vous", "telephone"],
        "mobilised_by": ["usagers", "professionnels"],
        "what_to_say": "Allez au CCAS de Cluny aujourd’hui avec une pièce d’identité : ils peuvent vous "
        "donner un colis ou des bons alimentaires.",
        "amounts": [("Bons alimentaires par personne", "30.00", RULES_2026, None, ILLUSTRATIVE, "ponctuel")],
        "documents": [("Pièce d’identité ou titre de séjour", "Sans pièce, le CCAS aide quand même")],
        "delivering_structures": ["ccas-cluny"],
        "handled_by": ["ccas-cias"],
        "tags": ["colis alimentaire", "bons alimentaires", "urgence", "faim"],
        "verified_days_ago": 20,
        "to_complete": "montant des bons alimentaires, commerces partenaires",
        "network_notes": "<p>Appeler le CCAS avant 10 h : le colis est prêt pour la fin de matinée.</p>",
    },
    {
        "partner": partners.CCAS_CLUNY,
        "slug": "aide-aux-factures-d-energie-cluny",
        "criteria": {
            "ceiling": "900.00",
            "per_person": "300.00",
            "period": "3-mois",
            "housing": ["locataire", "proprietaire"],
        },
        "title": "Aide du CCAS de Cluny aux factures d’énergie et d’eau",
        "summary": "Une participation du CCAS à une facture d’électricité, de gaz, de fioul, de bois ou "
        "d’eau que le foyer ne peut pas payer.",
        "themes": [
            "logement-hebergement--se-maintenir-dans-le-logement",
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
        ],
        "service_types": ["aide-financiere"],
        "publics": ["tous-publics", "familles", "seniors"],
        "zone_communes": [CLUNY],
        "conditions": "<ul><li>Habiter Cluny.</li><li>Ressources inférieures au plafond du règlement des "
        "aides facultatives du CCAS.</li><li>Avoir demandé d’abord le chèque énergie et, si la dette est "
        "importante, le FSL du Département.</li></ul>",
        "benefits": "<p>Le CCAS paie directement le fournisseur, en complément du FSL ou quand le FSL ne "
        "peut pas intervenir (fioul, bois, petite dette).</p>",
        "how_to_apply": "<p>Rendez-vous au CCAS avec la facture ; décision de la commission du CCAS.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["usagers", "professionnels"],
        "what_to_say": "Prenez rendez-vous au CCAS de Cluny avec la facture et vos justificatifs de "
        "ressources.",
        "amounts": [("Plafond par foyer", "200.00", RULES_2026, None, ILLUSTRATIVE, "an")],
        "documents": [
            (
                "Facture ou échéancier du fournisseur",
                "Avec la lettre de relance ou de coupure, s’il y en a une",
            ),
            ("Justificatifs de ressources des trois derniers mois", ""),
            ("Attestation de la CAF ou de la MSA", ""),
        ],
        "delivering_structures": ["ccas-cluny"],
        "handled_by": ["ccas-cias"],
        "tags": ["énergie", "facture", "électricité", "chauffage", "eau", "coupure"],
        "verified_days_ago": 50,
        "to_complete": "plafond de ressources et montant maximal du règlement des aides facultatives",
    },
    {
        "partner": partners.CCAS_CLUNY,
        "slug": "aide-aux-frais-d-obseques-cluny",
        "title": "Obsèques d’une personne sans ressources à Cluny",
        "summary": "Quand une personne meurt sans ressources ni proche pour payer, la commune prend en "
        "charge des obsèques simples ; le CCAS peut aussi aider une famille modeste.",
        "themes": [
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
        ],
        "service_types": ["aide-financiere", "accompagnement"],
        "publics": ["familles", "tous-publics"],
        "zone_communes": [CLUNY],
        "conditions": "<ul><li>Décès survenu à Cluny ou d’une personne qui y habitait.</li><li>Personne "
        "dépourvue de ressources suffisantes, ou famille qui ne peut pas faire face aux frais.</li></ul>",
        "benefits": "<p>Pour une personne sans ressources, la commune organise et paie des obsèques "
        "simples. Pour une famille, le CCAS peut participer aux frais, après déduction du capital décès "
        "de l’Assurance maladie s’il est dû.</p>",
        "how_to_apply": "<p>Contacter la mairie ou le CCAS avant de signer un devis avec les pompes "
        "funèbres.</p>",
        "reception_modes": ["sans-rendez-vous", "telephone"],
        "mobilised_by": ["usagers", "professionnels"],
        "what_to_say": "Avant de signer un devis, appelez le CCAS de Cluny : il vous dira ce qui peut être "
        "pris en charge.",
        "documents": [
            ("Acte de décès", ""),
            ("Devis des pompes funèbres", ""),
            ("Justificatifs de ressources du défunt et de la famille", ""),
        ],
        "legal_references": [
            (
                "Code général des collectivités territoriales, art. L2223-27 (obsèques des personnes "
                "dépourvues de ressources)",
                "",
            ),
        ],
        "delivering_structures": ["ccas-cluny"],
        "handled_by": ["ccas-cias", "communes"],
        "tags": ["obsèques", "décès", "enterrement", "funérailles"],
        "verified_days_ago": 140,
        "to_complete": "plafond de l’aide du CCAS aux familles",
    },
    {
        "partner": partners.CCAS_MONTCEAU,
        "slug": "allocation-de-solidarite-ccas-montceau",
        "criteria": {"ceiling": "800.00", "per_person": "250.00", "period": "3-mois"},
        "title": "Allocation communale de solidarité de Montceau-les-Mines",
        "summary": "Un complément de ressources mensuel, pour quelques mois, versé par le CCAS aux habitants "
        "dont les revenus restent sous un minimum garanti par la commune.",
        "themes": [
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
            "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
        ],
        "service_types": ["aide-financiere", "accompagnement"],
        "publics": ["beneficiaires-des-minimas-sociaux", "tous-publics"],
        "publics_details": "Personnes seules ou familles, à partir de 25 ans ; les 18-25 ans relèvent du "
        "fonds d’aide aux jeunes.",
        "age_min": 25,
        "zone_communes": [MONTCEAU],
        "conditions": "<ul><li>Habiter Montceau-les-Mines depuis au moins six mois.</li><li>Ressources "
        "mensuelles du foyer (hors aides au logement) inférieures au plafond du règlement : voir les "
        "montants.</li><li>Avoir demandé toutes les aides légales auxquelles on a droit (RSA, prime "
        "d’activité, aides au logement, ASPA, AAH…).</li><li>Accepter un accompagnement budgétaire par le "
        "CCAS pendant la durée de l’aide.</li></ul>",
        "benefits": "<p>Une allocation mensuelle égale à la différence entre le plafond et les ressources du "
        "foyer, dans la limite d’un montant maximal, pendant trois mois, renouvelable une fois après "
        "bilan.</p>",
        "how_to_apply": "<p>Dossier instruit au CCAS sur rendez-vous, décision de la commission permanente "
        "du CCAS dans le mois.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["usagers", "professionnels"],
        "what_to_say": "Prenez rendez-vous au CCAS de Montceau-les-Mines avec vos justificatifs de "
        "ressources et de domicile.",
        "amounts": [
            ("Plafond de ressources, personne seule", "800.00", RULES_2026, None, ILLUSTRATIVE),
            ("Majoration du plafond par personne en plus au foyer", "250.00", RULES_2026, None, ILLUSTRATIVE),
            ("Allocation maximale", "150.00", RULES_2026, None, ILLUSTRATIVE),
        ],
        "steps": [
            ("Vérifier les droits légaux", "Simulation RSA, prime d’activité et aides au logement d’abord."),
            ("Constituer le dossier au CCAS", "Avec la conseillère en économie sociale et familiale."),
            ("Passage en commission", "Réponse écrite dans le mois ; versement le mois suivant."),
            ("Bilan au bout de trois mois", "Renouvellement possible une fois."),
        ],
        "documents": [
            ("Pièce d’identité ou titre de séjour", ""),
            ("Justificatif de domicile de plus de six mois", "Bail, facture, attestation d’hébergement"),
            ("Justificatifs de ressources des trois derniers mois", ""),
            ("Relevé d’identité bancaire", ""),
        ],
        "delivering_structures": ["ccas-montceau-les-mines"],
        "handled_by": ["ccas-cias"],
        "tags": ["minimum social garanti", "complément de ressources", "aide facultative"],
        "verified_days_ago": 70,
        "to_complete": "plafond de ressources, montant maximal et durée de résidence exigée (délibération "
        "du conseil d’administration du CCAS)",
    },
    {
        "partner": partners.CCAS_MONTCEAU,
        "slug": "secours-exceptionnel-ccas-montceau",
        "criteria": {"residence": "residence"},
        "title": "Secours exceptionnel du CCAS de Montceau-les-Mines",
        "summary": "Une aide ponctuelle, en don ou en prêt sans intérêt, pour une dépense imprévue et "
        "indispensable : réparation, frais de santé, loyer, cantine, transport pour un emploi.",
        "themes": ["difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere"],
        "service_types": ["aide-financiere"],
        "publics": ["tous-publics", "personnes-en-situation-durgence"],
        "zone_communes": [MONTCEAU],
        "conditions": "<p>Habiter Montceau-les-Mines ; ressources et charges étudiées par un travailleur "
        "social ; les aides légales et celles du Département passent d’abord.</p>",
        "benefits": "<p>Paiement direct du créancier ou prêt remboursable par petites mensualités.</p>",
        "how_to_apply": "<p>Demande présentée par un travailleur social (CCAS, MDS, association) à la "
        "commission du CCAS.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "what_to_say": "Demandez un rendez-vous avec un travailleur social du CCAS ou de la MDS.",
        "documents": [
            ("Devis ou facture de la dépense", ""),
            ("Justificatifs de ressources et de charges", ""),
        ],
        "delivering_structures": ["ccas-montceau-les-mines", "mds-montceau-les-mines"],
        "handled_by": ["ccas-cias"],
        "tags": ["secours", "aide facultative", "prêt"],
        "verified_days_ago": 90,
        "to_complete": "montant maximal du secours et du prêt",
    },
    {
        "partner": partners.CCAS_MONTCEAU,
        "slug": "epicerie-solidaire-montceau",
        "title": "Épicerie solidaire de Montceau-les-Mines",
        "summary": "Faire ses courses à petit prix pendant quelques mois, le temps de remettre son budget "
        "à flot, avec des ateliers cuisine et budget.",
        "themes": [
            "equipement-et-alimentation--alimentation",
            "difficultes-financieres--acquerir-une-autonomie-budgetaire",
        ],
        "service_types": ["aide-materielle", "atelier"],
        "publics": ["tous-publics", "familles"],
        "zone_communes": [MONTCEAU],
        "conditions": "<p>Habiter Montceau-les-Mines et avoir un « reste à vivre » par jour et par personne "
        "inférieur au seuil fixé par le CCAS, pour un projet précis (payer une dette, un permis, un "
        "équipement).</p>",
        "benefits": "<p>Produits alimentaires et d’hygiène à 10 à 30 % de leur prix, pour trois mois "
        "renouvelables ; ateliers cuisine, budget et économies d’énergie.</p>",
        "how_to_apply": "<p>Orientation par un travailleur social (CCAS, MDS, association) ; entretien "
        "d’entrée à l’épicerie.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "fees": "payant",
        "fees_details": "10 à 30 % du prix habituel",
        "documents": [("Justificatifs de ressources et de charges", ""), ("Justificatif de domicile", "")],
        "delivering_structures": ["ccas-montceau-les-mines"],
        "handled_by": ["ccas-cias"],
        "tags": ["épicerie sociale", "aide alimentaire", "courses"],
        "verified_days_ago": 35,
        "to_complete": "adresse et horaires de l’épicerie, seuil de reste à vivre",
    },
    {
        "partner": partners.CCAS_MONTCEAU,
        "slug": "portage-de-repas-montceau",
        "criteria": {"housing": ["locataire", "proprietaire", "heberge"]},
        "title": "Portage de repas à domicile à Montceau-les-Mines",
        "summary": "Des repas livrés chez soi, tous les jours ou quelques jours par semaine, pour les "
        "personnes âgées, malades ou handicapées qui ne peuvent plus cuisiner.",
        "themes": [
            "equipement-et-alimentation--alimentation",
            "famille--prise-en-charge-personne-dependante",
        ],
        "service_types": ["aide-materielle"],
        "publics": ["seniors", "personnes-en-situation-de-handicap"],
        "zone_communes": [MONTCEAU],
        "conditions": "<p>Avoir 60 ans ou plus, ou une situation de handicap ou de maladie, même pour une "
        "courte durée (retour d’hospitalisation).</p>",
        "benefits": "<p>Repas complets adaptés aux régimes (sans sel, diabétique), livrés par un agent du "
        "CCAS qui prend aussi des nouvelles de la personne.</p>",
        "how_to_apply": "<p>Appeler le CCAS ; mise en place possible en quelques jours. Le plan d’aide APA "
        "peut en financer une partie.</p>",
        "reception_modes": ["telephone", "a-domicile"],
        "mobilised_by": ["usagers", "professionnels"],
        "fees": "payant",
        "fees_details": "Prix du repas selon les ressources",
        "what_to_say": "Appelez le CCAS de Montceau-les-Mines : les repas peuvent commencer en quelques "
        "jours.",
        "delivering_structures": ["ccas-montceau-les-mines"],
        "handled_by": ["ccas-cias"],
        "tags": ["portage de repas", "maintien à domicile", "sortie d’hôpital"],
        "verified_days_ago": 110,
        "to_complete": "tarifs du repas, jours de livraison",
    },
    {
        "partner": partners.CENTRE_SOCIAL_CLUNY,
        "slug": "ateliers-numeriques-centre-social-cluny",
        "title": "Ateliers numériques et aide aux démarches en ligne au centre social de Cluny",
        "summary": "Apprendre à se servir d’un smartphone ou d’un ordinateur, créer sa boîte mail et ses "
        "comptes (CAF, ameli, impots.gouv), avec un accès libre à un poste connecté.",
        "themes": [
            "numerique--maitriser-les-fondamentaux-du-numerique",
            "numerique--acceder-a-des-services-en-ligne",
            "numerique--acceder-a-une-connexion-internet",
        ],
        "service_types": ["atelier", "accompagnement"],
        "publics": ["tous-publics", "seniors"],
        "zone_epcis": [CLUNISOIS],
        "benefits": "<p>Ateliers en petits groupes par niveau, accompagnement individuel sur rendez-vous et "
        "accès libre à un ordinateur, une imprimante et un scanner.</p>",
        "reception_modes": ["sans-rendez-vous", "sur-rendez-vous"],
        "mobilised_by": ["usagers", "professionnels"],
        "fees_details": "Gratuit ; adhésion au centre social pour les ateliers collectifs",
        "what_to_say": "Passez au centre social de Cluny pour vous inscrire à un atelier numérique.",
        "delivering_structures": ["centre-social-cluny"],
        "handled_by": ["fcsf", "conseillers-numeriques"],
        "tags": ["numérique", "informatique", "internet", "illectronisme"],
        "verified_days_ago": 60,
        "to_complete": "jours des ateliers, montant de l’adhésion",
    },
    {
        "partner": partners.CENTRE_SOCIAL_CLUNY,
        "slug": "ateliers-de-francais-centre-social-cluny",
        "title": "Ateliers de français au centre social de Cluny",
        "summary": "Parler, lire et écrire le français de la vie quotidienne, en groupe, avec des "
        "animateurs et des bénévoles formés.",
        "themes": ["lecture-ecriture-calcul--maitriser-le-francais", "remobilisation--lien-social"],
        "service_types": ["atelier"],
        "publics": ["personnes-exilees", "tous-publics"],
        "zone_epcis": [CLUNISOIS],
        "benefits": "<p>Ateliers sociolinguistiques deux fois par semaine : se présenter, prendre un "
        "rendez-vous, comprendre un courrier, utiliser les transports. Aussi pour les personnes qui "
        "parlent français mais ne savent pas bien lire ou écrire.</p>",
        "reception_modes": ["sans-rendez-vous"],
        "mobilised_by": ["usagers", "professionnels"],
        "what_to_say": "Venez au centre social de Cluny pour un premier entretien : on vous proposera le "
        "groupe qui vous convient.",
        "delivering_structures": ["centre-social-cluny"],
        "handled_by": ["fcsf"],
        "tags": ["français langue étrangère", "FLE", "illettrisme", "alphabétisation"],
        "verified_days_ago": 80,
        "to_complete": "jours et horaires des groupes",
    },
]
