"""National helplines a desk gives every week: children, violence, suicide, victims, addictions, youth,
elder abuse, cyberbullying, public services."""

from .common import HELPLINE_MODES, national, p, ul

VIOLENCE = "famille--surmonter-conflits-separation-violence"
MENTAL = "sante--sante-mentale"
ADDICTIONS = "sante--addictions"
JUDICIAL = "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire"
ADDICTION_DOORS = ["csapa", "caarud", "cmp"]


def helpline(number, hours, **spec):
    """A national listening line: free unless said otherwise, reached by phone (and often online)."""
    return national(
        service_types=["information", "accompagnement"],
        reception_modes=HELPLINE_MODES,
        conditions=p("Aucune condition : l’appel est anonyme et confidentiel."),
        how_to_apply=p(f"Appeler le <b>{number}</b>, {hours}."),
        **spec,
    )


FICHES = [
    helpline(
        "119",
        "gratuit, 24 h sur 24, 7 jours sur 7 ; aussi par formulaire et tchat sur allo119.gouv.fr",
        slug="119-enfance-en-danger",
        title="119 – Allô enfance en danger",
        summary="Le numéro national pour un enfant en danger ou en risque de l’être, que l’on soit "
        "l’enfant, "
        "un parent, un voisin ou un professionnel.",
        themes=[VIOLENCE, "famille--soutien-a-la-parentalite-et-a-leducation"],
        publics=["jeunes", "familles", "tous-publics"],
        benefits=p(
            "Des écoutants formés évaluent la situation, conseillent, et transmettent si besoin une "
            "information "
            "préoccupante à la cellule du Département (CRIP) ; en cas de danger immédiat, ils alertent les "
            "secours. L’appel n’apparaît pas sur les factures."
        ),
        application_url="https://www.allo119.gouv.fr",
        what_to_say="Appelez le 119, gratuit, jour et nuit : vous pouvez parler d’un enfant en danger sans "
        "donner votre nom. Danger immédiat : 17 ou 112.",
        legal_references=[("Code de l’action sociale et des familles, art. L226-6", "")],
        handled_by=["maisons-des-solidarites", "ase"],
        tags=[
            "maltraitance",
            "enfant maltraité",
            "information préoccupante",
            "protection de l’enfance",
            "CRIP",
        ],
    ),
    helpline(
        "3919",
        "gratuit et anonyme, 24 h sur 24, 7 jours sur 7 ; il n’apparaît pas sur les factures",
        slug="3919-violences-femmes-info",
        title="3919 – Violences Femmes Info",
        summary="Le numéro national d’écoute et d’orientation pour les femmes victimes de violences, leur "
        "entourage et les professionnels.",
        themes=[VIOLENCE, JUDICIAL],
        publics=["femmes", "tous-publics"],
        benefits=ul(
            "Écoute, information sur les droits et les démarches (plainte, ordonnance de protection, "
            "hébergement).",
            "Orientation vers les associations spécialisées proches (CIDFF, accueils de jour, hébergement).",
            "Accessible aux personnes sourdes ou malentendantes, et en plusieurs langues.",
        ),
        application_url="https://arretonslesviolences.gouv.fr",
        what_to_say="Appelez le 3919, gratuit, jour et nuit, sans trace sur la facture. En danger "
        "immédiat : "
        "17, ou SMS au 114.",
        handled_by=["cidff", "points-justice", "maisons-des-solidarites", "france-service"],
        tags=["violences conjugales", "femmes battues", "violences sexuelles", "conjoint violent", "emprise"],
    ),
    helpline(
        "3114",
        "gratuit, 24 h sur 24, 7 jours sur 7",
        slug="3114-prevention-suicide",
        title="3114 – Numéro national de prévention du suicide",
        summary="Une ligne tenue par des soignants pour les personnes qui pensent au suicide, leurs "
        "proches, "
        "les personnes endeuillées et les professionnels.",
        themes=[MENTAL],
        publics=["tous-publics", "jeunes"],
        benefits=p(
            "Écoute et évaluation par des infirmiers et psychologues formés, conseils pour l’entourage, "
            "orientation vers les soins, et envoi des secours si la vie est en danger."
        ),
        application_url="https://3114.fr",
        what_to_say="Vous pouvez appeler le 3114, gratuit, jour et nuit, pour parler à un soignant. "
        "Urgence "
        "vitale : 15.",
        handled_by=["cmp"],
        tags=["suicide", "idées noires", "détresse", "crise suicidaire", "dépression"],
    ),
    helpline(
        "116 006",
        "gratuit, 7 jours sur 7 ; aussi par courriel à victimes@france-victimes.fr",
        slug="116006-aide-aux-victimes",
        title="116 006 – Aide aux victimes",
        summary="Le numéro national d’aide aux victimes d’infractions (agression, vol, escroquerie, "
        "accident, "
        "harcèlement, discrimination…), géré par France Victimes.",
        themes=[JUDICIAL, VIOLENCE],
        publics=["tous-publics"],
        benefits=p(
            "Écoute, information sur les droits (plainte, indemnisation) et orientation vers l’association "
            "d’aide aux victimes du département, qui accompagne gratuitement dans les démarches."
        ),
        application_url="https://www.france-victimes.fr",
        what_to_say="Appelez le 116 006 (gratuit) : une association d’aide aux victimes vous accompagnera "
        "dans "
        "vos démarches, plainte ou non.",
        handled_by=["points-justice", "cidff"],
        tags=["victime", "France Victimes", "agression", "plainte", "INAVEM"],
        to_complete="horaires d’ouverture de la ligne",
    ),
    helpline(
        "0 800 23 13 13",
        "gratuit, anonyme, 7 jours sur 7 ; tchat sur drogues-info-service.fr",
        slug="drogues-info-service",
        title="Drogues info service",
        summary="Une ligne d’information et d’aide sur les drogues, pour les consommateurs et leur "
        "entourage.",
        themes=[ADDICTIONS],
        publics=["tous-publics", "jeunes", "familles"],
        benefits=p(
            "Information sur les produits et les risques, écoute, et orientation vers les CSAPA et "
            "les consultations jeunes consommateurs proches."
        ),
        application_url="https://www.drogues-info-service.fr",
        what_to_say="Appelez Drogues info service au 0 800 23 13 13, gratuit et anonyme, ou parlez-en au "
        "CSAPA.",
        handled_by=ADDICTION_DOORS,
        tags=["drogue", "cannabis", "cocaïne", "addiction", "toxicomanie", "CJC"],
    ),
    helpline(
        "39 89",
        "du lundi au samedi (service gratuit, prix d’un appel) ; application Tabac info service",
        slug="tabac-info-service",
        title="Tabac info service",
        summary="Un accompagnement gratuit par des tabacologues pour arrêter de fumer ou de vapoter.",
        themes=[ADDICTIONS],
        publics=["tous-publics"],
        benefits=p(
            "Conseils et suivi personnalisé par un tabacologue au téléphone, application de coaching. Les "
            "substituts nicotiniques sont remboursés sur prescription (médecin, sage-femme, infirmier, "
            "pharmacien…)."
        ),
        application_url="https://www.tabac-info-service.fr",
        what_to_say="Pour arrêter de fumer, appelez le 39 89 : un tabacologue vous accompagne gratuitement.",
        handled_by=ADDICTION_DOORS,
        tags=["arrêter de fumer", "tabac", "cigarette", "patchs", "substituts nicotiniques"],
        to_complete="horaires de la ligne",
    ),
    helpline(
        "0 980 980 930",
        "anonyme et non surtaxé, 7 jours sur 7",
        slug="alcool-info-service",
        title="Alcool info service",
        summary="Une ligne d’écoute et d’information sur l’alcool, pour les personnes qui boivent et pour "
        "leur "
        "entourage.",
        themes=[ADDICTIONS],
        publics=["tous-publics", "familles"],
        benefits=p(
            "Écoute, évaluation de sa consommation, orientation vers les CSAPA et les consultations "
            "proches ; forums et tchat sur alcool-info-service.fr."
        ),
        application_url="https://www.alcool-info-service.fr",
        what_to_say="Alcool info service répond au 0 980 980 930, anonyme ; le CSAPA reçoit aussi "
        "gratuitement.",
        handled_by=ADDICTION_DOORS,
        tags=["alcool", "alcoolisme", "boire", "addiction"],
    ),
    helpline(
        "09 74 75 13 13",
        "anonyme et non surtaxé, 7 jours sur 7",
        slug="joueurs-info-service",
        title="Joueurs info service",
        summary="Une ligne d’aide pour les personnes en difficulté avec les jeux d’argent et de hasard, et "
        "leurs proches.",
        themes=[ADDICTIONS, "difficultes-financieres--situation-dendettement-surendettement"],
        publics=["tous-publics"],
        benefits=p(
            "Écoute, conseils, information sur l’interdiction volontaire de jeux, orientation vers "
            "les consultations spécialisées."
        ),
        application_url="https://www.joueurs-info-service.fr",
        what_to_say="Pour les problèmes de jeu, appelez Joueurs info service au 09 74 75 13 13, anonyme.",
        handled_by=[*ADDICTION_DOORS, "points-conseil-budget"],
        tags=["jeux d’argent", "paris sportifs", "casino", "addiction au jeu"],
    ),
    helpline(
        "0 800 235 236",
        "gratuit et anonyme, tous les jours ; tchat sur filsantejeunes.com",
        slug="fil-sante-jeunes",
        title="Fil santé jeunes",
        summary="Une ligne d’écoute pour les 12-25 ans : santé, sexualité, mal-être, relations, "
        "consommations.",
        themes=[MENTAL, "sante--sante-sexuelle"],
        publics=["jeunes"],
        age_min=12,
        age_max=25,
        benefits=p(
            "Des professionnels (médecins, psychologues) répondent aux questions des jeunes et les orientent."
        ),
        application_url="https://www.filsantejeunes.com",
        what_to_say="Tu peux appeler Fil santé jeunes au 0 800 235 236, gratuit et anonyme, pour en parler.",
        handled_by=["reseau-information-jeunesse", "mission-locale", "cmp"],
        tags=["ados", "sexualité", "contraception", "mal-être", "jeunes"],
        to_complete="horaires de la ligne",
    ),
    helpline(
        "3977",
        "prix d’un appel local",
        slug="3977-maltraitance",
        title="3977 – Maltraitance des personnes âgées et des adultes handicapés",
        summary="Le numéro national pour signaler ou parler d’une maltraitance envers une personne âgée "
        "ou un "
        "adulte handicapé, à domicile ou en établissement.",
        themes=["famille--prise-en-charge-personne-dependante", VIOLENCE],
        publics=["seniors", "personnes-en-situation-de-handicap", "tous-publics"],
        benefits=p(
            "Écoute de la victime, des proches ou des professionnels, conseils et suivi de la "
            "situation avec les relais départementaux."
        ),
        application_url="https://3977.fr",
        what_to_say="Si vous pensez qu’une personne âgée ou handicapée est maltraitée, appelez le 3977.",
        handled_by=["maison-departementale-de-lautonomie", "ccas-cias", "maisons-des-solidarites"],
        tags=["maltraitance", "personne âgée", "EHPAD", "abus de faiblesse", "négligence"],
        to_complete="horaires de la ligne",
    ),
    helpline(
        "3018",
        "gratuit, anonyme et confidentiel, 7 jours sur 7 ; aussi par tchat et application 3018",
        slug="3018-cyberharcelement",
        title="3018 – Harcèlement et violences numériques",
        summary="Le numéro national pour les jeunes victimes de cyberharcèlement ou de violences en "
        "ligne, et "
        "pour leurs parents.",
        themes=[VIOLENCE, "numerique--acceder-a-des-services-en-ligne"],
        publics=["jeunes", "familles"],
        benefits=p(
            "Écoute et conseils par des spécialistes, aide pour faire supprimer des contenus ou des "
            "comptes "
            "auprès des plateformes, orientation juridique et psychologique."
        ),
        application_url="https://e-enfance.org",
        what_to_say="Victime de harcèlement sur internet ou les réseaux sociaux ? Appelle le 3018, "
        "gratuit et "
        "anonyme.",
        handled_by=["reseau-information-jeunesse", "points-justice"],
        tags=["harcèlement", "cyberharcèlement", "réseaux sociaux", "chantage", "revenge porn"],
    ),
    helpline(
        "39 39",
        "prix d’un appel, en semaine",
        slug="allo-service-public",
        title="Allô Service public (39 39)",
        summary="Le numéro de renseignement administratif de l’État : droits, démarches, organisme "
        "compétent.",
        themes=["difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"],
        publics=["tous-publics"],
        benefits=p(
            "Des agents répondent sur les droits et les démarches (famille, travail, logement, "
            "papiers…) et indiquent le bon interlocuteur ; fiches pratiques sur service-public.fr."
        ),
        application_url="https://www.service-public.fr",
        what_to_say="Pour savoir à qui s’adresser pour une démarche, appelez le 39 39 ou consultez "
        "service-public.fr.",
        handled_by=["france-service"],
        tags=["service public", "renseignement administratif", "démarches"],
        to_complete="horaires de la ligne",
    ),
]
