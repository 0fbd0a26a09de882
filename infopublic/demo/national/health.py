"""National health cover: PUMa, complémentaire santé solidaire, AME, carte Vitale, Mon soutien psy."""

from .common import HEALTH_DOORS, national, p, ul

CARE = "sante--acces-aux-soins"
RIGHTS = "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"
CSS_PARTICIPATION = "prestations_sociales.solidarite_insertion.minima_sociaux.cs.css.montant.france"

FICHES = [
    national(
        slug="assurance-maladie-puma",
        title="Assurance maladie : protection universelle maladie (PUMa)",
        summary="La prise en charge des frais de santé pour toute personne qui travaille ou réside en "
        "France "
        "de façon stable et régulière.",
        themes=[CARE, RIGHTS],
        service_types=["accompagnement", "information"],
        publics=["tous-publics"],
        conditions=ul(
            "Exercer une activité professionnelle en France, ou",
            "y résider de façon stable (en général depuis plus de trois mois) et en situation régulière.",
        ),
        benefits=p(
            "Le remboursement de la part obligatoire des soins (médecin, hôpital, médicaments…). Le reste "
            "à "
            "charge est couvert par une complémentaire santé, gratuite ou presque avec la complémentaire "
            "santé "
            "solidaire pour les ressources modestes."
        ),
        how_to_apply=p(
            "Demande d’ouverture des droits à la CPAM du domicile (ou à la MSA pour le régime agricole), "
            "avec "
            "les justificatifs. Assurance maladie : 36 46."
        ),
        application_url="https://www.ameli.fr",
        reception_modes=["en-ligne", "sur-rendez-vous", "telephone"],
        what_to_say="Si vous n’avez pas de droits ouverts, faites la demande à la CPAM (36 46) ; la France "
        "services peut vous aider pour le dossier.",
        documents=[
            ("Pièce d’identité ou titre de séjour", ""),
            ("Justificatif de résidence en France depuis plus de trois mois", "Ou justificatif d’activité"),
            ("Acte de naissance", "Avec filiation"),
            ("Relevé d’identité bancaire", ""),
        ],
        legal_references=[("Code de la sécurité sociale, art. L160-1 et suivants", "")],
        handled_by=HEALTH_DOORS,
        tags=["sécurité sociale", "CMU", "CMU de base", "sécu", "couverture maladie", "ameli"],
    ),
    national(
        slug="complementaire-sante-solidaire",
        criteria={"residence": "sejour-regulier", "benefit": "css"},
        title="Complémentaire santé solidaire (CSS)",
        summary="Une complémentaire santé gratuite, ou à moins de 1 € par jour et par personne, pour les "
        "personnes aux ressources modestes.",
        themes=[CARE, RIGHTS],
        service_types=["aide-financiere"],
        publics=["tous-publics", "beneficiaires-des-minimas-sociaux"],
        conditions=ul(
            "Être couvert par l’Assurance maladie (PUMa) et résider en France de façon stable et régulière.",
            "Ressources des 12 derniers mois sous un plafond : gratuite en dessous du premier plafond, "
            "avec "
            "une participation mensuelle selon l’âge jusqu’au second.",
            "Les bénéficiaires du RSA y ont droit sans participation.",
        ),
        benefits=p(
            "Pas d’avance de frais chez les professionnels de santé, pas de dépassement d’honoraires, "
            "prise "
            "en charge du ticket modérateur, du forfait hospitalier, et de lunettes, prothèses dentaires "
            "et "
            "aides auditives du panier « 100 % santé ». Droit ouvert pour un an, renouvelable."
        ),
        amounts=[
            {
                "label": f"Participation, personne {label}",
                "parameter": f"{CSS_PARTICIPATION}.{suffix}",
                "period": "mois",
                "note": "Seulement au-dessus du plafond de gratuité",
            }
            for label, suffix in [
                ("de moins de 30 ans", "cmu_moins_30_ans"),
                ("de 30 à 49 ans", "cmu_30_49_ans"),
                ("de 50 à 59 ans", "cmu_50_59_ans"),
                ("de 60 à 69 ans", "cmu_60_69_ans"),
                ("de 70 ans et plus", "cmu_plus_69_ans"),
            ]
        ],
        how_to_apply=p(
            "Demande en ligne dans son compte ameli (ou sur le site de la MSA), ou sur formulaire à "
            "déposer à "
            "la caisse. Renouvellement à demander deux mois avant l’échéance."
        ),
        application_url="https://www.ameli.fr",
        reception_modes=["en-ligne", "sur-rendez-vous", "telephone"],
        what_to_say="Faites la demande de complémentaire santé solidaire sur votre compte ameli ; nous "
        "pouvons "
        "vous aider si vous n’avez pas de compte.",
        documents=[
            ("Justificatifs de ressources des 12 derniers mois", "Pour chaque membre du foyer"),
            ("Pièce d’identité ou titre de séjour", ""),
        ],
        legal_references=[("Code de la sécurité sociale, art. L861-1 et suivants", "")],
        handled_by=HEALTH_DOORS,
        tags=["CMU-C", "CMU complémentaire", "ACS", "mutuelle gratuite", "mutuelle", "C2S", "CSS"],
    ),
    national(
        slug="ame",
        title="Aide médicale de l’État (AME)",
        summary="La prise en charge des soins des personnes étrangères en situation irrégulière qui "
        "vivent en "
        "France depuis plus de trois mois avec de faibles ressources.",
        themes=[CARE, RIGHTS],
        service_types=["aide-financiere"],
        publics=["personnes-exilees", "personnes-en-situation-juridique-specifique"],
        conditions=ul(
            "Résider en France de façon ininterrompue depuis plus de trois mois, en situation irrégulière "
            "(sans titre de séjour ni récépissé).",
            "Ressources sous le même plafond que la complémentaire santé solidaire gratuite.",
        ),
        benefits=p(
            "Les soins médicaux et hospitaliers sans avance de frais, dans la limite des tarifs de "
            "l’Assurance maladie, pour un an renouvelable. Certains soins programmés non urgents "
            "demandent un "
            "accord préalable ou un délai. Sans AME, les soins urgents restent pris en charge à l’hôpital."
        ),
        how_to_apply=p(
            "Première demande déposée en personne à la CPAM du lieu de résidence, avec le formulaire et "
            "les "
            "justificatifs ; une carte AME avec photo est remise au guichet."
        ),
        application_url="https://www.ameli.fr",
        reception_modes=["sur-rendez-vous", "sans-rendez-vous"],
        what_to_say="Déposez votre demande d’AME en personne à la CPAM, avec une preuve de votre présence "
        "en "
        "France depuis plus de trois mois.",
        documents=[
            ("Pièce d’identité", "Passeport, carte consulaire…"),
            ("Preuve de présence en France depuis plus de trois mois", "Quittance, facture, document daté"),
            ("Justificatif de domicile ou attestation de domiciliation", ""),
            ("Justificatifs de ressources", ""),
        ],
        legal_references=[("Code de l’action sociale et des familles, art. L251-1 et suivants", "")],
        handled_by=["cpam", "ccas-cias", "maisons-des-solidarites"],
        tags=["sans papiers", "aide médicale", "étranger", "soins urgents"],
    ),
    national(
        slug="carte-vitale",
        title="Carte Vitale",
        summary="La carte (ou l’application) qui prouve ses droits à l’Assurance maladie et évite "
        "d’avancer "
        "une partie des frais.",
        themes=[
            CARE,
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
        ],
        service_types=["accompagnement"],
        publics=["tous-publics"],
        conditions=p("Être assuré social ; dès 12 ans, un enfant peut avoir sa propre carte."),
        benefits=p(
            "Une carte gratuite, et une version dématérialisée dans l’application carte Vitale, pour les "
            "feuilles de soins électroniques : remboursement en quelques jours."
        ),
        how_to_apply=p(
            "Commande dans le compte ameli (ou auprès de la MSA) avec une photo et une pièce d’identité ; "
            "en "
            "cas de perte ou de vol, la déclarer en ligne et en commander une nouvelle."
        ),
        application_url="https://www.ameli.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        mobilised_by=["usagers"],
        what_to_say="Commandez votre carte Vitale dans votre compte ameli, avec une photo d’identité et "
        "une "
        "pièce d’identité.",
        documents=[("Photo d’identité récente", ""), ("Pièce d’identité", "")],
        legal_references=[("Code de la sécurité sociale, art. L161-31", "")],
        handled_by=HEALTH_DOORS,
        tags=["carte vitale perdue", "appli carte Vitale", "ameli", "sécurité sociale"],
    ),
    national(
        slug="mon-soutien-psy",
        title="Mon soutien psy",
        summary="Des séances chez un psychologue partenaire, remboursées par l’Assurance maladie, dès 3 ans.",
        themes=["sante--sante-mentale", CARE],
        service_types=["accompagnement"],
        publics=["tous-publics", "jeunes"],
        age_min=3,
        conditions=p(
            "Souffrance psychique d’intensité légère à modérée (anxiété, déprime, mal-être) ; pas "
            "besoin d’ordonnance pour consulter."
        ),
        benefits=p(
            "Jusqu’à 12 séances par an avec un psychologue partenaire, remboursées par l’Assurance "
            "maladie et "
            "la complémentaire santé ; sans avance de frais avec la complémentaire santé solidaire."
        ),
        how_to_apply=p(
            "Choisir un psychologue partenaire dans l’annuaire sur ameli.fr et prendre rendez-vous."
        ),
        application_url="https://monsoutienpsy.ameli.fr",
        reception_modes=["sur-rendez-vous"],
        mobilised_by=["usagers", "professionnels"],
        what_to_say="Vous pouvez voir un psychologue remboursé, sans ordonnance : cherchez un psychologue "
        "partenaire « Mon soutien psy » sur ameli.fr.",
        documents=[("Carte Vitale", "")],
        legal_references=[("Code de la sécurité sociale, art. L162-58", "")],
        handled_by=["cpam", "cmp", "france-service"],
        tags=["psychologue", "santé mentale", "déprime", "anxiété", "MonPsy"],
    ),
]
