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
        "conditions": "<p>Être inscrit à France Travail, vouloir travailler et rencontrer des difficultés "
        "sociales qui freinent le retour à l’emploi (logement, santé, mobilité, garde d’enfants, "
        "budget).</p>",
        "benefits": "<p>Un binôme : un conseiller France Travail dédié et un travailleur social de la MDS, "
        "qui préparent ensemble un plan d’action avec la personne, la voient à un rythme rapproché pendant "
        "une durée fixée au départ, et mobilisent les aides du territoire (FSL, mobilité, crèches AVIP, "
        "santé).</p>",
        "how_to_apply": "<p>Proposé par le conseiller France Travail après un diagnostic, ou demandé par le "
        "travailleur social de la MDS ; la personne donne son accord.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "what_to_say": "Parlez-en à votre conseiller France Travail ou à l’assistante sociale de la MDS.",
        "steps": [
            ("Diagnostic partagé", "Le conseiller et le travailleur social font le point avec la personne."),
            ("Plan d’action", "Objectifs d’emploi et démarches sociales, signés ensemble."),
            (
                "Rendez-vous réguliers et bilan",
                "Le binôme ajuste le plan ; bilan à la fin de la durée prévue.",
            ),
        ],
        "legal_references": [("Protocole national sur l’approche globale de l’accompagnement (2014)", "")],
        "delivering_structures": ["mds-cluny", "mds-montceau-les-mines"],
        "handled_by": ["france-travail", "maisons-des-solidarites"],
        "tags": ["emploi", "insertion", "binôme", "freins périphériques"],
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
        "conditions": "<p>Habiter la Saône-et-Loire et avoir des ressources inférieures au plafond du "
        "règlement intérieur du FSL adopté par le Département ; pour le maintien, avoir repris le loyer "
        "courant.</p>",
        "benefits": "<ul><li>Accès : dépôt de garantie, premier loyer, assurance habitation.</li>"
        "<li>Maintien : apurement d’impayés de loyer.</li><li>Énergie et eau : factures impayées.</li>"
        "<li>Accompagnement social lié au logement.</li></ul><p>En subvention ou en prêt sans intérêt.</p>",
        "how_to_apply": "<p>Dossier instruit par un travailleur social (MDS, CCAS) et présenté en "
        "commission.</p><p>Le FSL est un cadre national ; cette fiche décrit sa mise en œuvre en "
        "Saône-et-Loire, selon le règlement intérieur départemental.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels"],
        "documents": [
            ("Bail et dernier avis d’échéance", ""),
            ("Facture ou relevé de dette", ""),
            ("Justificatifs de ressources", ""),
        ],
        "legal_references": [
            ("Loi n° 90-449 du 31 mai 1990, art. 6 (droit au logement)", ""),
            ("Décret n° 2005-212 du 2 mars 2005 relatif aux fonds de solidarité pour le logement", ""),
        ],
        "delivering_structures": [
            "mds-cluny",
            "mds-montceau-les-mines",
            "ccas-cluny",
            "ccas-montceau-les-mines",
        ],
        "handled_by": ["maisons-des-solidarites", "ccas-cias"],
        "tags": ["impayé de loyer", "énergie", "règlement intérieur départemental"],
        "verified_days_ago": 35,
        "to_complete": "plafonds de ressources et montants du règlement intérieur du FSL",
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
        "conditions": "<p>Habiter la Saône-et-Loire et faire face à un besoin vital immédiat que les "
        "ressources ne couvrent pas ; évaluation par un travailleur social.</p>",
        "benefits": "<p>Un secours ponctuel, pas un complément de revenu : chèque d’accompagnement "
        "personnalisé (alimentation, hygiène), paiement direct d’un fournisseur ou virement.</p>",
        "how_to_apply": "<p>Demande instruite par un travailleur social de la MDS ou du CCAS ; décision le "
        "jour même ou sous quelques jours.</p>",
        "reception_modes": ["sans-rendez-vous", "telephone"],
        "mobilised_by": ["professionnels"],
        "what_to_say": "Présentez-vous à la MDS ou au CCAS de votre commune avec vos justificatifs.",
        "amounts": [
            (
                "Plafond par foyer",
                "300.00",
                datetime.date(2026, 1, 1),
                datetime.date(2026, 12, 31),
                "Montant illustratif ; au-delà, passage en commission",
                "an",
            )
        ],
        "documents": [("Pièce d’identité", ""), ("Justificatifs de ressources et de charges", "")],
        "delivering_structures": ["mds-cluny", "mds-montceau-les-mines"],
        "handled_by": ["maisons-des-solidarites", "ccas-cias"],
        "tags": ["secours", "urgence", "chèque d’accompagnement personnalisé"],
        "verified_days_ago": 15,
        "to_complete": "plafond annuel et formes de l’aide (règlement départemental des aides financières)",
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
        "publics_details": "Adolescents de 11 à 21 ans, seuls ou accompagnés, et leurs parents ; les "
        "professionnels peuvent appeler pour un avis.",
        "age_min": 11,
        "age_max": 21,
        "zone_departements": ["71"],
        "benefits": "<p>Une équipe de psychologues, éducateurs et infirmiers : quelques entretiens d’écoute, "
        "puis une orientation vers le bon suivi (centre médico-psychologique, médecin, service social). "
        "Permanences sur plusieurs sites du département, dont Montceau-les-Mines.</p>",
        "how_to_apply": "<p>Sans rendez-vous pendant les permanences, ou sur rendez-vous par téléphone. Ce "
        "n’est pas un service d’urgence : en cas de danger, le 15 ou le 3114.</p>",
        "what_to_say": "Tu peux venir seul, sans rendez-vous pendant la permanence : c’est gratuit et "
        "confidentiel.",
        "fees_details": "Gratuit, anonyme et confidentiel",
        "reception_modes": ["sans-rendez-vous", "sur-rendez-vous", "telephone"],
        "mobilised_by": ["usagers", "professionnels"],
        "delivering_structures": ["maison-des-adolescents-permanence-montceau"],
        "tags": ["adolescents", "écoute", "mal-être", "harcèlement", "parents"],
        "verified_days_ago": 45,
        "to_complete": "lieux et jours des permanences hors Montceau-les-Mines",
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
        "conditions": "<p>Parent d’un enfant de moins de 3 ans, sans emploi ou en reprise de formation, "
        "habitant la communauté urbaine Creusot Montceau, qui s’engage dans un accompagnement renforcé vers "
        "l’emploi (France Travail, mission locale).</p>",
        "benefits": "<p>Une place en crèche réservée pendant la recherche d’emploi, avec un accompagnement "
        "intensif du parent ; la place est gardée quand il retrouve un emploi ou entre en formation. Label "
        "national de la CNAF et de l’État.</p>",
        "how_to_apply": "<p>Orientation par le conseiller France Travail ou un travailleur social, puis "
        "entretien d’admission à la crèche.</p>",
        "reception_modes": ["sur-rendez-vous"],
        "mobilised_by": ["professionnels", "usagers"],
        "fees": "payant",
        "fees_details": "Tarif selon le barème CAF",
        "delivering_structures": ["creche-avip-montceau"],
        "handled_by": ["creches-avip", "france-travail"],
        "tags": ["garde d’enfant", "emploi", "mode de garde", "crèche"],
        "verified_days_ago": 150,
        "to_complete": "nombre de places AVIP et durée d’accueil",
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
        "conditions": "<p>Habiter la communauté de communes de Saint-Cyr Mère Boitier, sans voiture ni "
        "proche disponible ; adhérer à l’association.</p>",
        "benefits": "<p>Un chauffeur bénévole emmène la personne à un rendez-vous médical, une démarche, des "
        "courses ou un entretien d’embauche, et la ramène.</p>",
        "how_to_apply": "<p>Réserver au centre social de Matour au moins 48 h à l’avance.</p>",
        "reception_modes": ["telephone"],
        "mobilised_by": ["usagers", "professionnels"],
        "fees": "payant",
        "fees_details": "Adhésion et participation aux frais kilométriques",
        "what_to_say": "Appelez le centre social de Matour deux jours avant votre rendez-vous.",
        "delivering_structures": ["centre-social-de-matour"],
        "handled_by": ["fcsf"],
        "to_complete": "montant de l’adhésion et tarif au kilomètre",
        "tags": ["mobilité", "transport", "chauffeur bénévole", "rendez-vous médical"],
        "verified_days_ago": 200,
    },
]
