"""National housing schemes: aides au logement, FSL, DALO, Visale, chèque énergie, domiciliation, 115."""

from .common import ACCESS_DOORS, CAF_DOORS, national, p, ul

KEEP_HOME = "logement-hebergement--se-maintenir-dans-le-logement"
RENT = "logement-hebergement--louer-un-logement"
ACCESS = "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement"
SHELTER = "logement-hebergement--rechercher-une-solution-dhebergement-temporaire"
RIGHTS = "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"
BUDGET = "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere"

FICHES = [
    national(
        slug="aides-au-logement",
        criteria={"housing": ["locataire"], "residence": "sejour-regulier", "benefit": "aide_logement"},
        title="Aides au logement (APL, ALF, ALS)",
        summary="Une aide mensuelle de la CAF ou de la MSA pour payer son loyer, sa redevance en foyer ou "
        "certains remboursements de prêt.",
        themes=[RENT, KEEP_HOME, "logement-hebergement--reduire-les-impayes-de-loyer"],
        service_types=["aide-financiere"],
        publics=["tous-publics", "etudiants", "familles", "jeunes"],
        publics_details="Locataires, colocataires, sous-locataires déclarés, résidents de foyer ou de "
        "résidence sociale, étudiants, certains propriétaires accédants.",
        conditions=ul(
            "Le logement est la résidence principale (occupée au moins huit mois par an) et il est décent.",
            "Le propriétaire n’est ni un parent ni un grand-parent (ni un enfant) de la personne.",
            "Ressources des 12 derniers mois sous un seuil qui dépend du loyer, de la zone et du foyer.",
        ),
        benefits=p(
            "Selon le logement : APL (logement conventionné), ALF (familles) ou ALS (autres cas). Le "
            "montant "
            "est recalculé tous les trois mois sur les ressources des 12 derniers mois ; il peut être "
            "versé "
            "directement au bailleur, qui le déduit du loyer. Le droit commence le mois qui suit l’entrée "
            "dans "
            "le logement."
        ),
        how_to_apply=p(
            "Simulation puis demande en ligne sur caf.fr (ou msa.fr) dès l’entrée dans le logement : une "
            "demande tardive fait perdre des mois d’aide. Le bailleur remplit une attestation de loyer."
        ),
        application_url="https://www.caf.fr",
        reception_modes=["en-ligne", "sur-rendez-vous", "telephone"],
        what_to_say="Faites la demande d’aide au logement sur caf.fr dès votre arrivée dans le logement, "
        "avec le bail.",
        steps=[
            ("Faire une simulation", "Sur caf.fr, avec le loyer hors charges."),
            ("Déposer la demande en ligne", "Dès la signature du bail."),
            ("Faire remplir l’attestation de loyer", "Par le propriétaire ou le gestionnaire."),
        ],
        documents=[
            ("Bail ou contrat de location", ""),
            ("Relevé d’identité bancaire", ""),
            ("Coordonnées du propriétaire", "Et son numéro SIRET s’il s’agit d’une société"),
        ],
        legal_references=[("Code de la construction et de l’habitation, art. L821-1 et suivants", "")],
        handled_by=CAF_DOORS,
        tags=["allocation logement", "APL", "ALS", "ALF", "aide au loyer", "AL", "loyer"],
    ),
    national(
        slug="fonds-de-solidarite-logement",
        title="Fonds de solidarité pour le logement (FSL)",
        summary="Les aides du Département pour entrer dans un logement, s’y maintenir, payer ses factures "
        "d’énergie ou d’eau ; règles fixées par chaque département.",
        themes=[KEEP_HOME, "logement-hebergement--reduire-les-impayes-de-loyer", ACCESS, BUDGET],
        service_types=["aide-financiere", "accompagnement"],
        publics=["tous-publics", "familles"],
        conditions=p(
            "Ressources sous les plafonds du règlement intérieur du FSL du département, et difficultés à "
            "accéder à un logement ou à y rester (impayé de loyer, de charges, d’énergie ou d’eau)."
        ),
        benefits=ul(
            "Accès : dépôt de garantie, premier loyer, assurance habitation, frais d’agence, mobilier de "
            "première nécessité.",
            "Maintien : apurement d’une dette de loyer.",
            "Énergie, eau et téléphone : aide au paiement des factures impayées.",
            "Accompagnement social lié au logement.",
        ),
        how_to_apply=p(
            "Dossier le plus souvent instruit par un travailleur social (Maison des solidarités, CCAS) "
            "puis "
            "étudié en commission ; règles et formulaires propres à chaque département."
        ),
        reception_modes=["sur-rendez-vous"],
        mobilised_by=["professionnels"],
        what_to_say="Pour une dette de loyer ou d’énergie, prenez rendez-vous avec un travailleur social : "
        "il peut demander une aide au FSL.",
        documents=[
            ("Bail et dernier avis d’échéance", ""),
            ("Facture ou relevé de dette", ""),
            ("Justificatifs de ressources", ""),
        ],
        legal_references=[("Loi n° 90-449 du 31 mai 1990, art. 6 (mise en œuvre du droit au logement)", "")],
        handled_by=["maisons-des-solidarites", "ccas-cias", "france-service"],
        tags=["impayé de loyer", "énergie", "facture d’électricité", "caution", "dépôt de garantie", "eau"],
    ),
    national(
        slug="dalo",
        title="Droit au logement opposable (DALO)",
        summary="Un recours auprès de la commission de médiation quand on n’arrive pas à obtenir un "
        "logement "
        "ou un hébergement par les voies habituelles.",
        themes=[
            ACCESS,
            "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire",
        ],
        service_types=["accompagnement", "information"],
        publics=["tous-publics", "personnes-en-situation-durgence"],
        conditions=ul(
            "Être de bonne foi et pouvoir accéder à un logement social (séjour régulier, ressources).",
            "Être dans une situation prévue par la loi : sans logement, menacé d’expulsion sans "
            "relogement, "
            "hébergé durablement en structure, logé dans un local insalubre ou dangereux, logement "
            "sur-occupé ou indécent avec un enfant mineur ou une personne handicapée, ou demande de "
            "logement "
            "social sans réponse après un délai anormalement long.",
        ),
        benefits=p(
            "Si la commission reconnaît la demande prioritaire et urgente, le préfet doit proposer un "
            "logement "
            "(ou un hébergement, recours DAHO). Sans proposition dans le délai, un recours est possible "
            "devant "
            "le tribunal administratif."
        ),
        how_to_apply=p(
            "Formulaire de recours amiable adressé à la commission de médiation du département, avec les "
            "justificatifs. Se faire aider par une association, un CCAS ou un point-justice."
        ),
        reception_modes=["sur-rendez-vous"],
        what_to_say="Si votre demande de logement social reste sans réponse, un recours DALO est possible "
        ": "
        "faites-vous aider pour le dossier.",
        documents=[
            ("Numéro unique de demande de logement social", ""),
            ("Pièce d’identité ou titre de séjour", ""),
            ("Justificatifs de la situation", "Jugement d’expulsion, attestation d’hébergement, photos…"),
        ],
        legal_references=[
            ("Loi n° 2007-290 du 5 mars 2007 instituant le droit au logement opposable", ""),
            ("Code de la construction et de l’habitation, art. L441-2-3", ""),
        ],
        handled_by=["points-justice", "ccas-cias", "maisons-des-solidarites", "france-service"],
        tags=["droit au logement", "logement social", "HLM", "DAHO", "commission de médiation", "expulsion"],
    ),
    national(
        slug="garantie-visale",
        title="Garantie Visale",
        summary="Une caution gratuite d’Action Logement qui couvre les loyers impayés, pour louer sans "
        "garant.",
        themes=[RENT, ACCESS],
        service_types=["aide-financiere"],
        publics=["jeunes", "etudiants", "actifs"],
        publics_details="Jeunes de 18 à 30 ans ; au-delà, salariés récemment embauchés ou aux revenus "
        "modestes et certains ménages accompagnés, sous conditions.",
        conditions=ul(
            "Obtenir le visa Visale avant de signer le bail.",
            "Logement du parc privé (ou certains logements sociaux et foyers), loyer sous un plafond.",
        ),
        benefits=p(
            "Action Logement se porte garant : il paie les loyers impayés au propriétaire, puis la "
            "personne "
            "les rembourse selon un échéancier. Le service est gratuit."
        ),
        how_to_apply=p("Demande en ligne sur visale.fr ; le visa est à présenter au propriétaire."),
        application_url="https://www.visale.fr",
        reception_modes=["en-ligne"],
        mobilised_by=["usagers"],
        what_to_say="Pas de garant ? Demandez votre visa sur visale.fr avant de signer le bail.",
        documents=[("Pièce d’identité", ""), ("Justificatifs de ressources ou de situation", "")],
        handled_by=["action-logement", "mission-locale", "france-service", "residences-fjt"],
        tags=["caution", "garant", "Action Logement", "location"],
    ),
    national(
        slug="cheque-energie",
        title="Chèque énergie",
        summary="Une aide de l’État pour payer les factures d’énergie ou des travaux de rénovation, "
        "envoyée "
        "aux ménages aux revenus modestes.",
        themes=[KEEP_HOME, BUDGET],
        service_types=["aide-financiere"],
        publics=["tous-publics"],
        conditions=ul(
            "Revenu fiscal de référence par unité de consommation sous un plafond.",
            "Avoir déclaré ses revenus aux impôts, même faibles ou nuls.",
        ),
        benefits=p(
            "Un chèque nominatif, dont le montant dépend des revenus et de la composition du foyer, pour "
            "payer électricité, gaz, fioul, bois, la redevance d’un logement-foyer ou des travaux de "
            "rénovation énergétique. Il peut être affecté automatiquement au fournisseur les années "
            "suivantes."
        ),
        how_to_apply=p(
            "Envoyé au domicile sans démarche quand le ménage est identifié ; sinon, vérifier son droit et "
            "le réclamer en ligne sur chequeenergie.gouv.fr."
        ),
        application_url="https://chequeenergie.gouv.fr",
        reception_modes=["en-ligne", "telephone"],
        mobilised_by=["usagers"],
        what_to_say="Vérifiez sur chequeenergie.gouv.fr si vous y avez droit, et pensez à déclarer vos "
        "revenus chaque année, même s’ils sont faibles.",
        legal_references=[("Code de l’énergie, art. L124-1", "")],
        handled_by=[*ACCESS_DOORS, "points-conseil-budget"],
        tags=["énergie", "facture d’électricité", "gaz", "tarif social", "précarité énergétique"],
        to_complete="calendrier d’envoi de la campagne en cours",
    ),
    national(
        slug="domiciliation",
        title="Domiciliation (adresse administrative)",
        summary="Une adresse pour recevoir son courrier et faire valoir ses droits quand on n’a pas de "
        "domicile stable.",
        themes=[
            RIGHTS,
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
        ],
        service_types=["accompagnement"],
        publics=["personnes-en-situation-durgence", "tous-publics"],
        publics_details="Personnes sans domicile stable : à la rue, hébergées chez des tiers, en squat, en "
        "habitat mobile.",
        conditions=p(
            "Avoir un lien avec la commune (y vivre, y travailler, y être suivi…) pour s’adresser au CCAS "
            "; "
            "les organismes agréés par le préfet reçoivent aussi les demandes. Les demandeurs d’asile "
            "relèvent d’un circuit spécifique."
        ),
        benefits=p(
            "Une attestation d’élection de domicile valable un an, renouvelable, qui permet d’ouvrir ses "
            "droits "
            "(RSA, CAF, assurance maladie, pièce d’identité, inscription sur les listes électorales…) et "
            "de "
            "recevoir son courrier."
        ),
        how_to_apply=p(
            "Entretien au CCAS de la commune ou dans un organisme agréé, qui remet l’attestation."
        ),
        reception_modes=["sans-rendez-vous", "sur-rendez-vous"],
        what_to_say="Sans adresse, vous pouvez demander une domiciliation au CCAS de la commune où vous "
        "avez un lien : elle vous permet d’ouvrir vos droits.",
        documents=[("Pièce d’identité si vous en avez une", "Son absence n’empêche pas la domiciliation")],
        legal_references=[("Code de l’action sociale et des familles, art. L264-1 et suivants", "")],
        handled_by=["ccas-cias", "croix-rouge"],
        tags=["SDF", "sans domicile", "adresse", "élection de domicile", "boîte aux lettres", "sans-abri"],
    ),
    national(
        slug="115-urgence-sociale",
        title="115 – Urgence sociale et hébergement d’urgence",
        summary="Le numéro gratuit, jour et nuit, pour trouver un hébergement d’urgence ou signaler une "
        "personne à la rue.",
        themes=[SHELTER],
        service_types=["accompagnement", "information"],
        publics=["personnes-en-situation-durgence", "tous-publics"],
        conditions=p(
            "Aucune condition : toute personne sans abri ou en détresse, ou qui s’inquiète pour "
            "une "
            "personne à la rue."
        ),
        benefits=ul(
            "Une écoute, une évaluation de la situation et une orientation vers une place d’hébergement "
            "d’urgence quand il y en a.",
            "L’envoi d’une maraude ou du Samu social selon les territoires.",
            "Le lien avec le SIAO pour une demande d’hébergement ou de logement accompagné.",
        ),
        how_to_apply=p(
            "Appeler le <b>115</b>, gratuit, 24 h sur 24, 7 jours sur 7, depuis un portable ou "
            "un "
            "fixe. En danger immédiat : 15, 17 ou 112."
        ),
        reception_modes=["telephone"],
        what_to_say="Appelez le 115, gratuit, jour et nuit ; rappelez si la ligne est occupée, et dites où "
        "vous êtes et avec qui.",
        legal_references=[("Code de l’action sociale et des familles, art. L345-2 (veille sociale)", "")],
        handled_by=["siao", "chrs", "chu"],
        tags=[
            "SAMU social",
            "hébergement d’urgence",
            "sans-abri",
            "SDF",
            "dormir dehors",
            "mise à l’abri",
            "SIAO",
        ],
    ),
]
