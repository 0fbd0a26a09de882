"""National disability and old-age schemes: PCH, AEEH, CMI, APA, ASH, aide ménagère."""

from .common import national, p, ul

DEPENDENT = "famille--prise-en-charge-personne-dependante"
MDPH_FILE = "sante--constituer-un-dossier-mdph-invalidite"
CAREGIVERS = "famille--soutien-aidants"
AUTONOMY_DOORS = [
    "maison-departementale-de-lautonomie",
    "ccas-cias",
    "maisons-des-solidarites",
    "france-service",
]
MDPH_DOORS = ["mdph", "maison-departementale-de-lautonomie", "ccas-cias", "france-service"]

MDPH_HOW = (
    "Dossier à la MDPH (formulaire unique) avec un certificat médical de moins d’un an ; dépôt en ligne "
    "possible dans de nombreux départements. La CDAPH décide après évaluation des besoins."
)

FICHES = [
    national(
        slug="pch",
        title="Prestation de compensation du handicap (PCH)",
        summary="Une aide du Département pour financer les aides dont une personne handicapée a besoin : "
        "aide "
        "humaine, matériel, aménagement du logement ou du véhicule.",
        themes=[MDPH_FILE, DEPENDENT],
        service_types=["aide-financiere"],
        publics=["personnes-en-situation-de-handicap"],
        publics_details="Enfants et adultes. Demande avant 60 ans, ou après si le handicap remplissait les "
        "critères avant 60 ans ou si la personne travaille encore.",
        conditions=ul(
            "Difficulté absolue pour une activité essentielle, ou grave pour au moins deux (se laver, se "
            "déplacer, communiquer…), durable (au moins un an).",
            "Résider en France de façon stable.",
            "Pas de condition de ressources pour y avoir droit ; le taux de prise en charge en dépend.",
        ),
        benefits=ul(
            "Aide humaine (aidant familial ou professionnel), y compris l’aide à la parentalité.",
            "Aides techniques, aménagement du logement et du véhicule, surcoûts de transport.",
            "Charges spécifiques ou exceptionnelles, aide animalière.",
        ),
        how_to_apply=p(MDPH_HOW, "Le Département verse ensuite la prestation."),
        application_url="https://mdphenligne.cnsa.fr",
        reception_modes=["en-ligne", "sur-rendez-vous", "a-domicile"],
        what_to_say="Demandez la PCH à la MDPH avec un certificat médical récent, en décrivant "
        "concrètement "
        "vos besoins au quotidien.",
        documents=[
            ("Formulaire de demande MDPH", ""),
            ("Certificat médical de moins d’un an", ""),
            ("Devis des aides techniques ou des travaux", "Si besoin"),
        ],
        legal_references=[("Code de l’action sociale et des familles, art. L245-1 et suivants", "")],
        handled_by=MDPH_DOORS,
        tags=["handicap", "aide humaine", "compensation", "ACTP", "aménagement du logement"],
    ),
    national(
        slug="aeeh",
        title="Allocation d’éducation de l’enfant handicapé (AEEH)",
        summary="Une allocation pour aider les parents à faire face aux frais d’éducation et de soins d’un "
        "enfant handicapé de moins de 20 ans.",
        themes=[MDPH_FILE, "famille--soutien-a-la-parentalite-et-a-leducation", CAREGIVERS],
        service_types=["aide-financiere"],
        publics=["familles", "personnes-en-situation-de-handicap"],
        conditions=ul(
            "Enfant de moins de 20 ans avec un taux d’incapacité d’au moins 80 %, ou entre 50 et 79 % s’il "
            "fréquente un établissement adapté ou a besoin de soins ou d’un accompagnement reconnus par la "
            "CDAPH.",
            "Pas de condition de ressources.",
        ),
        benefits=p(
            "Une allocation de base mensuelle versée par la CAF ou la MSA, avec un complément selon les "
            "frais "
            "et la réduction d’activité des parents, une majoration pour parent isolé, ou la PCH à la "
            "place "
            "du complément."
        ),
        how_to_apply=p(MDPH_HOW),
        application_url="https://mdphenligne.cnsa.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        what_to_say="Pour votre enfant handicapé, déposez un dossier à la MDPH : l’AEEH et son complément "
        "sont "
        "décidés par la commission.",
        documents=[("Formulaire de demande MDPH", ""), ("Certificat médical de moins d’un an", "")],
        legal_references=[("Code de la sécurité sociale, art. L541-1 et suivants", "")],
        handled_by=[*MDPH_DOORS, "caf"],
        tags=["enfant handicapé", "AES", "allocation d’éducation spéciale", "handicap"],
    ),
    national(
        slug="carte-mobilite-inclusion",
        title="Carte mobilité inclusion (CMI)",
        summary="La carte qui donne des droits aux personnes handicapées ou en perte d’autonomie : "
        "priorité, "
        "invalidité, stationnement.",
        themes=[MDPH_FILE, "mobilite--etre-accompagne-dans-son-parcours-mobilite"],
        service_types=["accompagnement"],
        publics=["personnes-en-situation-de-handicap", "seniors"],
        conditions=ul(
            "Mention invalidité : taux d’incapacité d’au moins 80 % ou pension d’invalidité de 3e catégorie.",
            "Mention priorité : station debout pénible.",
            "Mention stationnement : déplacement à pied réduit ou besoin d’être accompagné.",
            "Les bénéficiaires de l’APA en GIR 1 ou 2 l’obtiennent sans passer par la MDPH.",
        ),
        benefits=p(
            "Selon la mention : priorité d’accès dans les files et les transports, avantages fiscaux et "
            "réductions, stationnement gratuit sur les places réservées et les places ordinaires."
        ),
        how_to_apply=p(
            "Demande à la MDPH avec le formulaire unique et un certificat médical, ou, pour les "
            "bénéficiaires "
            "de l’APA, auprès du Département. La carte est fabriquée par l’Imprimerie nationale, qui "
            "demande "
            "une photo."
        ),
        application_url="https://mdphenligne.cnsa.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        what_to_say="La carte mobilité inclusion se demande à la MDPH ; si vous touchez l’APA, demandez-la "
        "au Département.",
        documents=[
            ("Formulaire de demande MDPH", ""),
            ("Certificat médical de moins d’un an", ""),
            ("Photo d’identité", ""),
        ],
        legal_references=[("Code de l’action sociale et des familles, art. L241-3", "")],
        handled_by=MDPH_DOORS,
        tags=["carte d’invalidité", "carte de priorité", "carte de stationnement", "macaron", "GIC", "GIG"],
    ),
    national(
        slug="apa",
        title="Allocation personnalisée d’autonomie (APA)",
        summary="L’aide du Département aux personnes de 60 ans et plus en perte d’autonomie, pour payer "
        "l’aide à domicile ou une partie du tarif dépendance en établissement.",
        themes=[DEPENDENT, CAREGIVERS, "equipement-et-alimentation--aide-menagere"],
        service_types=["aide-financiere", "accompagnement"],
        publics=["seniors"],
        age_min=60,
        conditions=ul(
            "Avoir 60 ans ou plus et résider en France de façon stable.",
            "Perte d’autonomie évaluée en GIR 1 à 4 par l’équipe médico-sociale du Département.",
            "Pas de condition de ressources pour y avoir droit ; une participation est demandée au-delà "
            "d’un "
            "seuil de revenus. Pas de récupération sur la succession.",
        ),
        benefits=p(
            "À domicile : un plan d’aide (aide à domicile, portage de repas, téléassistance, aides "
            "techniques, "
            "accueil de jour, répit de l’aidant). En établissement : une partie du tarif dépendance."
        ),
        how_to_apply=p(
            "Dossier de demande au Département (à retirer au CCAS, en Maison des solidarités, auprès d’un "
            "point d’information pour personnes âgées, ou en ligne) ; visite d’évaluation à domicile."
        ),
        reception_modes=["sur-rendez-vous", "a-domicile", "en-ligne"],
        what_to_say="Demandez le dossier APA au CCAS ou au Département : une équipe viendra évaluer les "
        "besoins à domicile.",
        documents=[
            ("Dernier avis d’imposition", ""),
            ("Pièce d’identité", ""),
            ("Relevé d’identité bancaire", ""),
        ],
        legal_references=[("Code de l’action sociale et des familles, art. L232-1 et suivants", "")],
        handled_by=AUTONOMY_DOORS,
        tags=["perte d’autonomie", "aide à domicile", "dépendance", "GIR", "personnes âgées", "EHPAD"],
    ),
    national(
        slug="aide-sociale-hebergement-personnes-agees",
        title="Aide sociale à l’hébergement des personnes âgées (ASH)",
        summary="La prise en charge par le Département des frais d’hébergement en établissement qu’une "
        "personne âgée ne peut pas payer avec ses revenus.",
        themes=[DEPENDENT, "logement-hebergement--changer-de-logement"],
        service_types=["aide-financiere"],
        publics=["seniors"],
        age_min=60,
        publics_details="Personnes de 65 ans et plus, ou de 60 ans en cas d’inaptitude au travail.",
        conditions=ul(
            "Résider ou entrer dans un établissement habilité à l’aide sociale (ou chez un accueillant "
            "familial agréé).",
            "Ressources insuffisantes pour payer les frais d’hébergement.",
            "Les enfants (obligés alimentaires) peuvent être sollicités ; les petits-enfants en sont "
            "dispensés.",
        ),
        benefits=p(
            "Le Département paie la part des frais que la personne ne peut pas régler ; elle reverse la "
            "plus "
            "grande part de ses revenus et garde une somme minimale pour ses dépenses. L’aide est "
            "récupérable "
            "sur la succession."
        ),
        how_to_apply=p("Dossier déposé au CCAS ou à la mairie du domicile, transmis au Département."),
        reception_modes=["sur-rendez-vous"],
        what_to_say="Si les revenus ne suffisent pas pour l’EHPAD, déposez une demande d’aide sociale à "
        "l’hébergement au CCAS.",
        documents=[
            ("Justificatifs de ressources et avis d’imposition", ""),
            ("Liste des obligés alimentaires", "Enfants, avec leurs coordonnées"),
            ("Justificatifs de patrimoine", "Relevés d’épargne, biens"),
        ],
        legal_references=[
            ("Code de l’action sociale et des familles, art. L231-4 et suivants", ""),
            ("Code civil, art. 205 (obligation alimentaire)", ""),
        ],
        handled_by=["ccas-cias", "maison-departementale-de-lautonomie", "maisons-des-solidarites"],
        tags=["EHPAD", "maison de retraite", "aide sociale", "obligation alimentaire", "hébergement"],
    ),
    national(
        slug="aide-menagere-personnes-agees",
        title="Aide ménagère pour les personnes âgées",
        summary="Quelques heures d’aide à domicile pour les retraités encore autonomes qui ont besoin d’un "
        "coup de main pour le ménage, les courses ou les repas.",
        themes=["equipement-et-alimentation--aide-menagere", DEPENDENT],
        service_types=["aide-materielle"],
        publics=["seniors"],
        age_min=60,
        conditions=ul(
            "Personnes peu dépendantes (GIR 5 ou 6), qui ne relèvent pas de l’APA.",
            "Ressources faibles (plafond de l’ASPA) : aide sociale du Département ; au-dessus : aide de la "
            "caisse de retraite, avec une participation selon les revenus.",
        ),
        benefits=p(
            "Un nombre d’heures d’aide à domicile par mois, réalisées par un service d’aide à domicile."
        ),
        how_to_apply=p(
            "Revenus faibles : dossier d’aide sociale au CCAS. Sinon : demande à la caisse de retraite "
            "principale (Assurance retraite : 39 60, ou MSA)."
        ),
        reception_modes=["sur-rendez-vous", "a-domicile"],
        what_to_say="Pour quelques heures d’aide ménagère, le CCAS vous dit s’il faut passer par l’aide "
        "sociale "
        "ou par votre caisse de retraite.",
        documents=[("Avis d’imposition", ""), ("Justificatifs de pensions", "")],
        legal_references=[("Code de l’action sociale et des familles, art. L231-1", "")],
        handled_by=["ccas-cias", "maison-departementale-de-lautonomie", "mutualite-sociale-agricole"],
        tags=["aide à domicile", "aide ménagère", "ménage", "retraité", "SAAD"],
    ),
]
