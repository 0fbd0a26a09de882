"""Fiches réflexes on health and on arriving in France: health cover lost, suicide risk, a refugee or a
newcomer with a residence permit."""

from infopublic.demo import partners

from .procedure import REFLEX, reflex_body

HEALTH_GUIDES = [
    {
        "partner": partners.FRANCE_SERVICES_CLUNISOIS,
        "slug": "fiche-reflexe-sans-couverture-sante",
        "title": "Fiche réflexe : plus de couverture santé ou pas de carte Vitale",
        "kind": REFLEX,
        "summary": "Droits fermés, mutuelle perdue, carte Vitale jamais reçue : rétablir l’Assurance "
        "maladie, demander la complémentaire santé solidaire et se soigner en attendant.",
        "themes": [
            "sante--acces-aux-soins",
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
        ],
        "tags": ["carte Vitale", "CPAM", "mutuelle", "complémentaire santé solidaire", "AME", "ameli"],
        "verified_days_ago": 30,
        "body": reflex_body(
            alert="Un besoin de soins urgent n’attend pas les papiers : les urgences de l’hôpital et sa "
            "permanence d’accès aux soins de santé (PASS) soignent <b>même sans couverture</b>.",
            ask=[
                "La personne a-t-elle un numéro de sécurité sociale ? Un compte sur ameli ?",
                "Travaille-t-elle ou habite-t-elle en France de façon stable depuis plus de trois mois ?",
                "A-t-elle une complémentaire santé (mutuelle) ? Quelles sont les ressources du foyer ?",
                "Pour une personne étrangère : quel titre de séjour, ou aucun ?",
            ],
            now=[
                (
                    "Vérifier les droits de base",
                    "Sur ameli ou avec la CPAM : qui réside en France de façon "
                    "stable et régulière est couvert par l’Assurance maladie (protection universelle "
                    "maladie).",
                ),
                (
                    "Demander l’attestation de droits",
                    "Elle remplace la carte Vitale en attendant ; la carte "
                    "se commande ensuite en ligne avec une photo.",
                ),
                (
                    "Demander la complémentaire santé solidaire",
                    "Gratuite ou à moins d’un euro par jour "
                    "selon les ressources : plus rien à avancer chez le médecin.",
                ),
                (
                    "Sans titre de séjour",
                    "Demander l’aide médicale de l’État (AME) à la CPAM après trois "
                    "mois de présence en France.",
                ),
            ],
            call=[
                "La CPAM (ou la MSA pour le régime agricole) : rendez-vous ou ameli.",
                "La France services pour l’aide à la demande en ligne.",
                "La PASS de l’hôpital le plus proche pour des soins sans attendre.",
            ],
            bring=[
                "Pièce d’identité ou titre de séjour, justificatif de domicile ou domiciliation.",
                "Justificatifs de ressources des douze derniers mois (pour la complémentaire santé "
                "solidaire).",
                "Relevé d’identité bancaire.",
            ],
            fiches=[
                ("Assurance maladie (protection universelle maladie)", "assurance-maladie-puma"),
                ("Complémentaire santé solidaire", "complementaire-sante-solidaire"),
                ("Aide médicale de l’État (AME)", "ame"),
                ("Carte Vitale", "carte-vitale"),
                ("Domiciliation", "domiciliation"),
                ("France services du Clunisois", "france-services-clunisois"),
                (
                    "France services entre Charolais et Brionnais",
                    "france-services-entre-charolais-et-brionnais",
                ),
                ("CPAM – accueil de Montceau-les-Mines", "cpam-montceau-les-mines"),
                ("CPAM – accueil de Mâcon", "cpam-macon"),
            ],
            sites=[("ameli, le site de l’Assurance maladie", "https://www.ameli.fr")],
        ),
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fiche-reflexe-crise-suicidaire",
        "title": "Fiche réflexe : une personne en crise ou qui parle de suicide",
        "kind": REFLEX,
        "summary": "Une personne très angoissée, désespérée, ou qui évoque la mort : rester avec elle, "
        "poser la question, appeler le 3114 ou le 15, puis organiser le suivi.",
        "themes": ["sante--sante-mentale", "sante--acces-aux-soins"],
        "tags": ["suicide", "3114", "santé mentale", "crise", "détresse", "psychiatrie"],
        "verified_days_ago": 15,
        "body": reflex_body(
            alert="Danger immédiat (moyen à portée, geste en cours ou annoncé pour aujourd’hui) : appeler "
            "le <b>15</b> ou le 112 et ne pas laisser la personne seule.",
            ask=[
                "Demander directement : « Est-ce que vous pensez à vous suicider ? » Poser la question "
                "n’augmente pas le risque ; elle soulage souvent.",
                "Avez-vous pensé à comment, à quand ? Avez-vous ce qu’il faut (médicaments, arme) ?",
                "Avez-vous déjà fait une tentative ? Qui peut être avec vous aujourd’hui ?",
                "Êtes-vous suivi par un médecin, un psychologue, un centre médico-psychologique ?",
            ],
            now=[
                (
                    "Rester avec la personne",
                    "L’écouter au calme, sans juger ni minimiser ; un collègue prévient la hiérarchie.",
                ),
                (
                    "Appeler le 3114 avec elle",
                    "Des soignants spécialisés répondent jour et nuit, "
                    "gratuitement ; ils conseillent aussi le professionnel.",
                ),
                (
                    "Si le risque est élevé",
                    "Appeler le 15 : le SAMU décide de l’envoi d’une équipe ou d’un transport aux urgences.",
                ),
                (
                    "Organiser le suivi",
                    "Rendez-vous chez le médecin traitant ou au centre "
                    "médico-psychologique, avec l’accord de la personne ; pour un adolescent, Maison des "
                    "adolescents et parents.",
                ),
                (
                    "Prendre soin de l’équipe",
                    "En parler ensuite avec un responsable ; le 3114 peut aussi aider l’agent d’accueil.",
                ),
            ],
            call=[
                "Le 15 ou le 112 en cas de danger immédiat.",
                "Le 3114, numéro national de prévention du suicide.",
                "Le médecin traitant ou le centre médico-psychologique du secteur.",
            ],
            bring=[
                "Rien n’est exigé dans l’urgence.",
                "Pour le suivi : carte Vitale ou attestation de droits, ordonnances en cours.",
            ],
            fiches=[
                ("3114 – prévention du suicide", "3114-prevention-suicide"),
                ("Maison des adolescents", "maison-des-adolescents"),
                (
                    "Maison des adolescents – permanence de Montceau-les-Mines",
                    "maison-des-adolescents-permanence-montceau",
                ),
                ("Mon soutien psy", "mon-soutien-psy"),
                ("Fil santé jeunes", "fil-sante-jeunes"),
                ("Drogues info service", "drogues-info-service"),
                ("MDS de Cluny", "mds-cluny"),
                ("MDS de Montceau-les-Mines", "mds-montceau-les-mines"),
            ],
        ),
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fiche-reflexe-refugie-primo-arrivant",
        "title": "Fiche réflexe : une personne réfugiée ou nouvellement arrivée avec un titre de séjour",
        "kind": REFLEX,
        "summary": "Protection internationale obtenue ou premier titre de séjour : les droits à ouvrir dans "
        "l’ordre, le français, l’emploi et le logement.",
        "themes": [
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
            "lecture-ecriture-calcul--maitriser-le-francais",
            "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement",
        ],
        "tags": ["réfugié", "protection internationale", "titre de séjour", "OFII", "primo-arrivant"],
        "verified_days_ago": 70,
        "body": reflex_body(
            alert="Une personne réfugiée ou bénéficiaire de la protection subsidiaire a les mêmes droits "
            "sociaux qu’un Français : <b>le RSA lui est ouvert sans délai</b> de titre de séjour, dès 25 "
            "ans ou avec un enfant.",
            ask=[
                "Quel document : carte de résident, carte pluriannuelle, récépissé ? Jusqu’à quelle date ?",
                "A-t-elle signé le contrat d’intégration républicaine avec l’OFII ?",
                "Où habite-t-elle : centre d’accueil, hébergement, logement, chez un tiers ?",
                "Parle-t-elle français ? Quels diplômes et quel métier dans son pays ?",
            ],
            now=[
                (
                    "Ouvrir les droits de base",
                    "Assurance maladie et complémentaire santé solidaire, CAF "
                    "(RSA, prestations familiales, aide au logement), compte bancaire.",
                ),
                (
                    "S’inscrire à France Travail",
                    "Ou à la mission locale avant 26 ans ; demander la comparabilité des diplômes étrangers.",
                ),
                (
                    "Apprendre le français",
                    "Cours prescrits par l’OFII dans le contrat d’intégration, "
                    "ateliers de français des centres sociaux en complément.",
                ),
                (
                    "Chercher un logement",
                    "Demande de logement social et, par un travailleur social, demande "
                    "au SIAO ; le programme d’accompagnement des réfugiés de l’État, là où il est déployé.",
                ),
                (
                    "Préparer le renouvellement du titre",
                    "Sur le site de l’administration numérique des "
                    "étrangers, plusieurs mois avant la fin de validité.",
                ),
            ],
            call=[
                "La France services ou le CCAS pour les démarches en ligne.",
                "Le travailleur social de la MDS ou de la structure d’hébergement.",
                "La direction territoriale de l’OFII pour le contrat d’intégration.",
            ],
            bring=[
                "Titre de séjour ou récépissé, décision de l’OFPRA ou de la CNDA.",
                "Actes d’état civil établis par l’OFPRA, pour toute la famille.",
                "Justificatif de domicile ou domiciliation, relevé d’identité bancaire.",
            ],
            tip="Prévoir un interprète ou un proche de confiance pour les rendez-vous importants ; ne pas "
            "faire traduire par un enfant.",
            fiches=[
                ("Revenu de solidarité active (RSA)", "rsa"),
                ("Contrat d’intégration républicaine", "contrat-integration-republicaine"),
                ("Allocations familiales", "allocations-familiales"),
                ("Assurance maladie (protection universelle maladie)", "assurance-maladie-puma"),
                ("Complémentaire santé solidaire", "complementaire-sante-solidaire"),
                (
                    "Ateliers de français au centre social de Cluny",
                    "ateliers-de-francais-centre-social-cluny",
                ),
                ("Ateliers numériques du centre social de Cluny", "ateliers-numeriques-centre-social-cluny"),
                ("Domiciliation", "domiciliation"),
                ("France services du Clunisois", "france-services-clunisois"),
                ("CAF – accueil de Mâcon", "caf-macon"),
                ("France Travail – Mâcon", "france-travail-macon"),
            ],
        ),
    },
]
