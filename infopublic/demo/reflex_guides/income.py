"""Fiches réflexes on income: benefits cut off, over-indebtedness, loss of job."""

from infopublic.demo import partners

from .procedure import REFLEX, reflex_body

INCOME_GUIDES = [
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fiche-reflexe-droits-suspendus",
        "title": "Fiche réflexe : le RSA ou les prestations de la CAF ne sont plus versés",
        "kind": REFLEX,
        "summary": "Plus de versement ce mois-ci : trouver la cause (déclaration, contrôle, sanction, "
        "dette), faire rétablir le droit et tenir en attendant.",
        "themes": [
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
        ],
        "tags": ["suspension", "RSA", "CAF", "indu", "trop-perçu", "recours", "déclaration trimestrielle"],
        "verified_days_ago": 35,
        "body": reflex_body(
            alert="Une suspension a presque toujours une cause écrite dans l’espace en ligne de la personne "
            "(CAF ou MSA) : <b>la lire ensemble</b> avant toute autre démarche. Les recours ont un délai de "
            "deux mois.",
            ask=[
                "Quelle prestation n’a pas été versée, depuis quand ? Un courrier ou un message l’a-t-il "
                "annoncé ?",
                "La déclaration trimestrielle de ressources (RSA, prime d’activité) a-t-elle été faite ?",
                "La CAF a-t-elle demandé des pièces ou fait un contrôle ? Y a-t-il un trop-perçu (indu) "
                "retenu sur les versements ?",
                "Pour le RSA : la personne a-t-elle manqué des rendez-vous avec son référent ?",
            ],
            now=[
                (
                    "Ouvrir l’espace en ligne avec la personne",
                    "Lire les messages et les courriers ; faire la "
                    "déclaration ou envoyer la pièce qui manque, le jour même.",
                ),
                (
                    "Contester si la décision paraît injuste",
                    "Recours amiable auprès de la CAF ou de la MSA ; "
                    "pour le RSA, recours préalable auprès du président du conseil départemental, "
                    "dans les deux mois.",
                ),
                (
                    "En cas de trop-perçu",
                    "Demander un échéancier ou une remise de dette si la personne est "
                    "de bonne foi et en difficulté.",
                ),
                (
                    "Tenir en attendant",
                    "Aide alimentaire d’urgence, aide financière d’urgence du "
                    "Département, prévenir le bailleur.",
                ),
            ],
            call=[
                "La CAF ou la MSA (espace en ligne, rendez-vous) ; la France services peut aider.",
                "Le référent RSA ou la MDS pour une suspension liée au contrat d’engagement.",
                "Le médiateur de la CAF si le désaccord persiste après le recours amiable.",
            ],
            bring=[
                "Identifiants du compte CAF ou MSA, numéro d’allocataire.",
                "Tous les courriers reçus, justificatifs de ressources des trois derniers mois.",
            ],
            fiches=[
                ("Revenu de solidarité active (RSA)", "rsa"),
                ("Prime d’activité", "prime-activite"),
                ("Aide financière d’urgence du Département", "aide-financiere-d-urgence"),
                ("Aide alimentaire d’urgence du CCAS de Cluny", "aide-alimentaire-d-urgence-cluny"),
                ("Aide alimentaire", "aide-alimentaire"),
                ("France services du Clunisois", "france-services-clunisois"),
                (
                    "France services entre Charolais et Brionnais",
                    "france-services-entre-charolais-et-brionnais",
                ),
                ("MDS de Montceau-les-Mines", "mds-montceau-les-mines"),
                ("CAF – accueil de Montceau-les-Mines", "caf-montceau-les-mines"),
                ("CAF – accueil de Mâcon", "caf-macon"),
            ],
        ),
        "network_notes": "<p>Dossier bloqué à la CAF : la référente partenaires de la France services du "
        "Clunisois a un accès dédié.</p>",
    },
    {
        "partner": partners.CCAS_MONTCEAU,
        "slug": "fiche-reflexe-surendettement",
        "title": "Fiche réflexe : une personne ne peut plus payer ses dettes (surendettement)",
        "kind": REFLEX,
        "summary": "Crédits, factures et loyers en retard qui s’accumulent : faire le point sur le budget et "
        "déposer, si besoin, un dossier de surendettement gratuit à la Banque de France.",
        "themes": [
            "difficultes-financieres--situation-dendettement-surendettement",
            "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
        ],
        "tags": ["surendettement", "dettes", "crédit", "Banque de France", "budget"],
        "verified_days_ago": 50,
        "body": reflex_body(
            alert="Le dossier de surendettement est <b>gratuit</b> : se méfier de toute offre payante "
            "d’aide au dossier ou de rachat de crédits.",
            ask=[
                "Quelles dettes : crédits, découvert, loyer, énergie, impôts, amendes ? Montants et "
                "créanciers ?",
                "Les ressources ont-elles baissé (perte d’emploi, séparation, maladie) ?",
                "Y a-t-il des saisies, un commissaire de justice, une procédure d’expulsion ?",
                "Un dossier a-t-il déjà été déposé à la Banque de France ?",
            ],
            now=[
                (
                    "Faire le budget avec la personne",
                    "Ressources, charges fixes, reste à vivre ; un point "
                    "conseil budget ou une conseillère en économie sociale et familiale peut le faire.",
                ),
                (
                    "Payer d’abord les dettes prioritaires",
                    "Loyer, énergie, assurance : ce sont celles qui protègent le logement.",
                ),
                (
                    "Déposer le dossier de surendettement",
                    "En ligne sur le site de la Banque de France ou par "
                    "courrier ; la commission répond sur la recevabilité dans les trois mois.",
                ),
                (
                    "Ne plus contracter de crédit",
                    "Une fois le dossier recevable, les saisies sont "
                    "suspendues ; la personne est inscrite au fichier des incidents de crédit.",
                ),
            ],
            call=[
                "Un point conseil budget, gratuit et confidentiel.",
                "Le CCAS (conseillère en économie sociale et familiale) ou la MDS.",
                "La Banque de France, pour le dépôt et le suivi du dossier.",
            ],
            bring=[
                "Pièce d’identité, justificatifs de ressources et de charges.",
                "Contrats de crédit, relevés de compte, courriers des créanciers et des commissaires de "
                "justice.",
                "Bail et dernier avis d’imposition.",
            ],
            fiches=[
                ("Surendettement", "surendettement"),
                ("Microcrédit personnel", "microcredit-personnel"),
                (
                    "Mesure d’accompagnement social personnalisé (MASP)",
                    "mesure-d-accompagnement-social-personnalise",
                ),
                ("Épicerie solidaire de Montceau-les-Mines", "epicerie-solidaire-montceau"),
                ("Allocation communale de solidarité", "allocation-de-solidarite-ccas-montceau"),
                ("CCAS de Montceau-les-Mines", "ccas-montceau-les-mines"),
                ("MDS de Cluny", "mds-cluny"),
                ("Point conseil budget de Montceau-les-Mines", "point-conseil-budget-montceau-les-mines"),
                ("Point conseil budget de Mâcon", "point-conseil-budget-macon"),
                ("Point conseil budget de Chalon-sur-Saône", "point-conseil-budget-chalon-sur-saone"),
            ],
            sites=[("Banque de France : surendettement", "https://www.banque-france.fr")],
        ),
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fiche-reflexe-perte-d-emploi",
        "title": "Fiche réflexe : une personne vient de perdre son emploi",
        "kind": REFLEX,
        "summary": "Fin de contrat, licenciement ou rupture : s’inscrire à France Travail, garder sa "
        "mutuelle, vérifier les aides et éviter la chute de revenus.",
        "themes": [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
        ],
        "tags": ["chômage", "licenciement", "fin de contrat", "France Travail", "ARE"],
        "verified_days_ago": 40,
        "body": reflex_body(
            alert="L’inscription à France Travail se fait <b>dès le lendemain de la fin du contrat</b> : "
            "les allocations ne partent pas de la date de fin de contrat mais de l’inscription.",
            ask=[
                "Quel type de fin de contrat (fin de CDD, licenciement, rupture conventionnelle, "
                "démission) et à quelle date ?",
                "Combien de temps a-t-elle travaillé ces deux dernières années ?",
                "A-t-elle reçu ses documents de fin de contrat (attestation employeur, certificat de "
                "travail, solde de tout compte) ?",
                "Quelles autres ressources au foyer ? Des enfants, un loyer, des crédits ?",
            ],
            now=[
                (
                    "S’inscrire à France Travail",
                    "En ligne ou avec l’aide d’une France services ; "
                    "l’inscription ouvre l’étude du droit à l’allocation chômage.",
                ),
                (
                    "Garder sa complémentaire santé",
                    "La mutuelle de l’entreprise reste gratuite jusqu’à "
                    "douze mois pendant l’indemnisation ; sinon, demander la complémentaire santé "
                    "solidaire.",
                ),
                (
                    "Prévenir la CAF ou la MSA",
                    "Les aides au logement sont recalculées ; simuler le RSA et la "
                    "prime d’activité si les revenus baissent fortement.",
                ),
                (
                    "Lever les freins",
                    "Garde d’enfant (crèches AVIP), mobilité, accompagnement global avec "
                    "la MDS si les difficultés s’accumulent.",
                ),
            ],
            call=[
                "France Travail (inscription, allocation, conseiller).",
                "La mission locale pour une personne de moins de 26 ans.",
                "La France services pour l’aide aux démarches en ligne.",
            ],
            bring=[
                "Pièce d’identité, carte Vitale, relevé d’identité bancaire.",
                "Documents de fin de contrat et derniers bulletins de salaire.",
                "CV s’il existe.",
            ],
            fiches=[
                ("Inscription à France Travail", "inscription-france-travail"),
                ("Allocation chômage (ARE)", "allocation-chomage-are"),
                ("Allocation de solidarité spécifique (ASS)", "allocation-solidarite-specifique"),
                ("Revenu de solidarité active (RSA)", "rsa"),
                ("Prime d’activité", "prime-activite"),
                ("Contrat d’engagement jeune", "contrat-engagement-jeune"),
                ("Accompagnement global", "accompagnement-global"),
                ("Crèches à vocation d’insertion professionnelle (AVIP)", "creches-avip"),
                ("Aides à la mobilité pour l’insertion", "aide-a-la-mobilite-insertion"),
                ("France services du Clunisois", "france-services-clunisois"),
                ("France Travail – Montceau-les-Mines", "france-travail-montceau-les-mines"),
                ("France Travail – Mâcon", "france-travail-macon"),
                ("Mission locale de Montceau-les-Mines", "mission-locale-montceau-les-mines"),
            ],
        ),
    },
]
