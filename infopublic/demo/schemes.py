"""The schemes (dispositifs) of the demo network, grouped by owning partner.

Zones: `national`, or INSEE codes of départements, EPCI (SIREN) and communes. Delivering structures are
slugs of the demo structures. Amounts carry their validity dates: the partner updates them at each
revaluation.
"""

import datetime

from . import partners

SCHEMES = [
    {
        "partner": partners.DEPARTEMENT,
        "slug": "accompagnement-global",
        "title": "Accompagnement global",
        "summary": "Un accompagnement conjoint par un conseiller France Travail et un travailleur social du "
        "Département pour lever les freins sociaux à l’emploi.",
        "themes": ["trouver-un-emploi--maintien-dans-lemploi", "remobilisation--bien-etre-confiance-en-soi"],
        "service_types": ["accompagnement"],
        "publics": ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "zone_departements": ["71"],
        "conditions": "<p>Être inscrit à France Travail et rencontrer des difficultés sociales (logement, "
        "santé, mobilité, garde d’enfants).</p>",
        "benefits": "<p>Un binôme de référents, des rendez-vous réguliers et la mobilisation des aides du "
        "territoire.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "what_to_say": "Parlez-en à votre conseiller France Travail ou à l’assistante sociale de la MDS.",
        "delivering_structures": ["mds-cluny", "mds-montceau-les-mines"],
        "tags": ["emploi", "insertion"],
        "verified_days_ago": 75,
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fonds-de-solidarite-logement",
        "title": "Fonds de solidarité pour le logement (FSL)",
        "summary": "Des aides pour entrer dans un logement, s’y maintenir ou payer ses factures d’énergie et "
        "d’eau.",
        "themes": [
            "logement-hebergement--reduire-les-impayes-de-loyer",
            "logement-hebergement--se-maintenir-dans-le-logement",
        ],
        "service_types": ["aide-financiere"],
        "publics": ["tous-publics", "familles"],
        "zone_departements": ["71"],
        "conditions": "<p>Ressources inférieures au plafond du règlement intérieur du FSL de "
        "Saône-et-Loire.</p>",
        "benefits": "<p>Dépôt de garantie, premier loyer, apurement d’impayés, aide aux factures d’énergie, "
        "sous forme de subvention ou de prêt.</p>",
        "how_to_apply": "<p>Dossier instruit par un travailleur social (MDS, CCAS) et présenté en "
        "commission.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "documents": [
            ("Bail et dernier avis d’échéance", ""),
            ("Facture ou relevé de dette", ""),
            ("Justificatifs de ressources", ""),
        ],
        "legal_references": [("Loi n° 90-449 du 31 mai 1990, art. 6 (droit au logement)", "")],
        "delivering_structures": [
            "mds-cluny",
            "mds-montceau-les-mines",
            "ccas-cluny",
            "ccas-montceau-les-mines",
        ],
        "tags": ["impayé de loyer", "énergie"],
        "verified_days_ago": 35,
        "network_notes": "<p>Impayé d’énergie avec coupure annoncée : appeler avant 10 h la MDS, la "
        "commission "
        "d’urgence se tient le jeudi.</p>",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "aide-financiere-d-urgence",
        "title": "Aide financière d’urgence",
        "summary": "Un secours ponctuel pour faire face à une dépense vitale (alimentation, énergie, santé).",
        "themes": [
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
            "equipement-et-alimentation--alimentation",
        ],
        "service_types": ["aide-financiere"],
        "publics": ["personnes-en-situation-durgence"],
        "zone_departements": ["71"],
        "benefits": "<p>Chèque d’accompagnement personnalisé ou virement, selon l’évaluation.</p>",
        "reception_modes": ["sans-rendez-vous", "telephone"],
        "mobilised_by": ["professionnels"],
        "what_to_say": "Présentez-vous à la MDS ou au CCAS de votre commune avec vos justificatifs.",
        "amounts": [
            (
                "Plafond par foyer et par an",
                "300.00",
                datetime.date(2026, 1, 1),
                datetime.date(2026, 12, 31),
                "Au-delà, passage en commission",
            )
        ],
        "documents": [("Pièce d’identité", ""), ("Justificatifs de ressources et de charges", "")],
        "delivering_structures": ["mds-cluny", "mds-montceau-les-mines"],
        "tags": ["secours", "urgence"],
        "verified_days_ago": 15,
        "network_notes": "<p>Appeler avant 10 h : réponse possible le jour même.</p>",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "maison-des-adolescents",
        "title": "Maison des adolescents",
        "summary": "Un lieu d’écoute pour les 11-21 ans et leurs parents : mal-être, scolarité, "
        "santé, famille.",
        "themes": ["sante--sante-mentale", "famille--soutien-a-la-parentalite-et-a-leducation"],
        "service_types": ["accompagnement", "information"],
        "publics": ["jeunes", "familles"],
        "age_min": 11,
        "age_max": 21,
        "zone_departements": ["71"],
        "fees_details": "Gratuit, anonyme et confidentiel",
        "reception_modes": ["sans-rendez-vous", "sur-rendez-vous", "telephone"],
        "mobilised_by": ["usagers", "professionnels"],
        "delivering_structures": ["maison-des-adolescents-permanence-montceau"],
        "tags": ["adolescents", "écoute"],
        "verified_days_ago": 45,
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "allocation-personnalisee-d-autonomie",
        "title": "Allocation personnalisée d’autonomie (APA)",
        "summary": "Une aide pour financer l’aide à domicile ou l’hébergement des personnes âgées en perte "
        "d’autonomie.",
        "themes": ["famille--prise-en-charge-personne-dependante", "famille--soutien-aidants"],
        "service_types": ["aide-financiere"],
        "publics": ["seniors"],
        "age_min": 60,
        "zone_departements": ["71"],
        "conditions": "<p>Avoir 60 ans ou plus et une perte d’autonomie évaluée en GIR 1 à 4.</p>",
        "reception_modes": ["sur-rendez-vous", "a-domicile"],
        "mobilised_by": ["usagers", "professionnels"],
        "documents": [("Dernier avis d’imposition", ""), ("Pièce d’identité", "")],
        "legal_references": [("Code de l’action sociale et des familles, art. L232-1", "")],
        "delivering_structures": ["clic-clunisois"],
        "tags": ["perte d’autonomie", "aide à domicile"],
        "verified_days_ago": 120,
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "consultations-pmi",
        "title": "Consultations de protection maternelle et infantile (PMI)",
        "summary": "Suivi de grossesse, consultations des enfants de moins de 6 ans, vaccinations, "
        "gratuites.",
        "themes": ["sante--acces-aux-soins", "famille--soutien-a-la-parentalite-et-a-leducation"],
        "service_types": ["accompagnement"],
        "publics": ["familles", "femmes"],
        "age_max": 6,
        "zone_departements": ["71"],
        "reception_modes": ["sur-rendez-vous", "a-domicile"],
        "mobilised_by": ["usagers", "professionnels"],
        "delivering_structures": ["mds-cluny", "mds-montceau-les-mines"],
        "tags": ["petite enfance", "grossesse"],
        "verified_days_ago": 60,
    },
    {
        "partner": partners.CCAS_MONTCEAU,
        "slug": "creches-avip",
        "title": "Crèches à vocation d’insertion professionnelle (AVIP)",
        "summary": "Une place en crèche pour son enfant de moins de 3 ans pendant sa recherche "
        "d’emploi ou sa "
        "formation.",
        "themes": ["famille--garde-denfants", "trouver-un-emploi--repondre-a-des-offres-demploi"],
        "service_types": ["accompagnement"],
        "publics": ["familles", "demandeurs-emploi"],
        "age_max": 3,
        "zone_epcis": ["247100290"],
        "conditions": "<p>Parent demandeur d’emploi engagé dans un parcours d’insertion avec France "
        "Travail.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels", "usagers"],
        "fees": "payant",
        "fees_details": "Tarif selon le barème CAF",
        "delivering_structures": ["creche-avip-montceau"],
        "tags": ["garde d’enfant", "emploi"],
        "verified_days_ago": 150,
    },
    {
        "partner": partners.CCAS_CLUNY,
        "slug": "epicerie-sociale-de-cluny",
        "title": "Aide alimentaire – épicerie sociale de Cluny",
        "summary": "Des produits à 10 à 30 % de leur prix pour les foyers aux faibles ressources.",
        "themes": ["equipement-et-alimentation--alimentation"],
        "service_types": ["aide-materielle"],
        "publics": ["tous-publics", "familles"],
        "zone_communes": ["71137"],
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "fees": "payant",
        "fees_details": "Participation symbolique",
        "documents": [("Justificatifs de ressources et de charges", ""), ("Justificatif de domicile", "")],
        "delivering_structures": ["ccas-cluny"],
        "tags": ["aide alimentaire", "colis"],
        "verified_days_ago": 12,
        "network_notes": "<p>Orientation par fiche de liaison : l’envoyer au secrétariat avant 10 h pour un "
        "rendez-vous le jour même.</p>",
    },
    {
        "partner": partners.VILLAGES_SOLIDAIRES,
        "slug": "transport-solidaire",
        "title": "Transport solidaire des villages",
        "summary": "Des bénévoles conduisent les habitants sans voiture à leurs rendez-vous (santé, "
        "démarches).",
        "themes": ["mobilite--mobilite-douce-partagee-collective"],
        "service_types": ["aide-materielle"],
        "publics": ["seniors", "tous-publics"],
        "zone_epcis": ["200071645"],
        "reception_modes": ["telephone"],
        "mobilised_by": ["usagers", "professionnels"],
        "fees": "payant",
        "fees_details": "Participation aux frais kilométriques",
        "delivering_structures": ["centre-social-de-matour"],
        "tags": ["mobilité"],
        "verified_days_ago": 200,
    },
]
