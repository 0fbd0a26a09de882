"""National employment, training and youth schemes: CEJ, France Travail, mobility, CPF, CEP, immersion,
ACRE, EURES, service civique."""

from .common import national, p, ul

JOB = "trouver-un-emploi--repondre-a-des-offres-demploi"
SEARCH = "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi"
TRAINING = "se-former--trouver-sa-formation"
CHOOSE = "choisir-un-metier--confirmer-son-choix-de-metier"
EMPLOYMENT_DOORS = ["france-travail", "mission-locale", "cap-emploi-reseau-cheops"]

FICHES = [
    national(
        slug="contrat-engagement-jeune",
        title="Contrat d’engagement jeune (CEJ)",
        summary="Un accompagnement intensif vers l’emploi pour les 16-25 ans sans emploi ni formation, "
        "avec "
        "une allocation selon les ressources.",
        themes=[JOB, SEARCH, TRAINING],
        service_types=["accompagnement", "aide-financiere"],
        publics=["jeunes", "demandeurs-emploi"],
        publics_details="De 16 à 25 ans, jusqu’à 29 ans pour les jeunes reconnus travailleurs handicapés.",
        age_min=16,
        age_max=29,
        conditions=ul(
            "Ne pas être en études ni en formation, et avoir des difficultés d’accès à l’emploi durable.",
            "S’engager à suivre un programme de 15 à 20 heures d’activités par semaine.",
        ),
        benefits=ul(
            "Un conseiller dédié pendant 6 à 12 mois (jusqu’à 18 mois selon la situation).",
            "Ateliers, stages et immersions en entreprise, formations, service civique.",
            "Une allocation mensuelle selon les ressources du jeune et de son foyer fiscal, versée si les "
            "engagements sont tenus.",
        ),
        how_to_apply=p(
            "Prendre rendez-vous à la mission locale ou à France Travail ; formulaire de "
            "contact "
            "sur 1jeune1solution.gouv.fr."
        ),
        application_url="https://www.1jeune1solution.gouv.fr",
        reception_modes=["sur-rendez-vous", "en-ligne"],
        what_to_say="Va à la mission locale : avec le contrat d’engagement jeune, tu as un conseiller et "
        "une "
        "allocation pour trouver un emploi.",
        documents=[
            ("Pièce d’identité ou titre de séjour", ""),
            ("Relevé d’identité bancaire", ""),
            ("Avis d’imposition du foyer", "Le sien ou celui des parents"),
        ],
        legal_references=[("Code du travail, art. L5131-6", "")],
        handled_by=["mission-locale", "france-travail"],
        tags=["garantie jeunes", "CEJ", "mission locale", "jeunes sans emploi", "NEET"],
    ),
    national(
        slug="inscription-france-travail",
        title="Inscription à France Travail",
        summary="S’inscrire comme demandeur d’emploi pour être accompagné, accéder aux offres, aux "
        "formations "
        "et, si l’on y a droit, à l’allocation chômage.",
        themes=[JOB, SEARCH, "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"],
        service_types=["accompagnement", "information"],
        publics=["demandeurs-emploi", "jeunes", "beneficiaires-des-minimas-sociaux"],
        publics_details="Toute personne qui cherche un emploi ; les bénéficiaires du RSA et les jeunes "
        "accompagnés par la mission locale sont inscrits automatiquement.",
        age_min=16,
        conditions=p(
            "Être en âge de travailler, résider en France et, pour les étrangers, avoir un titre "
            "de "
            "séjour autorisant à travailler."
        ),
        benefits=ul(
            "Un contrat d’engagement et un plan d’action avec un conseiller (France Travail, mission "
            "locale "
            "ou Cap emploi selon la situation).",
            "Les offres, ateliers CV et entretien, aides à la mobilité et à la garde d’enfant, formations.",
        ),
        how_to_apply=p(
            "Inscription en ligne sur francetravail.fr, ou au 39 49 ; une France services peut aider."
        ),
        application_url="https://www.francetravail.fr",
        reception_modes=["en-ligne", "telephone", "sur-rendez-vous"],
        what_to_say="Inscrivez-vous sur francetravail.fr (ou au 39 49) ; si vous n’avez pas d’ordinateur, "
        "la "
        "France services vous aide.",
        documents=[
            ("Pièce d’identité ou titre de séjour", ""),
            ("Numéro de sécurité sociale", ""),
            ("CV", "Si vous en avez un"),
        ],
        legal_references=[("Code du travail, art. L5411-1 et suivants", "")],
        handled_by=[*EMPLOYMENT_DOORS, "france-service"],
        tags=["Pôle emploi", "demandeur d’emploi", "chômage", "recherche d’emploi", "CV"],
    ),
    national(
        slug="aide-mobilite-france-travail",
        title="Aides à la mobilité de France Travail",
        summary="Une prise en charge de frais de déplacement, de repas ou d’hébergement pour se rendre à "
        "un "
        "entretien, une formation ou reprendre un emploi loin de chez soi.",
        themes=["mobilite--financer-ma-mobilite", "mobilite--preparer-un-permis", JOB],
        service_types=["aide-financiere"],
        publics=["demandeurs-emploi"],
        conditions=ul(
            "Être inscrit à France Travail, non indemnisé ou avec une allocation faible.",
            "Déplacement éloigné du domicile (distance ou temps de trajet importants).",
            "Faire la demande avant le déplacement, ou dans le délai prévu.",
        ),
        benefits=p(
            "Remboursement d’une partie des frais de transport, de repas et d’hébergement ; selon les cas, "
            "une aide au permis de conduire pour un projet d’emploi validé avec le conseiller."
        ),
        how_to_apply=p("Demande dans l’espace personnel sur francetravail.fr, ou avec son conseiller."),
        application_url="https://www.francetravail.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        what_to_say="Avant un entretien ou une formation loin de chez vous, demandez l’aide à la mobilité "
        "dans "
        "votre espace France Travail.",
        documents=[("Convocation à l’entretien ou à la formation", ""), ("Justificatifs de frais", "")],
        handled_by=EMPLOYMENT_DOORS,
        tags=["transport", "permis de conduire", "frais de déplacement", "mobilité"],
        to_complete="conditions et plafonds en vigueur",
    ),
    national(
        slug="compte-personnel-de-formation",
        title="Compte personnel de formation (CPF)",
        summary="Des droits à la formation, en euros, que chacun accumule en travaillant et peut utiliser "
        "pour se former tout au long de sa vie.",
        themes=[TRAINING, "se-former--monter-son-dossier-de-formation"],
        service_types=["aide-financiere", "formation"],
        publics=["actifs", "demandeurs-emploi"],
        age_min=16,
        conditions=p(
            "Avoir travaillé (salarié, indépendant) ou être en recherche d’emploi ; formation "
            "certifiante ou qualifiante du catalogue."
        ),
        benefits=p(
            "Un crédit en euros alimenté chaque année de travail, plus élevé pour les personnes peu "
            "qualifiées ou reconnues travailleurs handicapées. Une participation forfaitaire est demandée "
            "pour chaque formation, sauf aux demandeurs d’emploi et si un financeur la prend en charge."
        ),
        how_to_apply=p(
            "Sur moncompteformation.gouv.fr (avec FranceConnect+), ou avec un conseiller en "
            "évolution professionnelle ou France Travail pour compléter le financement."
        ),
        application_url="https://www.moncompteformation.gouv.fr",
        reception_modes=["en-ligne"],
        mobilised_by=["usagers"],
        what_to_say="Regardez vos droits à la formation sur moncompteformation.gouv.fr ; attention aux "
        "appels "
        "et SMS frauduleux, personne ne vous demandera vos codes.",
        legal_references=[("Code du travail, art. L6323-1 et suivants", "")],
        handled_by=[*EMPLOYMENT_DOORS, "france-service"],
        tags=["formation", "DIF", "mon compte formation", "CPF"],
    ),
    national(
        slug="conseil-en-evolution-professionnelle",
        title="Conseil en évolution professionnelle (CEP)",
        summary="Un accompagnement gratuit et confidentiel pour faire le point sur sa vie professionnelle, "
        "choisir un métier ou construire un projet de reconversion.",
        themes=[
            CHOOSE,
            "choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
            TRAINING,
        ],
        service_types=["accompagnement"],
        publics=["actifs", "demandeurs-emploi", "jeunes"],
        conditions=p("Ouvert à tous les actifs : salariés, indépendants, demandeurs d’emploi, jeunes."),
        benefits=p(
            "Des entretiens avec un conseiller pour clarifier son projet, connaître les métiers qui "
            "recrutent et construire le plan de financement d’une formation."
        ),
        how_to_apply=p(
            "Demandeurs d’emploi : France Travail ; jeunes : mission locale ; personnes handicapées : Cap "
            "emploi ; cadres : Apec ; salariés du privé : opérateur régional du CEP."
        ),
        reception_modes=["sur-rendez-vous", "telephone"],
        mobilised_by=["usagers"],
        what_to_say="Pour changer de métier, demandez un conseil en évolution professionnelle : c’est "
        "gratuit "
        "et confidentiel, même sans en parler à votre employeur.",
        legal_references=[("Code du travail, art. L6111-6", "")],
        handled_by=EMPLOYMENT_DOORS,
        tags=["reconversion", "orientation professionnelle", "bilan", "changer de métier"],
    ),
    national(
        slug="immersion-professionnelle-pmsmp",
        title="Immersion professionnelle (PMSMP)",
        summary="Quelques jours à quelques semaines en entreprise pour découvrir un métier, confirmer un "
        "projet ou amorcer un recrutement, sans perdre ses droits.",
        themes=[
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
            CHOOSE,
            "preparer-sa-candidature--developper-son-reseau",
        ],
        service_types=["accompagnement"],
        publics=["demandeurs-emploi", "jeunes", "personnes-en-situation-de-handicap", "actifs"],
        conditions=p(
            "Être accompagné par une structure qui prescrit l’immersion (France Travail, mission "
            "locale, Cap emploi, structure d’insertion…) et trouver une entreprise d’accueil."
        ),
        benefits=p(
            "Une convention d’immersion, en principe d’un mois au plus : la personne garde son statut et "
            "ses "
            "allocations, et elle est couverte en cas d’accident. Il ne s’agit pas d’un emploi rémunéré."
        ),
        how_to_apply=p(
            "Trouver une entreprise et faire la demande de convention sur "
            "immersion-facile.beta.gouv.fr, ou avec son conseiller."
        ),
        application_url="https://immersion-facile.beta.gouv.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        what_to_say="Pour essayer un métier, demandez une immersion en entreprise à votre conseiller ou "
        "sur "
        "Immersion facilitée.",
        legal_references=[("Code du travail, art. L5135-1 et suivants", "")],
        handled_by=[*EMPLOYMENT_DOORS, "inae"],
        tags=["stage", "immersion", "découverte métier", "PMSMP"],
    ),
    national(
        slug="acre-creation-entreprise",
        title="Aide à la création ou à la reprise d’entreprise (ACRE)",
        summary="Une exonération partielle de cotisations sociales pendant la première année d’activité "
        "d’un "
        "créateur ou repreneur d’entreprise.",
        themes=[
            "creer-une-entreprise--definir-son-projet-de-creation-dentreprise",
            "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise",
        ],
        service_types=["aide-financiere"],
        publics=["demandeurs-emploi", "beneficiaires-des-minimas-sociaux", "jeunes"],
        conditions=p(
            "Créer ou reprendre une entreprise et faire partie des publics prévus (notamment demandeurs "
            "d’emploi, bénéficiaires de minima sociaux, jeunes de moins de 26 ans, habitants de quartiers "
            "prioritaires)."
        ),
        benefits=p(
            "Une réduction des cotisations sociales pendant les 12 premiers mois. Les demandeurs d’emploi "
            "indemnisés peuvent aussi demander à France Travail le versement d’une partie de leurs droits "
            "en "
            "capital (ARCE) ou le maintien de l’allocation."
        ),
        how_to_apply=p(
            "Demande lors de la déclaration de création, sur le guichet unique des formalités "
            "d’entreprises ; se faire accompagner par un réseau d’aide à la création."
        ),
        application_url="https://formalites.entreprises.gouv.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        what_to_say="Avant de créer votre entreprise, faites-vous accompagner (BGE, Initiative, Adie) et "
        "demandez l’ACRE lors de la déclaration.",
        legal_references=[("Code de la sécurité sociale, art. L131-6-4", "")],
        handled_by=["reseau-bge", "initiative-france", "adie", "france-travail", "chambres-consulaires"],
        tags=["création d’entreprise", "auto-entrepreneur", "micro-entreprise", "ARCE", "ACCRE"],
        to_complete="taux d’exonération et publics éligibles en vigueur",
    ),
    national(
        slug="eures-travailler-en-europe",
        title="Travailler en Europe avec EURES",
        summary="Le réseau européen de l’emploi : offres, conseils et aides pour travailler dans un autre "
        "pays européen ou revenir en France.",
        themes=[
            "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger",
            "souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger",
            "souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france",
        ],
        service_types=["information", "accompagnement"],
        publics=["demandeurs-emploi", "jeunes", "actifs"],
        conditions=p("Ouvert aux demandeurs d’emploi et aux salariés qui envisagent une mobilité en Europe."),
        benefits=p(
            "Des offres d’emploi européennes, des conseillers EURES à France Travail, des informations "
            "sur les "
            "conditions de vie et de travail, la protection sociale et les droits au chômage à l’étranger."
        ),
        how_to_apply=p(
            "Consulter le portail eures.europa.eu et demander un rendez-vous avec un conseiller "
            "EURES de France Travail."
        ),
        application_url="https://eures.europa.eu",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        mobilised_by=["usagers"],
        what_to_say="Pour travailler dans un autre pays européen, demandez à France Travail un rendez-vous "
        "avec un conseiller EURES.",
        handled_by=["france-travail", "reseau-information-jeunesse"],
        tags=["étranger", "Europe", "mobilité internationale", "expatriation"],
    ),
    national(
        slug="service-civique",
        title="Service civique",
        summary="Une mission d’intérêt général de 6 à 12 mois, indemnisée, ouverte aux 16-25 ans sans "
        "condition de diplôme.",
        themes=[
            "remobilisation--benevolat-action-citoyenne",
            "remobilisation--bien-etre-confiance-en-soi",
            CHOOSE,
        ],
        service_types=["accompagnement"],
        publics=["jeunes"],
        publics_details="De 16 à 25 ans, jusqu’à 30 ans pour les jeunes en situation de handicap.",
        age_min=16,
        age_max=30,
        conditions=p(
            "Être de nationalité française, européenne, ou résider régulièrement en France depuis "
            "au moins un an (sauf exceptions)."
        ),
        benefits=p(
            "Une mission d’au moins 24 heures par semaine dans une association, une collectivité ou un "
            "service public, une indemnité mensuelle versée par l’État et par la structure, une formation "
            "civique et un tuteur."
        ),
        how_to_apply=p(
            "Choisir une mission sur service-civique.gouv.fr et candidater en ligne ; la "
            "mission "
            "locale aide à trouver."
        ),
        application_url="https://www.service-civique.gouv.fr",
        reception_modes=["en-ligne"],
        what_to_say="Tu as entre 16 et 25 ans ? Regarde les missions de service civique près de chez toi "
        "sur "
        "service-civique.gouv.fr.",
        legal_references=[("Code du service national, art. L120-1 et suivants", "")],
        handled_by=["mission-locale", "reseau-information-jeunesse", "unis-cite"],
        tags=["volontariat", "engagement", "jeunes", "mission"],
    ),
]
