"""National access to justice, debt and food: aide juridictionnelle, points-justice, Défenseur des droits,
surendettement, microcrédit personnel, aide alimentaire."""

from .common import ACCESS_DOORS, national, p, ul

JUDICIAL = "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire"
RIGHTS = "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"
DEBT = "difficultes-financieres--situation-dendettement-surendettement"
BUDGET = "difficultes-financieres--ameliorer-sa-gestion-budgetaire"

FICHES = [
    national(
        slug="aide-juridictionnelle",
        title="Aide juridictionnelle",
        summary="La prise en charge par l’État des frais d’avocat et de justice pour les personnes aux "
        "revenus modestes.",
        themes=[JUDICIAL, RIGHTS],
        service_types=["aide-financiere"],
        publics=["tous-publics", "personnes-en-situation-juridique-specifique"],
        conditions=ul(
            "Revenu fiscal de référence, épargne et patrimoine sous des plafonds qui dépendent du foyer.",
            "Résider en France de façon régulière (sans condition de séjour pour les mineurs, certaines "
            "procédures liées aux étrangers et les victimes de certaines infractions).",
            "Action en justice qui n’est pas manifestement irrecevable ou dénuée de fondement.",
        ),
        benefits=p(
            "Selon les ressources, une prise en charge totale ou partielle des honoraires d’avocat, des "
            "frais "
            "d’huissier (commissaire de justice), d’expertise… L’avocat peut être choisi par la personne "
            "ou "
            "désigné par le bâtonnier."
        ),
        how_to_apply=p(
            "Demande en ligne sur justice.fr ou par formulaire déposé au bureau d’aide juridictionnelle du "
            "tribunal, avant ou pendant la procédure. Un point-justice aide à remplir le dossier."
        ),
        application_url="https://www.justice.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        what_to_say="Vous pouvez avoir un avocat pris en charge : faites la demande d’aide "
        "juridictionnelle, "
        "le point-justice vous aide à la remplir.",
        documents=[
            ("Avis d’imposition", "Le revenu fiscal de référence"),
            ("Pièce d’identité ou titre de séjour", ""),
            ("Documents de la procédure", "Convocation, jugement, courrier"),
        ],
        legal_references=[("Loi n° 91-647 du 10 juillet 1991 relative à l’aide juridique", "")],
        handled_by=["points-justice", "france-service", "cidff", "ccas-cias"],
        tags=["avocat gratuit", "avocat commis d’office", "AJ", "frais de justice", "tribunal"],
    ),
    national(
        slug="point-justice",
        title="Points-justice : accès au droit gratuit",
        summary="Des permanences gratuites et confidentielles d’avocats, notaires, juristes ou "
        "conciliateurs "
        "pour connaître ses droits et ses démarches.",
        themes=[JUDICIAL, RIGHTS, "famille--surmonter-conflits-separation-violence"],
        service_types=["information", "accompagnement"],
        publics=["tous-publics"],
        conditions=p("Ouvert à tous, sans condition de ressources."),
        benefits=ul(
            "Information sur ses droits et obligations (famille, logement, travail, consommation, dettes, "
            "étrangers…).",
            "Aide aux démarches juridiques, orientation vers le bon professionnel.",
            "Règlement amiable des litiges avec un conciliateur de justice ou un médiateur.",
        ),
        how_to_apply=p(
            "Prendre rendez-vous dans un point-justice (tribunal, mairie, France services, maison de "
            "justice "
            "et du droit) ; annuaire sur justice.fr, ou au 30 39."
        ),
        application_url="https://www.justice.fr",
        reception_modes=["sur-rendez-vous", "telephone"],
        what_to_say="Un point-justice vous reçoit gratuitement pour vous expliquer vos droits : prenez "
        "rendez-vous à la permanence la plus proche.",
        legal_references=[
            ("Loi n° 91-647 du 10 juillet 1991, deuxième partie (aide à l’accès au droit)", "")
        ],
        handled_by=["points-justice", "france-service", "cidff"],
        tags=["accès au droit", "MJD", "maison de justice", "CDAD", "juriste", "conseil juridique gratuit"],
        to_complete="vérifier le numéro national 30 39",
    ),
    national(
        slug="defenseur-des-droits",
        title="Défenseur des droits",
        summary="Une autorité indépendante qui aide gratuitement en cas de discrimination, de litige avec "
        "un "
        "service public ou d’atteinte aux droits d’un enfant.",
        themes=[
            "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination",
            RIGHTS,
        ],
        service_types=["accompagnement", "information"],
        publics=["tous-publics"],
        conditions=p(
            "Ouvert à tous, gratuit. Avoir en général tenté une démarche auprès de l’organisme en cause."
        ),
        benefits=ul(
            "Règlement amiable d’un litige avec une administration ou un service public (CAF, CPAM, "
            "France Travail, préfecture…).",
            "Aide face à une discrimination (logement, emploi, services…).",
            "Défense des droits de l’enfant, orientation des lanceurs d’alerte, respect de la déontologie "
            "par "
            "les forces de sécurité.",
        ),
        how_to_apply=p(
            "Rencontrer gratuitement un délégué du Défenseur des droits lors d’une permanence (souvent en "
            "France services ou en maison de justice), saisir en ligne sur defenseurdesdroits.fr, ou "
            "appeler "
            "le 09 69 39 00 00. Discriminations : 39 28 ou antidiscriminations.fr."
        ),
        application_url="https://www.defenseurdesdroits.fr",
        reception_modes=["sur-rendez-vous", "en-ligne", "telephone"],
        what_to_say="Bloqué avec une administration ou victime de discrimination ? Le délégué du "
        "Défenseur des "
        "droits vous reçoit gratuitement.",
        legal_references=[
            ("Constitution, art. 71-1", ""),
            ("Loi organique n° 2011-333 du 29 mars 2011 relative au Défenseur des droits", ""),
        ],
        handled_by=["france-service", "points-justice"],
        tags=["discrimination", "médiateur", "litige administration", "droits de l’enfant", "recours"],
    ),
    national(
        slug="surendettement",
        title="Surendettement : dossier à la Banque de France",
        summary="Une procédure gratuite pour les personnes qui ne peuvent plus faire face à leurs dettes "
        "personnelles : plan de remboursement, voire effacement.",
        themes=[DEBT, BUDGET],
        service_types=["accompagnement"],
        publics=["tous-publics"],
        conditions=ul(
            "Être une personne physique de bonne foi, domiciliée en France.",
            "Ne plus pouvoir payer ses dettes non professionnelles (crédits, loyers, factures, impôts…).",
        ),
        benefits=p(
            "Une fois le dossier recevable, les saisies sont suspendues (une expulsion peut l’être sur "
            "demande au juge). La commission peut étaler ou réduire les dettes, et proposer un "
            "rétablissement personnel (effacement) quand la "
            "situation est sans issue. La personne est inscrite au fichier des incidents de remboursement "
            "(FICP) pendant la durée des mesures."
        ),
        how_to_apply=p(
            "Dépôt gratuit en ligne sur banque-france.fr ou par courrier à la succursale de la Banque de "
            "France. Un point conseil budget ou un travailleur social peut aider à monter le dossier. "
            "Attention aux sociétés payantes qui proposent de le faire."
        ),
        application_url="https://www.banque-france.fr",
        reception_modes=["en-ligne", "sur-rendez-vous"],
        what_to_say="Si vous n’arrivez plus à payer vos dettes, un dossier de surendettement est gratuit "
        ": un "
        "point conseil budget peut vous aider à le remplir.",
        documents=[
            ("Liste des dettes et justificatifs", "Contrats, relances, jugements"),
            ("Justificatifs de ressources et de charges", ""),
            ("Pièce d’identité", ""),
        ],
        legal_references=[("Code de la consommation, art. L711-1 et suivants", "")],
        handled_by=["points-conseil-budget", "cresus", *ACCESS_DOORS],
        tags=["dettes", "crédits", "Banque de France", "huissier", "commission de surendettement", "FICP"],
    ),
    national(
        slug="microcredit-personnel",
        title="Microcrédit personnel accompagné",
        summary="Un petit prêt bancaire, avec un accompagnement, pour les personnes qui n’ont pas accès au "
        "crédit classique et veulent financer un projet utile à leur insertion.",
        themes=[
            BUDGET,
            "mobilite--financer-ma-mobilite",
            "difficultes-financieres--acquerir-une-autonomie-budgetaire",
        ],
        service_types=["aide-financiere", "accompagnement"],
        publics=["tous-publics", "beneficiaires-des-minimas-sociaux", "demandeurs-emploi"],
        conditions=ul(
            "Ressources modestes, sans accès au crédit bancaire classique.",
            "Capacité à rembourser de petites mensualités.",
            "Projet lié à l’emploi, la mobilité, le logement, la santé ou la formation.",
        ),
        benefits=p(
            "Un prêt d’une banque partenaire, garanti par le Fonds de cohésion sociale, et un suivi par la "
            "structure qui accompagne tout au long du remboursement."
        ),
        how_to_apply=p(
            "Monter le dossier avec une structure accompagnatrice (CCAS, point conseil budget, UDAF, "
            "association), qui le présente à la banque partenaire."
        ),
        reception_modes=["sur-rendez-vous"],
        mobilised_by=["usagers", "professionnels"],
        what_to_say="Pour acheter une voiture ou financer un projet sans accès au crédit, demandez un "
        "microcrédit personnel au CCAS ou au point conseil budget.",
        documents=[("Justificatifs de ressources et de charges", ""), ("Devis du projet", "")],
        handled_by=["ccas-cias", "points-conseil-budget", "unaf", "croix-rouge", "restos-du-coeur"],
        tags=["microcrédit", "prêt", "crédit social", "achat voiture"],
    ),
    national(
        slug="aide-alimentaire",
        title="Aide alimentaire",
        summary="Colis, repas, épiceries sociales et solidaires : des denrées gratuites ou à petit prix "
        "pour "
        "les personnes en difficulté.",
        themes=[
            "equipement-et-alimentation--alimentation",
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
        ],
        service_types=["aide-materielle"],
        publics=["tous-publics", "personnes-en-situation-durgence", "familles"],
        conditions=p(
            "Selon les lieux : ressources modestes évaluées par un travailleur social ou par "
            "l’association, "
            "ou accueil inconditionnel (repas, distributions d’urgence)."
        ),
        benefits=ul(
            "Colis ou distributions gratuites (banques alimentaires, Restos du cœur, Secours populaire, "
            "Croix-Rouge…).",
            "Épiceries sociales et solidaires : produits à prix réduits avec un accompagnement.",
            "Repas chauds, chèques d’accompagnement personnalisé de CCAS.",
        ),
        how_to_apply=p(
            "S’adresser au CCAS, à la Maison des solidarités ou directement aux associations "
            "locales ; certaines demandent une orientation par un travailleur social."
        ),
        reception_modes=["sans-rendez-vous", "sur-rendez-vous"],
        what_to_say="Pour de l’aide alimentaire, le CCAS vous oriente vers la distribution ou l’épicerie "
        "solidaire la plus proche.",
        documents=[("Justificatifs de ressources et de charges", "Si demandés"), ("Pièce d’identité", "")],
        legal_references=[
            (
                "Code de l’action sociale et des familles, art. L266-1 (lutte contre la "
                "précarité "
                "alimentaire)",
                "",
            )
        ],
        handled_by=[
            "restos-du-coeur",
            "secours-populaire",
            "banques-alimentaires",
            "croix-rouge",
            "ccas-cias",
        ],
        tags=[
            "colis alimentaire",
            "banque alimentaire",
            "Restos du cœur",
            "épicerie solidaire",
            "manger",
            "faim",
        ],
    ),
]
