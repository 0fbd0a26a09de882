"""National minimum incomes and replacement incomes: RSA, prime d’activité, AAH, ASPA, ASS, ARE, réversion."""

from .common import ACCESS_DOORS, CAF_DOORS, national, p, ul

RSA_BASE = "prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa"
PA_BASE = "prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.montant_de_base"
AAH_AMOUNT = "prestations_sociales.prestations_etat_de_sante.invalidite.aah.montant"
ASPA = "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.montant_maximum_annuel"
ASPA_ALONE = f"{ASPA}.personnes_seules"
ASPA_COUPLE = f"{ASPA}.couples"
ASS_DAILY = "chomage.allocations_assurance_chomage.ass.montant_plein"

INCOME_THEMES = [
    "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
    "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
]

FICHES = [
    national(
        slug="rsa",
        criteria={"residence": "sejour-5-ans", "benefit": "rsa"},
        title="Revenu de solidarité active (RSA)",
        summary="Un revenu minimum pour les personnes sans ressources suffisantes, avec un accompagnement "
        "vers l’emploi ou l’insertion.",
        themes=INCOME_THEMES,
        service_types=["aide-financiere", "accompagnement"],
        publics=["beneficiaires-des-minimas-sociaux", "tous-publics"],
        publics_details="Avoir 25 ans ou plus. Entre 18 et 24 ans : être parent ou futur parent, ou avoir "
        "travaillé au moins deux ans à temps plein au cours des trois dernières années.",
        age_min=18,
        conditions=ul(
            "Résider en France de façon stable et effective.",
            "Personnes étrangères hors Union européenne : titre de séjour autorisant à travailler depuis "
            "au moins cinq ans, sauf exceptions (réfugiés, carte de résident…).",
            "Ressources du foyer inférieures au montant forfaitaire du RSA.",
            "Faire valoir d’abord ses autres droits (chômage, pension alimentaire, retraite…).",
            "Être inscrit à France Travail et signer un contrat d’engagement (activités d’insertion, en "
            "principe 15 heures par semaine, adaptées à la situation).",
        ),
        benefits=p(
            "Une allocation mensuelle versée par la CAF ou la MSA : la différence entre le montant "
            "forfaitaire "
            "et les ressources du foyer. Le montant augmente avec la taille du foyer ; une majoration "
            "existe "
            "pour le parent seul avec un enfant de moins de 3 ans ou une femme enceinte seule (RSA "
            "majoré).",
            "Un accompagnement par un référent unique (France Travail, Département ou organisme désigné).",
            "Le RSA ouvre droit à la complémentaire santé solidaire gratuite.",
        ),
        amounts=[
            {
                "label": "Personne seule sans enfant",
                "parameter": RSA_BASE,
                "period": "mois",
                "note": "Montant forfaitaire, avant déduction des ressources et du forfait logement",
            }
        ],
        how_to_apply=p(
            "Demande en ligne sur caf.fr (ou msa.fr pour le régime agricole), après une simulation. Une "
            "France services, un CCAS ou une Maison des solidarités peut aider à la faire.",
            "Ensuite, déclarer ses ressources chaque trimestre : la déclaration est en partie pré-remplie.",
        ),
        application_url="https://www.caf.fr",
        reception_modes=["en-ligne", "sur-rendez-vous", "sans-rendez-vous"],
        what_to_say="Faites une simulation puis la demande sur caf.fr ; si c’est difficile, la France "
        "services "
        "ou le CCAS vous aide à la remplir.",
        steps=[
            ("Faire une simulation", "Sur caf.fr ou msa.fr, pour vérifier le droit."),
            (
                "Déposer la demande en ligne",
                "Avec les justificatifs numérisés ; une France services peut aider.",
            ),
            ("Signer le contrat d’engagement", "Avec le référent désigné, dans les semaines qui suivent."),
            ("Déclarer ses ressources chaque trimestre", "Sans déclaration, le versement est suspendu."),
        ],
        documents=[
            ("Pièce d’identité ou titre de séjour", "Pour chaque membre du foyer"),
            ("Relevé d’identité bancaire", ""),
            ("Justificatifs de ressources des trois derniers mois", "Salaires, indemnités, pensions"),
            ("Numéro de sécurité sociale", ""),
        ],
        legal_references=[
            ("Code de l’action sociale et des familles, art. L262-1 et suivants", ""),
            ("Code de l’action sociale et des familles, art. R262-1 (montant forfaitaire)", ""),
        ],
        handled_by=[*CAF_DOORS, "france-travail"],
        tags=[
            "minimum social",
            "revenu minimum",
            "insertion",
            "RMI",
            "API",
            "allocation parent isolé",
            "RSA majoré",
        ],
    ),
    national(
        slug="prime-activite",
        criteria={"statuses": ["salarie", "independant"], "residence": "sejour-5-ans", "benefit": "ppa"},
        title="Prime d’activité",
        summary="Un complément de revenu pour les travailleurs aux ressources modestes, salariés ou "
        "indépendants.",
        themes=[*INCOME_THEMES, "trouver-un-emploi--maintien-dans-lemploi"],
        service_types=["aide-financiere"],
        publics=["actifs", "jeunes"],
        publics_details="Salariés, indépendants, intérimaires dès 18 ans. Étudiants et apprentis "
        "seulement si "
        "leurs revenus d’activité atteignent un seuil minimal.",
        age_min=18,
        conditions=ul(
            "Exercer une activité professionnelle.",
            "Résider en France de façon stable.",
            "Ressources du foyer sous un plafond qui dépend de sa composition : la simulation le dit.",
        ),
        benefits=p(
            "Une somme versée chaque mois par la CAF ou la MSA, recalculée tous les trois mois à partir "
            "des "
            "ressources déclarées. Une bonification s’ajoute pour chaque personne qui travaille."
        ),
        amounts=[
            {
                "label": "Montant forfaitaire, personne seule",
                "parameter": PA_BASE,
                "period": "mois",
                "note": "Base du calcul, avant prise en compte des revenus et des bonifications",
            }
        ],
        how_to_apply=p(
            "Simulation puis demande en ligne sur caf.fr ou msa.fr. Déclaration trimestrielle des "
            "ressources, "
            "en partie pré-remplie."
        ),
        application_url="https://www.caf.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        what_to_say="Faites la simulation de prime d’activité sur caf.fr : si vous travaillez avec un "
        "petit "
        "salaire, vous y avez peut-être droit.",
        steps=[
            ("Faire une simulation", "Sur caf.fr ou msa.fr, avec les revenus des trois derniers mois."),
            ("Faire la demande en ligne", "Dans la foulée de la simulation."),
            ("Déclarer ses ressources tous les trois mois", "Sinon le versement s’arrête."),
        ],
        documents=[
            ("Bulletins de salaire des trois derniers mois", "Ou chiffre d’affaires pour les indépendants"),
            ("Relevé d’identité bancaire", ""),
            ("Numéro de sécurité sociale", ""),
        ],
        legal_references=[("Code de la sécurité sociale, art. L841-1 et suivants", "")],
        handled_by=CAF_DOORS,
        tags=["complément de salaire", "PPE", "prime pour l’emploi", "RSA activité", "petit salaire"],
    ),
    national(
        slug="aah",
        criteria={"disability": True, "residence": "sejour-regulier", "benefit": "aah"},
        title="Allocation aux adultes handicapés (AAH)",
        summary="Un revenu minimum pour les personnes handicapées qui ont peu ou pas de ressources.",
        themes=[*INCOME_THEMES, "sante--constituer-un-dossier-mdph-invalidite"],
        service_types=["aide-financiere"],
        publics=["personnes-en-situation-de-handicap", "beneficiaires-des-minimas-sociaux"],
        publics_details="À partir de 20 ans (ou 16 ans si le jeune n’est plus à charge pour les "
        "allocations "
        "familiales).",
        age_min=16,
        conditions=ul(
            "Taux d’incapacité d’au moins 80 %, ou entre 50 et 79 % avec une restriction substantielle et "
            "durable d’accès à l’emploi, reconnu par la CDAPH de la MDPH.",
            "Résider en France de façon stable.",
            "Ressources personnelles sous un plafond : depuis octobre 2023, les revenus du conjoint ne "
            "comptent plus.",
        ),
        benefits=p(
            "Une allocation mensuelle versée par la CAF ou la MSA, qui complète les autres ressources "
            "jusqu’au "
            "montant maximal. Elle peut se cumuler en partie avec un salaire.",
            "Elle ouvre des droits liés : complémentaire santé solidaire selon les ressources, aide au "
            "logement, "
            "exonérations.",
        ),
        amounts=[
            {
                "label": "Montant maximal, sans autres ressources",
                "parameter": AAH_AMOUNT,
                "period": "mois",
                "note": "Réduit du montant des autres ressources (pension d’invalidité, salaire…)",
            }
        ],
        how_to_apply=p(
            "Dossier de demande à la MDPH (formulaire unique), avec un certificat médical de moins d’un "
            "an. "
            "La MDPH évalue, la CDAPH décide, puis la CAF ou la MSA calcule et verse. Le dossier peut être "
            "déposé en ligne dans de nombreux départements.",
        ),
        application_url="https://mdphenligne.cnsa.fr",
        reception_modes=["en-ligne", "sur-rendez-vous", "sans-rendez-vous"],
        what_to_say="Il faut déposer un dossier à la MDPH avec un certificat médical récent ; on peut "
        "vous aider "
        "à le remplir.",
        steps=[
            ("Demander le certificat médical au médecin", "Il doit dater de moins d’un an."),
            ("Remplir le formulaire MDPH", "Le projet de vie aide la commission à comprendre les besoins."),
            ("Décision de la CDAPH", "Plusieurs mois en général ; le délai varie selon le département."),
            ("Versement par la CAF ou la MSA", "Après la décision, sur la base des ressources."),
        ],
        documents=[
            ("Formulaire de demande MDPH", ""),
            ("Certificat médical de moins d’un an", "Et les comptes rendus utiles"),
            ("Pièce d’identité", ""),
            ("Justificatif de domicile", ""),
        ],
        legal_references=[("Code de la sécurité sociale, art. L821-1 et suivants", "")],
        handled_by=["mdph", "maison-departementale-de-lautonomie", *CAF_DOORS],
        tags=["handicap", "allocation adulte handicapé", "invalidité", "MDPH", "déconjugalisation"],
        to_complete="délai moyen de traitement de la MDPH du département",
    ),
    national(
        slug="aspa",
        criteria={"residence": "sejour-10-ans", "benefit": "aspa"},
        title="Allocation de solidarité aux personnes âgées (ASPA)",
        summary="Le minimum vieillesse : un complément de revenu pour les retraités aux faibles ressources.",
        themes=INCOME_THEMES,
        service_types=["aide-financiere"],
        publics=["seniors", "beneficiaires-des-minimas-sociaux"],
        publics_details="À partir de 65 ans, ou dès l’âge légal de départ à la retraite en cas "
        "d’inaptitude au "
        "travail ou de handicap.",
        age_min=62,
        conditions=ul(
            "Résider en France de façon stable et régulière, la plus grande partie de l’année.",
            "Ressources du foyer sous un plafond (personne seule ou couple).",
            "Avoir demandé ses retraites de base et complémentaires.",
        ),
        benefits=p(
            "Une allocation versée chaque mois par la caisse de retraite, qui complète les ressources "
            "jusqu’au "
            "plafond. Les sommes versées peuvent être récupérées sur la succession au-delà d’un certain "
            "montant "
            "d’actif net."
        ),
        amounts=[
            {
                "label": "Montant maximal, personne seule",
                "parameter": ASPA_ALONE,
                "period": "an",
                "note": "Versé chaque mois ; réduit du montant des autres ressources",
            },
            {
                "label": "Montant maximal, couple",
                "parameter": ASPA_COUPLE,
                "period": "an",
                "note": "Pour les deux membres du couple",
            },
        ],
        how_to_apply=p(
            "Demande à la caisse de retraite qui verse la pension (Assurance retraite, MSA…), en ligne sur "
            "lassuranceretraite.fr ou sur formulaire. Sans aucune retraite : demande à la mairie, "
            "transmise au "
            "service de l’ASPA de la Caisse des dépôts. Assurance retraite : 39 60."
        ),
        application_url="https://www.lassuranceretraite.fr",
        reception_modes=["en-ligne", "sur-rendez-vous", "telephone"],
        what_to_say="Demandez l’ASPA à votre caisse de retraite (39 60 pour l’Assurance retraite) ; le "
        "CCAS "
        "peut vous aider à remplir le dossier.",
        documents=[
            ("Pièce d’identité ou titre de séjour", ""),
            ("Justificatifs de ressources des trois derniers mois", "Y compris ceux du conjoint"),
            ("Relevé d’identité bancaire", ""),
        ],
        legal_references=[("Code de la sécurité sociale, art. L815-1 et suivants", "")],
        handled_by=["mutualite-sociale-agricole", *ACCESS_DOORS],
        tags=["minimum vieillesse", "retraite", "petite retraite", "personnes âgées"],
        to_complete="durée minimale de résidence annuelle en vigueur",
    ),
    national(
        slug="allocation-solidarite-specifique",
        title="Allocation de solidarité spécifique (ASS)",
        summary="Une allocation de France Travail pour les demandeurs d’emploi qui ont épuisé leurs droits "
        "au chômage.",
        themes=[*INCOME_THEMES, "trouver-un-emploi--repondre-a-des-offres-demploi"],
        service_types=["aide-financiere"],
        publics=["demandeurs-emploi"],
        conditions=ul(
            "Avoir épuisé ses droits à l’allocation chômage (ARE).",
            "Avoir travaillé au moins cinq ans au cours des dix années avant la fin du dernier contrat.",
            "Ressources sous un plafond.",
            "Être inscrit comme demandeur d’emploi et rechercher un emploi.",
        ),
        benefits=p(
            "Une allocation journalière versée chaque mois par France Travail, pour six mois renouvelables."
        ),
        amounts=[
            {
                "label": "Montant journalier à taux plein",
                "parameter": ASS_DAILY,
                "period": "jour",
                "note": "Réduit si les ressources dépassent un seuil",
            }
        ],
        how_to_apply=p(
            "France Travail propose l’ASS à la fin des droits au chômage ; à défaut, la demander dans "
            "l’espace "
            "personnel sur francetravail.fr ou au 39 49."
        ),
        application_url="https://www.francetravail.fr",
        reception_modes=["en-ligne", "telephone", "sur-rendez-vous"],
        what_to_say="Vos droits au chômage se terminent : demandez l’ASS à France Travail (39 49), et "
        "faites "
        "aussi une simulation RSA et prime d’activité.",
        documents=[
            ("Justificatifs des périodes de travail", "Certificats de travail, attestations employeur"),
            ("Justificatifs de ressources", ""),
        ],
        legal_references=[("Code du travail, art. L5423-1 et suivants", "")],
        handled_by=["france-travail", "france-service"],
        tags=["fin de droits", "chômage", "allocation de fin de droits"],
        to_complete="conditions 2026 à confirmer (réforme de l’ASS discutée en loi de finances)",
    ),
    national(
        slug="allocation-chomage-are",
        title="Allocation chômage (aide au retour à l’emploi, ARE)",
        summary="Un revenu de remplacement pour les personnes qui ont perdu leur emploi sans l’avoir choisi.",
        themes=["trouver-un-emploi--repondre-a-des-offres-demploi", *INCOME_THEMES[1:]],
        service_types=["aide-financiere", "accompagnement"],
        publics=["demandeurs-emploi"],
        conditions=ul(
            "Avoir travaillé au moins six mois au cours des 24 derniers mois (36 mois à partir de 55 ans).",
            "Perte involontaire d’emploi : licenciement, fin de CDD ou de mission, rupture "
            "conventionnelle, "
            "démission reconnue légitime (ou projet de reconversion validé).",
            "S’inscrire à France Travail et rechercher un emploi.",
        ),
        benefits=p(
            "Une allocation journalière calculée sur les anciens salaires, versée chaque mois pendant une "
            "durée "
            "qui dépend de la durée travaillée, et un accompagnement vers l’emploi."
        ),
        how_to_apply=p(
            "S’inscrire sur francetravail.fr dans les 12 mois qui suivent la fin du contrat, avec "
            "l’attestation employeur. Aide au 39 49 ou dans une France services."
        ),
        application_url="https://www.francetravail.fr",
        reception_modes=["en-ligne", "telephone", "sur-rendez-vous"],
        what_to_say="Inscrivez-vous vite sur francetravail.fr (ou au 39 49) : la demande d’allocation se "
        "fait "
        "en même temps.",
        documents=[
            ("Attestation employeur", "Remise à la fin du contrat"),
            ("Pièce d’identité ou titre de séjour", ""),
            ("Relevé d’identité bancaire", ""),
            ("Numéro de sécurité sociale", ""),
        ],
        legal_references=[("Code du travail, art. L5422-1 et suivants", "")],
        handled_by=["france-travail", "france-service", "mission-locale"],
        tags=["chômage", "Pôle emploi", "allocation chômage", "indemnités chômage", "licenciement"],
    ),
    national(
        slug="pension-de-reversion",
        title="Pension de réversion",
        summary="Une partie de la retraite d’une personne décédée, versée à son conjoint ou ex-conjoint.",
        themes=INCOME_THEMES,
        service_types=["aide-financiere"],
        publics=["seniors", "familles"],
        publics_details="Conjoint marié ou ex-conjoint divorcé (le pacs et le concubinage n’ouvrent pas de "
        "droit).",
        age_min=55,
        conditions=ul(
            "Avoir été marié à la personne décédée.",
            "Régime général : au moins 55 ans et ressources sous un plafond.",
            "Retraite complémentaire Agirc-Arrco : au moins 55 ans, sans condition de ressources, à "
            "condition "
            "de ne pas s’être remarié.",
            "Les règles varient selon les régimes (fonction publique, indépendants…).",
        ),
        benefits=p(
            "Un pourcentage de la retraite que touchait ou aurait touchée la personne décédée, "
            "versé chaque mois."
        ),
        how_to_apply=p(
            "Une seule demande en ligne pour tous les régimes : service « Demander ma réversion » sur "
            "info-retraite.fr. Assurance retraite : 39 60."
        ),
        application_url="https://www.info-retraite.fr",
        reception_modes=["en-ligne", "telephone", "sur-rendez-vous"],
        what_to_say="Faites la demande unique de réversion sur info-retraite.fr ; la France services peut "
        "vous accompagner.",
        documents=[
            ("Acte de décès", ""),
            ("Livret de famille ou acte de mariage", ""),
            ("Justificatifs de ressources", "Pour le régime général"),
        ],
        legal_references=[("Code de la sécurité sociale, art. L353-1 et suivants", "")],
        handled_by=["mutualite-sociale-agricole", "france-service", "ccas-cias"],
        tags=["veuf", "veuve", "décès du conjoint", "retraite de réversion"],
    ),
]
