"""Fiches réflexes on housing: unpaid rent, energy cut announced, person without an address."""

from infopublic.demo import partners

from .procedure import REFLEX, reflex_body

FSL_71 = (
    "Fonds de solidarité pour le logement de Saône-et-Loire",
    "fonds-de-solidarite-logement",
    partners.DEPARTEMENT,
)

HOUSING_GUIDES = [
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fiche-reflexe-impaye-de-loyer",
        "title": "Fiche réflexe : impayé de loyer et menace d’expulsion",
        "kind": REFLEX,
        "summary": "Que faire dès le premier impayé de loyer pour éviter l’expulsion : les questions à "
        "poser, les démarches du jour, les interlocuteurs et les délais.",
        "themes": [
            "logement-hebergement--reduire-les-impayes-de-loyer",
            "logement-hebergement--se-maintenir-dans-le-logement",
        ],
        "tags": ["expulsion", "impayé de loyer", "commandement de payer", "huissier"],
        "verified_days_ago": 40,
        "body": reflex_body(
            alert="Plus on agit tôt, plus il y a de solutions : <b>dès le premier impayé</b>. Une personne "
            "qui reçoit un commandement de payer ou une assignation a des délais courts.",
            ask=[
                "Combien de mois de loyer sont impayés, depuis quand, et pourquoi (baisse de ressources, "
                "séparation, aide au logement suspendue) ?",
                "Quels courriers a-t-elle reçus : relance du bailleur, commandement de payer par un "
                "commissaire de justice, assignation au tribunal, jugement ?",
                "Le bailleur est-il un organisme HLM ou un particulier ? Perçoit-elle une aide au logement ?",
                "Quelles ressources et quelles charges aujourd’hui ? Un travailleur social la suit-il déjà ?",
            ],
            now=[
                (
                    "Reprendre le paiement du loyer courant",
                    "Même partiellement : c’est le premier signe de "
                    "bonne foi, et la condition de la plupart des aides.",
                ),
                (
                    "Contacter le bailleur",
                    "Proposer un plan d’apurement écrit ; la CAF ou la MSA maintient "
                    "l’aide au logement quand un plan est signé et respecté.",
                ),
                (
                    "Vérifier les droits",
                    "Aide au logement à jour, RSA, prime d’activité : une simulation "
                    "sur le site de la CAF suffit souvent à trouver un droit non demandé.",
                ),
                (
                    "Orienter vers un travailleur social",
                    "MDS ou CCAS, pour une demande au FSL (maintien "
                    "dans le logement) et, si besoin, une saisine de la commission de prévention des "
                    "expulsions.",
                ),
                (
                    "En cas d’assignation",
                    "La personne doit aller à l’audience : le juge peut accorder des "
                    "délais de paiement jusqu’à trois ans. L’aide juridictionnelle peut payer l’avocat.",
                ),
            ],
            call=[
                "La MDS du secteur (travailleur social) ou le CCAS de la commune.",
                "Le bailleur, ou son service de recouvrement pour un organisme HLM.",
                "L’ADIL, pour un conseil juridique gratuit sur le bail et la procédure.",
            ],
            bring=[
                "Bail et dernier avis d’échéance ou quittance.",
                "Décompte de la dette et tous les courriers reçus (relances, commandement, assignation).",
                "Justificatifs de ressources des trois derniers mois et attestation de la CAF ou de la MSA.",
            ],
            tip="Depuis 2023, le commandement de payer laisse six semaines pour régler ou contester : "
            "regarder la date de l’acte. Pendant la trêve hivernale (1er novembre – 31 mars), "
            "l’expulsion ne peut pas être exécutée, mais la procédure continue.",
            fiches=[
                FSL_71,
                ("Aides au logement (APL, ALS, ALF)", "aides-au-logement"),
                ("Aide juridictionnelle", "aide-juridictionnelle"),
                ("Droit au logement opposable (DALO)", "dalo"),
                (
                    "Mesure d’accompagnement social personnalisé (MASP)",
                    "mesure-d-accompagnement-social-personnalise",
                ),
                ("MDS de Cluny", "mds-cluny"),
                ("MDS de Montceau-les-Mines", "mds-montceau-les-mines"),
                ("CCAS de Cluny", "ccas-cluny"),
                ("CCAS de Montceau-les-Mines", "ccas-montceau-les-mines"),
                ("Point-justice de Montceau-les-Mines", "point-justice-montceau-les-mines"),
                ("Point-justice de Mâcon", "point-justice-macon"),
            ],
            sites=[("Service public : expulsion locative", "https://www.service-public.fr")],
        ),
        "network_notes": "<p>La commission de prévention des expulsions (CCAPEX) peut être saisie par la "
        "MDS. Le diagnostic social et financier demandé avant l’audience est fait par la MDS : prévenir "
        "la personne qu’elle sera contactée.</p>",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fiche-reflexe-coupure-d-energie",
        "title": "Fiche réflexe : coupure d’électricité ou de gaz annoncée",
        "kind": REFLEX,
        "summary": "Un courrier annonce une coupure ou une réduction de puissance : comment gagner du temps, "
        "quelles aides demander et à qui.",
        "themes": [
            "logement-hebergement--se-maintenir-dans-le-logement",
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
        ],
        "tags": ["coupure", "électricité", "gaz", "énergie", "facture"],
        "verified_days_ago": 30,
        "body": reflex_body(
            alert="Une coupure se prépare par courriers successifs : <b>agir avant la date annoncée</b>. "
            "L’eau ne peut jamais être coupée dans la résidence principale pour un impayé.",
            ask=[
                "Quel fournisseur, quel montant, quelle date de coupure annoncée ? Le courrier est-il une "
                "relance ou un préavis de coupure ?",
                "Le logement est-il chauffé à l’électricité, au gaz, au fioul, au bois ?",
                "La personne a-t-elle reçu et utilisé un chèque énergie cette année ?",
                "Y a-t-il des enfants, une personne malade ou un appareil médical dans le logement ?",
            ],
            now=[
                (
                    "Appeler le fournisseur avec la personne",
                    "Demander un échéancier et le report de la "
                    "coupure ; noter le nom de l’interlocuteur et la date.",
                ),
                ("Utiliser le chèque énergie", "Il peut payer directement une facture en retard."),
                (
                    "Demander une aide",
                    "Un travailleur social de la MDS ou du CCAS dépose une demande au FSL "
                    "(volet énergie) ; la signaler au fournisseur, qui doit en tenir compte pendant son "
                    "examen.",
                ),
                (
                    "Compléter si besoin",
                    "Aide du CCAS aux factures d’énergie, aide financière d’urgence du "
                    "Département pour un fioul ou du bois.",
                ),
            ],
            call=[
                "Le fournisseur (numéro sur la facture).",
                "La MDS ou le CCAS, pour le FSL et les aides facultatives.",
                "Le médiateur national de l’énergie en cas de désaccord persistant avec le fournisseur.",
            ],
            bring=[
                "La dernière facture et le courrier de relance ou de préavis.",
                "Le chèque énergie s’il n’a pas été utilisé.",
                "Les justificatifs de ressources des trois derniers mois.",
            ],
            tip="Du 1er novembre au 31 mars (trêve hivernale), le fournisseur ne peut pas couper "
            "l’électricité ou le gaz de la résidence principale ; la dette continue pourtant de courir.",
            fiches=[
                FSL_71,
                ("Chèque énergie", "cheque-energie"),
                ("Aide du CCAS de Cluny aux factures d’énergie", "aide-aux-factures-d-energie-cluny"),
                ("Aide financière d’urgence du Département", "aide-financiere-d-urgence"),
                ("MDS de Cluny", "mds-cluny"),
                ("CCAS de Montceau-les-Mines", "ccas-montceau-les-mines"),
            ],
            sites=[
                ("Énergie-Info, le site du médiateur national de l’énergie", "https://www.energie-info.fr")
            ],
        ),
        "network_notes": "<p>Coupure annoncée sous 48 h : appeler la MDS avant 10 h, la commission "
        "d’urgence du FSL se tient le jeudi.</p>",
    },
    {
        "partner": partners.CCAS_CLUNY,
        "slug": "fiche-reflexe-sans-adresse-domiciliation",
        "title": "Fiche réflexe : une personne sans adresse (domiciliation)",
        "kind": REFLEX,
        "summary": "Sans adresse stable, on ne peut ni recevoir son courrier ni ouvrir ses droits : la "
        "domiciliation au CCAS est un droit. Comment l’obtenir et que faire pour dormir ce soir.",
        "themes": [
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
            "logement-hebergement--rechercher-une-solution-dhebergement-temporaire",
        ],
        "tags": ["domiciliation", "sans domicile fixe", "SDF", "adresse", "courrier", "115"],
        "verified_days_ago": 25,
        "body": reflex_body(
            alert="Si la personne n’a pas d’abri pour la nuit, <b>appeler le 115</b> avant tout le reste.",
            ask=[
                "Où dort-elle ce soir ? Depuis quand est-elle sans logement ?",
                "Quel lien avec la commune : y vit-elle, y travaille-t-elle, y a-t-elle de la famille, "
                "un suivi social ou médical ?",
                "Quels droits sont ouverts ou à ouvrir (RSA, CAF, Assurance maladie, France Travail) ?",
                "A-t-elle une pièce d’identité ? Sinon, qu’est-elle devenue (perte, vol, retenue) ?",
            ],
            now=[
                ("Mettre à l’abri si besoin", "Appeler le 115 avec la personne, ou lui donner le numéro."),
                (
                    "Demander la domiciliation au CCAS",
                    "Le CCAS domicilie les personnes qui ont un lien "
                    "avec la commune ; un refus doit être écrit, motivé et orienter vers un autre organisme "
                    "agréé.",
                ),
                (
                    "Remettre l’attestation d’élection de domicile",
                    "Valable un an et renouvelable ; la "
                    "personne doit passer ou se manifester au moins une fois tous les trois mois.",
                ),
                (
                    "Ouvrir les droits à cette adresse",
                    "RSA, Assurance maladie, inscription à France Travail, demande de logement social.",
                ),
            ],
            call=[
                "Le 115 (gratuit, jour et nuit) pour un hébergement d’urgence.",
                "Le CCAS de la commune pour la domiciliation.",
                "Le SIAO, par un travailleur social, pour une demande d’hébergement ou de logement "
                "accompagné.",
            ],
            bring=[
                "Une pièce d’identité ou un titre de séjour, s’il y en a un.",
                "Tout document montrant un lien avec la commune (attestation, contrat, suivi médical).",
            ],
            tip="Pas de pièce d’identité ? La domiciliation permet justement de la refaire : la demander "
            "quand même.",
            fiches=[
                ("Domiciliation", "domiciliation"),
                ("115 – urgence sociale", "115-urgence-sociale"),
                ("Revenu de solidarité active (RSA)", "rsa"),
                ("Aide alimentaire d’urgence du CCAS de Cluny", "aide-alimentaire-d-urgence-cluny"),
                ("CCAS de Cluny", "ccas-cluny"),
                ("CCAS de Montceau-les-Mines", "ccas-montceau-les-mines"),
                ("SIAO de Saône-et-Loire", "siao-saone-et-loire"),
            ],
            sites=[("Service public : domiciliation", "https://www.service-public.fr")],
        ),
        "network_notes": "<p>Domiciliation au CCAS de Montceau-les-Mines : dossier complet exigé ; appeler "
        "avant pour les personnes sans pièce d’identité.</p>",
    },
]
