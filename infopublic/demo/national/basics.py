"""National schemes for basic skills and digital access: CIR language training, CléA, conseillers
numériques."""

from .common import national, p, ul

FRENCH = "lecture-ecriture-calcul--maitriser-le-francais"
MATHS = "lecture-ecriture-calcul--maitriser-le-calcul"

FICHES = [
    national(
        slug="contrat-integration-republicaine",
        title="Contrat d’intégration républicaine (CIR) et cours de français de l’OFII",
        summary="Le parcours d’accueil des étrangers qui s’installent durablement en France : formation "
        "civique et cours de français gratuits.",
        themes=[
            FRENCH,
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete",
        ],
        service_types=["formation", "accompagnement"],
        publics=["personnes-exilees", "personnes-en-situation-juridique-specifique"],
        publics_details="Étrangers hors Union européenne admis pour la première fois au séjour et qui "
        "souhaitent s’installer durablement, dont les réfugiés.",
        age_min=16,
        conditions=p(
            "Avoir obtenu un premier titre de séjour (ou la protection internationale) et signer "
            "le "
            "contrat avec l’OFII."
        ),
        benefits=ul(
            "Un entretien personnalisé et une orientation vers les services utiles (emploi, logement, "
            "santé).",
            "Une formation civique sur les valeurs et le fonctionnement de la société française.",
            "Des cours de français gratuits selon le niveau évalué, jusqu’à plusieurs centaines d’heures.",
        ),
        how_to_apply=p(
            "Convocation par la direction territoriale de l’OFII après la délivrance du titre de séjour. "
            "Le "
            "niveau de français exigé pour certains titres de séjour et pour la nationalité a été relevé "
            ": se "
            "renseigner auprès de l’OFII."
        ),
        application_url="https://www.ofii.fr",
        reception_modes=["sur-rendez-vous"],
        mobilised_by=["usagers"],
        what_to_say="Les cours de français de l’OFII sont gratuits avec le contrat d’intégration : "
        "contactez la direction territoriale de l’OFII si vous n’avez pas été convoqué.",
        documents=[("Titre de séjour ou récépissé", ""), ("Convocation de l’OFII", "")],
        legal_references=[
            ("Code de l’entrée et du séjour des étrangers et du droit d’asile, art. L413-2", "")
        ],
        handled_by=["france-service", "ccas-cias"],
        tags=["FLE", "cours de français", "OFII", "alphabétisation", "intégration", "réfugiés"],
    ),
    national(
        slug="certification-clea",
        title="Certification CléA (savoirs de base professionnels)",
        summary="Une certification nationale qui atteste les connaissances et compétences de base utiles "
        "au "
        "travail : français, calcul, numérique, travail en équipe.",
        themes=[
            FRENCH,
            MATHS,
            "se-former--trouver-sa-formation",
            "preparer-sa-candidature--valoriser-ses-competences",
        ],
        service_types=["formation"],
        publics=["demandeurs-emploi", "actifs"],
        conditions=p("Ouvert aux salariés et aux demandeurs d’emploi, sans condition de diplôme."),
        benefits=p(
            "Une évaluation préalable, puis une formation ciblée sur les seuls domaines à renforcer, "
            "jusqu’à "
            "la certification ; finançable par le CPF, France Travail ou l’employeur."
        ),
        how_to_apply=p(
            "En parler à son conseiller France Travail, mission locale ou Cap emploi, ou à son "
            "employeur ; organismes évaluateurs sur certificat-clea.fr."
        ),
        application_url="https://www.certificat-clea.fr",
        reception_modes=["sur-rendez-vous"],
        what_to_say="Pour valoriser vos savoirs de base ou les renforcer, demandez à votre conseiller une "
        "évaluation CléA.",
        handled_by=["france-travail", "mission-locale", "cap-emploi-reseau-cheops", "anlci"],
        tags=["illettrisme", "remise à niveau", "savoirs de base", "calcul", "lire écrire"],
    ),
    national(
        slug="conseillers-numeriques",
        title="Accompagnement au numérique (conseillers numériques, Aidants Connect)",
        summary="Une aide gratuite pour apprendre à utiliser un ordinateur ou un smartphone et faire ses "
        "démarches en ligne, ou les faire faire en sécurité.",
        themes=[
            "numerique--maitriser-les-fondamentaux-du-numerique",
            "numerique--acceder-a-des-services-en-ligne",
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
        ],
        service_types=["accompagnement", "atelier"],
        publics=["tous-publics", "seniors"],
        conditions=p("Ouvert à tous, gratuit."),
        benefits=ul(
            "Ateliers collectifs et rendez-vous individuels avec un conseiller numérique : messagerie, "
            "espaces personnels (CAF, ameli, impôts), sécurité en ligne.",
            "Aidants Connect : un aidant habilité peut faire une démarche en ligne pour la personne, avec "
            "son "
            "accord (mandat), sans lui demander ses mots de passe.",
            "Accès à un ordinateur et à internet dans les France services et lieux de médiation numérique.",
        ),
        how_to_apply=p(
            "Trouver un lieu sur la carte nationale de la médiation numérique, ou demander à la "
            "France services, à la médiathèque ou au CCAS."
        ),
        application_url="https://cartographie.societenumerique.gouv.fr",
        reception_modes=["sans-rendez-vous", "sur-rendez-vous"],
        what_to_say="Un conseiller numérique peut vous apprendre à faire vos démarches en ligne, "
        "gratuitement : "
        "demandez à la France services.",
        handled_by=[
            "conseillers-numeriques",
            "france-service",
            "espaces-publics-numeriques",
            "aidants-connect",
        ],
        tags=["internet", "ordinateur", "démarches en ligne", "illectronisme", "smartphone", "email"],
    ),
]
