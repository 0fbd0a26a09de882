"""The glossary of acronyms used by the network: (acronym, expansion, definition, synonyms)."""

from infopublic.taxonomy.models import GlossaryTerm

from .national_glossary import NATIONAL_GLOSSARY

GLOSSARY = [
    (
        "AAH",
        "Allocation aux adultes handicapés",
        "Revenu minimum versé par la CAF ou la MSA aux personnes handicapées sans ressources suffisantes.",
        ["allocation adulte handicapé"],
    ),
    (
        "APA",
        "Allocation personnalisée d’autonomie",
        "Aide du Département aux personnes de 60 ans et plus en perte d’autonomie, à domicile ou en "
        "établissement.",
        ["aide à l’autonomie", "allocation autonomie"],
    ),
    (
        "ASE",
        "Aide sociale à l’enfance",
        "Service du Département qui protège les enfants en danger et soutient leurs familles.",
        ["protection de l’enfance"],
    ),
    (
        "ASS",
        "Allocation de solidarité spécifique",
        "Allocation versée par France Travail aux demandeurs d’emploi qui ont épuisé leurs droits au "
        "chômage.",
        ["fin de droits"],
    ),
    (
        "AVIP",
        "Crèche à vocation d’insertion professionnelle",
        "Crèche qui réserve des places aux enfants de parents en recherche d’emploi, avec un "
        "accompagnement vers "
        "l’emploi.",
        ["crèche insertion", "crèche AVIP"],
    ),
    (
        "CAF",
        "Caisse d’allocations familiales",
        "Organisme qui verse les prestations familiales, les aides au logement, le RSA et la prime "
        "d’activité.",
        ["allocations familiales"],
    ),
    (
        "CCAS",
        "Centre communal d’action sociale",
        "Établissement public de la commune chargé de l’aide sociale légale et facultative.",
        ["action sociale de la mairie"],
    ),
    (
        "CESF",
        "Conseiller ou conseillère en économie sociale et familiale",
        "Travailleur social spécialisé dans le budget, le logement et la vie quotidienne.",
        ["conseillère ESF"],
    ),
    (
        "CIAS",
        "Centre intercommunal d’action sociale",
        "CCAS porté par une intercommunalité pour plusieurs communes.",
        [],
    ),
    (
        "CIE",
        "Contrat initiative emploi",
        "Contrat aidé du secteur marchand, avec une aide de l’État à l’employeur.",
        ["contrat aidé"],
    ),
    (
        "CLIC",
        "Centre local d’information et de coordination gérontologique",
        "Guichet d’information des personnes âgées et de leurs aidants.",
        ["point info seniors"],
    ),
    (
        "CMP",
        "Centre médico-psychologique",
        "Consultations publiques et gratuites en santé mentale, pour adultes ou enfants.",
        ["psychiatrie de secteur"],
    ),
    (
        "CPAM",
        "Caisse primaire d’assurance maladie",
        "Organisme de l’Assurance maladie du régime général.",
        ["sécurité sociale", "assurance maladie"],
    ),
    (
        "CSS",
        "Complémentaire santé solidaire",
        "Complémentaire santé gratuite ou à moins de 1 € par jour selon les ressources.",
        ["CMU-C", "mutuelle gratuite"],
    ),
    (
        "EPCI",
        "Établissement public de coopération intercommunale",
        "Communauté de communes, d’agglomération ou urbaine.",
        ["intercommunalité", "communauté de communes"],
    ),
    (
        "FSE+",
        "Fonds social européen plus",
        "Fonds européen qui cofinance des actions d’insertion et d’emploi.",
        ["fonds européen"],
    ),
    (
        "FSL",
        "Fonds de solidarité pour le logement",
        "Aides du Département pour accéder à un logement ou s’y maintenir (dépôt de garantie, "
        "impayés, énergie).",
        ["aide au logement d’urgence", "impayé de loyer"],
    ),
    (
        "IEJ",
        "Initiative pour l’emploi des jeunes",
        "Programme européen d’accompagnement vers l’emploi des jeunes sans emploi ni formation.",
        [],
    ),
    (
        "MDPH",
        "Maison départementale des personnes handicapées",
        "Guichet unique des droits liés au handicap (AAH, PCH, RQTH, orientation).",
        ["maison du handicap"],
    ),
    (
        "MDS",
        "Maison départementale des solidarités",
        "Lieu d’accueil du Département : travailleurs sociaux, PMI, insertion.",
        ["assistante sociale de secteur", "centre médico-social"],
    ),
    (
        "MSA",
        "Mutualité sociale agricole",
        "Sécurité sociale des salariés et exploitants agricoles.",
        ["sécurité sociale agricole"],
    ),
    (
        "PCH",
        "Prestation de compensation du handicap",
        "Aide du Département qui finance des aides humaines, techniques ou l’aménagement du logement.",
        [],
    ),
    (
        "PMI",
        "Protection maternelle et infantile",
        "Service du Département pour la santé des futurs parents et des enfants de moins de 6 ans.",
        ["consultation nourrisson", "puéricultrice"],
    ),
    (
        "RSA",
        "Revenu de solidarité active",
        "Revenu minimum pour les personnes de 25 ans et plus (ou plus jeunes sous conditions) sans "
        "ressources "
        "suffisantes, avec un accompagnement.",
        ["minimum social", "revenu minimum", "RMI"],
    ),
    (
        "SAAD",
        "Service d’aide et d’accompagnement à domicile",
        "Service qui intervient au domicile pour les actes de la vie quotidienne.",
        ["aide à domicile", "aide ménagère"],
    ),
    (
        "SIAO",
        "Service intégré de l’accueil et de l’orientation",
        "Plateforme départementale de l’hébergement d’urgence et d’insertion (numéro 115).",
        ["115", "hébergement d’urgence"],
    ),
    (
        "TAS",
        "Territoire d’action sociale",
        "Découpage du Département pour l’organisation de ses services sociaux.",
        ["territoire d’action sociale"],
    ),
    (
        "APL",
        "Aide personnalisée au logement",
        "Aide de la CAF ou de la MSA qui réduit le loyer ou la mensualité d’emprunt ; avec l’ALF et l’ALS, "
        "l’une des aides au logement.",
        ["aide au logement", "aides au logement", "allocation logement", "ALF", "ALS"],
    ),
    (
        "AS",
        "Assistante sociale",
        "Travailleur social de secteur : il reçoit à la MDS du Département ou au CCAS de la commune.",
        ["assistant social", "travailleur social", "MDS", "CCAS"],
    ),
    (
        "ASF",
        "Allocation de soutien familial",
        "Allocation de la CAF ou de la MSA pour la personne qui élève seule un enfant privé de l’aide de "
        "l’autre parent.",
        ["parent isolé", "mère isolée", "père isolé", "famille monoparentale"],
    ),
    (
        "CMU",
        "Couverture maladie universelle",
        "Ancien nom de la protection universelle maladie (PUMa) ; la CMU-C est devenue la complémentaire "
        "santé solidaire.",
        ["PUMa", "protection universelle maladie", "complémentaire santé solidaire"],
    ),
    (
        "ANPE",
        "Agence nationale pour l’emploi",
        "Ancien nom de Pôle emploi, devenu France Travail en 2024.",
        ["Pôle emploi", "France Travail"],
    ),
    (
        "MSAP",
        "Maison de services au public",
        "Ancien nom des guichets labellisés France services depuis 2020 : on dit encore « maison France "
        "services ».",
        ["maison France services", "France services"],
    ),
    (
        "ANDES",
        "Association nationale de développement des épiceries solidaires",
        "Réseau des épiceries sociales et solidaires : des produits à petit prix, sur orientation d’un "
        "travailleur social, avec un accompagnement.",
        ["épicerie solidaire", "épicerie sociale"],
    ),
    (
        "SDF",
        "Sans domicile fixe",
        "Personne sans logement stable, à la rue ou hébergée : le 115 pour la nuit, la domiciliation pour "
        "recevoir son courrier.",
        ["sans-abri", "à la rue", "dort dehors", "dormir dehors"],
    ),
    (
        "MDA",
        "Maison des adolescents",
        "Lieu d’écoute et d’orientation des adolescents et de leurs parents, gratuit et confidentiel.",
        ["ado", "ados"],
    ),
]


def ensure_glossary():
    """Create the missing glossary terms (existing ones, maybe edited in the admin, are left alone)."""
    created = 0
    known = {term[0] for term in GLOSSARY}
    national = [term for term in NATIONAL_GLOSSARY if term[0] not in known]
    for acronym, expansion, definition, synonyms in [*GLOSSARY, *national]:
        _term, was_created = GlossaryTerm.objects.get_or_create(
            acronym=acronym,
            defaults={"expansion": expansion, "definition": definition, "synonyms": "\n".join(synonyms)},
        )
        created += was_created
    return created
