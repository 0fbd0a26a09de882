"""National family benefits and services: allocations familiales, ARS, ASF, CF, PAJE, AJPP, PMI, bourses."""

from .common import ACCESS_DOORS, CAF_DOORS, national, p, ul

PARENTING = "famille--soutien-a-la-parentalite-et-a-leducation"
BUDGET = "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere"
RIGHTS = "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"

FICHES = [
    national(
        slug="allocations-familiales",
        criteria={"children": "avec", "residence": "sejour-regulier", "benefit": "af"},
        title="Allocations familiales",
        summary="Une aide mensuelle de la CAF ou de la MSA pour les familles à partir de deux enfants à "
        "charge.",
        themes=[PARENTING, BUDGET],
        service_types=["aide-financiere"],
        publics=["familles"],
        publics_details="Familles qui ont au moins deux enfants de moins de 20 ans à charge.",
        conditions=ul(
            "Résider en France avec ses enfants.",
            "Au moins deux enfants à charge de moins de 20 ans (tant que le salaire d’un enfant ne dépasse "
            "pas un plafond).",
            "Pas de condition de ressources pour y avoir droit ; le montant dépend des revenus.",
        ),
        benefits=p(
            "Un montant mensuel qui augmente avec le nombre d’enfants, réduit au-delà de certains revenus, "
            "avec des majorations selon l’âge des enfants et un forfait pour l’aîné d’une famille "
            "nombreuse "
            "qui atteint 20 ans."
        ),
        how_to_apply=p(
            "Versées sans demande particulière à une famille déjà connue de la CAF ; sinon, déclarer sa "
            "situation sur caf.fr (ou msa.fr). Pour toute question : 32 30."
        ),
        application_url="https://www.caf.fr",
        reception_modes=["en-ligne", "telephone", "sur-rendez-vous"],
        what_to_say="Si vous n’êtes pas encore allocataire, créez votre espace sur caf.fr et déclarez vos "
        "enfants ; le 32 30 répond aux questions.",
        documents=[
            ("Livret de famille ou actes de naissance", ""),
            ("Relevé d’identité bancaire", ""),
            ("Titre de séjour et justificatif d’entrée régulière des enfants", "Pour les étrangers"),
        ],
        legal_references=[("Code de la sécurité sociale, art. L521-1 et suivants", "")],
        handled_by=CAF_DOORS,
        tags=["allocs", "AF", "famille nombreuse", "prestations familiales"],
    ),
    national(
        slug="allocation-rentree-scolaire",
        title="Allocation de rentrée scolaire (ARS)",
        summary="Une aide versée fin août pour les frais de rentrée des enfants de 6 à 18 ans.",
        themes=[PARENTING, BUDGET],
        service_types=["aide-financiere"],
        publics=["familles"],
        publics_details="Enfants de 6 à 18 ans scolarisés ou en apprentissage.",
        conditions=ul(
            "Avoir au moins un enfant de 6 à 18 ans scolarisé ou apprenti.",
            "Ressources de l’avant-dernière année sous un plafond qui dépend du nombre d’enfants.",
        ),
        benefits=p(
            "Un versement unique par enfant, plus élevé au collège et au lycée qu’à l’école élémentaire. "
            "Au-dessus du plafond, de peu, une allocation réduite peut être versée."
        ),
        how_to_apply=p(
            "Versée automatiquement aux allocataires pour les enfants de 6 à 15 ans. Pour les jeunes de "
            "16 à "
            "18 ans, déclarer sur caf.fr qu’ils sont scolarisés ou apprentis. Non allocataire : déclarer "
            "sa "
            "situation à la CAF."
        ),
        application_url="https://www.caf.fr",
        reception_modes=["en-ligne", "telephone"],
        what_to_say="Pour un jeune de 16 ans et plus, déclarez sa scolarité sur caf.fr (« Mon compte »), "
        "sinon l’allocation de rentrée n’est pas versée.",
        documents=[("Certificat de scolarité ou contrat d’apprentissage", "Pour les 16-18 ans, si demandé")],
        legal_references=[("Code de la sécurité sociale, art. L543-1", "")],
        handled_by=CAF_DOORS,
        tags=["rentrée", "prime de rentrée", "fournitures scolaires", "école"],
    ),
    national(
        slug="allocation-soutien-familial",
        title="Allocation de soutien familial (ASF)",
        summary="Une aide pour le parent qui élève seul un enfant privé de l’aide de l’autre parent, ou "
        "pour "
        "la personne qui recueille un enfant.",
        themes=[PARENTING, BUDGET, "famille--surmonter-conflits-separation-violence"],
        service_types=["aide-financiere"],
        publics=["familles", "femmes"],
        publics_details="Parent isolé ou personne qui a recueilli un enfant de moins de 20 ans.",
        conditions=ul(
            "Élever seul un enfant dont l’autre parent ne verse pas la pension alimentaire, ou une pension "
            "inférieure au montant de l’ASF, ou qui n’a pas reconnu l’enfant ou est décédé.",
            "Ou avoir recueilli un enfant privé de l’aide de l’un ou des deux parents.",
            "Pas de condition de ressources.",
        ),
        benefits=p(
            "Une allocation mensuelle par enfant, versée par la CAF ou la MSA. Quand une pension est fixée "
            "mais impayée, l’ASF est avancée et l’agence de recouvrement (ARIPA) peut réclamer les "
            "impayés à "
            "l’autre parent, et verser ensuite la pension chaque mois (intermédiation financière)."
        ),
        how_to_apply=p(
            "Demande sur caf.fr ou msa.fr ; pour une pension impayée, demande d’intermédiation et de "
            "recouvrement sur pension-alimentaire.caf.fr."
        ),
        application_url="https://www.pension-alimentaire.caf.fr",
        reception_modes=["en-ligne", "telephone", "sur-rendez-vous"],
        what_to_say="L’autre parent ne paie pas la pension : demandez l’ASF à la CAF, qui peut aussi "
        "récupérer "
        "les impayés pour vous.",
        documents=[
            ("Jugement ou convention fixant la pension", "S’il existe"),
            ("Justificatifs des impayés", ""),
            ("Relevé d’identité bancaire", ""),
        ],
        legal_references=[("Code de la sécurité sociale, art. L523-1 et suivants", "")],
        handled_by=[*CAF_DOORS, "cidff", "points-justice"],
        tags=["pension alimentaire", "parent isolé", "ARIPA", "mère seule", "père seul", "impayé de pension"],
    ),
    national(
        slug="complement-familial",
        title="Complément familial",
        summary="Une aide mensuelle pour les familles d’au moins trois enfants âgés de 3 à 21 ans, aux "
        "ressources modestes.",
        themes=[PARENTING, BUDGET],
        service_types=["aide-financiere"],
        publics=["familles"],
        conditions=ul(
            "Au moins trois enfants à charge, tous âgés d’au moins 3 ans et de moins de 21 ans.",
            "Ressources sous un plafond ; un montant majoré est versé aux familles aux plus faibles "
            "ressources.",
        ),
        benefits=p(
            "Une allocation mensuelle versée par la CAF ou la MSA, en plus des allocations familiales."
        ),
        how_to_apply=p(
            "Étudié automatiquement pour les allocataires ; sinon, déclarer sa situation sur caf.fr."
        ),
        application_url="https://www.caf.fr",
        reception_modes=["en-ligne", "telephone"],
        what_to_say="Avec trois enfants de plus de 3 ans, vérifiez sur caf.fr que le complément familial "
        "est "
        "bien versé.",
        legal_references=[("Code de la sécurité sociale, art. L522-1 et suivants", "")],
        handled_by=CAF_DOORS,
        tags=["famille nombreuse", "trois enfants"],
    ),
    national(
        slug="paje",
        title="Prestation d’accueil du jeune enfant (PAJE)",
        summary="Les aides de la CAF de la grossesse aux 3 ans de l’enfant : prime de naissance, "
        "allocation "
        "de base, aide à la garde, congé parental.",
        themes=[PARENTING, "famille--garde-denfants", BUDGET],
        service_types=["aide-financiere"],
        publics=["familles", "femmes"],
        conditions=ul(
            "Avoir déclaré la grossesse à la CAF et à l’Assurance maladie dans les 14 premières semaines.",
            "Prime de naissance et allocation de base : ressources sous un plafond.",
            "Complément de libre choix du mode de garde : faire garder son enfant par une assistante "
            "maternelle agréée, une garde à domicile ou une micro-crèche.",
            "Prestation partagée d’éducation de l’enfant : réduire ou arrêter son activité pour "
            "s’occuper de son enfant.",
        ),
        benefits=ul(
            "Prime à la naissance ou à l’adoption.",
            "Allocation de base mensuelle jusqu’aux 3 ans de l’enfant.",
            "Complément de libre choix du mode de garde (CMG).",
            "Prestation partagée d’éducation de l’enfant (PreParE) pendant un congé parental.",
        ),
        how_to_apply=p(
            "Déclarer la grossesse (le médecin ou la sage-femme la transmet en ligne), puis compléter "
            "les démarches sur caf.fr. Pour le CMG, passer par Pajemploi. Questions : 32 30."
        ),
        application_url="https://www.caf.fr",
        reception_modes=["en-ligne", "telephone", "sur-rendez-vous"],
        what_to_say="Déclarez la grossesse avant la fin du troisième mois et ouvrez votre espace sur "
        "caf.fr : "
        "les aides de la naissance en dépendent.",
        documents=[
            ("Déclaration de grossesse", "Transmise par le médecin ou la sage-femme"),
            ("Acte de naissance de l’enfant", "Après la naissance"),
            ("Relevé d’identité bancaire", ""),
        ],
        legal_references=[("Code de la sécurité sociale, art. L531-1 et suivants", "")],
        handled_by=CAF_DOORS,
        tags=["naissance", "prime de naissance", "bébé", "congé parental", "CMG", "PreParE", "nourrice"],
    ),
    national(
        slug="allocation-journaliere-presence-parentale",
        title="Allocation journalière de présence parentale (AJPP)",
        summary="Une indemnité pour le parent qui s’arrête de travailler pour s’occuper de son enfant "
        "gravement malade, accidenté ou handicapé.",
        themes=["famille--prise-en-charge-personne-dependante", "famille--soutien-aidants"],
        service_types=["aide-financiere"],
        publics=["familles", "actifs"],
        conditions=ul(
            "Enfant de moins de 20 ans dont l’état nécessite une présence soutenue et des soins "
            "contraignants, attesté par un certificat médical détaillé.",
            "Parent salarié en congé de présence parentale, indépendant, demandeur d’emploi indemnisé ou "
            "en "
            "formation professionnelle.",
        ),
        benefits=p(
            "Une allocation pour chaque journée ou demi-journée passée auprès de l’enfant, dans la limite "
            "d’un "
            "nombre de jours par mois et sur une durée maximale, renouvelable dans certains cas."
        ),
        how_to_apply=p(
            "Demande à la CAF ou à la MSA avec le formulaire et le certificat médical ; informer son "
            "employeur "
            "du congé de présence parentale."
        ),
        application_url="https://www.caf.fr",
        reception_modes=["en-ligne", "telephone", "sur-rendez-vous"],
        what_to_say="Vous arrêtez de travailler pour soigner votre enfant : demandez l’AJPP à la CAF avec "
        "le "
        "certificat du médecin qui le suit.",
        documents=[
            ("Certificat médical détaillé", "Sous pli confidentiel"),
            ("Attestation de l’employeur", ""),
        ],
        legal_references=[("Code de la sécurité sociale, art. L544-1 et suivants", "")],
        handled_by=["caf", "mutualite-sociale-agricole", "france-service"],
        tags=["enfant malade", "congé de présence parentale", "maladie grave", "aidant"],
    ),
    national(
        slug="pmi",
        title="Protection maternelle et infantile (PMI)",
        summary="Un service gratuit du Département pour les futurs parents et les enfants de moins de 6 "
        "ans : "
        "consultations, vaccins, puéricultrices, sages-femmes.",
        themes=["sante--acces-aux-soins", PARENTING, "sante--sante-sexuelle"],
        service_types=["accompagnement", "information"],
        publics=["familles", "femmes", "jeunes"],
        publics_details="Femmes enceintes, futurs parents, parents et enfants de moins de 6 ans.",
        conditions=p("Ouvert à tous, sans condition de ressources ni de couverture sociale."),
        benefits=ul(
            "Suivi de grossesse et entretien prénatal, visites de sages-femmes à domicile.",
            "Consultations médicales et vaccinations des enfants de moins de 6 ans.",
            "Bilans de santé à l’école maternelle.",
            "Conseils de puériculture, allaitement, sommeil, alimentation.",
            "Contraception et santé sexuelle (centres de santé sexuelle).",
        ),
        how_to_apply=p("Prendre rendez-vous au centre de PMI ou à la Maison des solidarités la plus proche."),
        reception_modes=["sur-rendez-vous", "a-domicile", "telephone"],
        what_to_say="La PMI suit gratuitement votre grossesse et votre enfant jusqu’à 6 ans : prenez "
        "rendez-vous à la Maison des solidarités.",
        documents=[
            ("Carnet de santé de l’enfant", ""),
            ("Carte Vitale si vous en avez une", "Non obligatoire"),
        ],
        legal_references=[("Code de la santé publique, art. L2111-1 et suivants", "")],
        handled_by=["maisons-des-solidarites", "departements"],
        tags=["petite enfance", "grossesse", "vaccins", "puéricultrice", "sage-femme", "nourrisson"],
    ),
    national(
        slug="bourses-college-lycee",
        title="Bourses de collège et de lycée",
        summary="Une aide de l’Éducation nationale pour les frais de scolarité des collégiens et lycéens "
        "des familles aux revenus modestes.",
        themes=[PARENTING, BUDGET],
        service_types=["aide-financiere"],
        publics=["familles", "jeunes"],
        conditions=ul(
            "Enfant scolarisé dans un collège ou un lycée public, ou privé sous contrat.",
            "Revenus de la famille sous un plafond qui dépend du nombre d’enfants à charge.",
        ),
        benefits=p(
            "Une bourse versée chaque trimestre, souvent déduite des frais de cantine ou "
            "d’internat ; "
            "son montant dépend de l’échelon attribué."
        ),
        how_to_apply=p(
            "Demande en ligne sur Scolarité services (avec le compte ÉduConnect) ou sur formulaire papier "
            "auprès du secrétariat de l’établissement, pendant la campagne annuelle."
        ),
        application_url="https://educonnect.education.gouv.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        what_to_say="Demandez la bourse au secrétariat du collège ou du lycée, ou en ligne avec "
        "ÉduConnect, "
        "pendant la période de demande.",
        documents=[("Avis d’imposition de l’avant-dernière année", ""), ("Relevé d’identité bancaire", "")],
        legal_references=[("Code de l’éducation, art. L531-1 et suivants", "")],
        handled_by=ACCESS_DOORS,
        tags=["bourse scolaire", "collège", "lycée", "cantine"],
        to_complete="dates de la campagne de l’année scolaire",
    ),
]
