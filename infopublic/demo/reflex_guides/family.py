"""Fiches réflexes on people at risk in their family life: domestic violence, a young person leaving the
ASE, an elderly person alone after a hospital stay."""

from infopublic.demo import partners

from .procedure import REFLEX, reflex_body

FAMILY_GUIDES = [
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fiche-reflexe-violences-conjugales",
        "title": "Fiche réflexe : une personne révèle des violences conjugales",
        "kind": REFLEX,
        "summary": "Accueillir la parole, évaluer le danger, mettre à l’abri si besoin et orienter vers les "
        "bons relais, sans mettre la personne en risque.",
        "themes": [
            "famille--surmonter-conflits-separation-violence",
            "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire",
        ],
        "tags": ["violences conjugales", "violences faites aux femmes", "3919", "plainte", "mise à l’abri"],
        "verified_days_ago": 20,
        "body": reflex_body(
            alert="Danger immédiat : appeler le <b>17</b> (ou le 112). Une personne qui ne peut pas parler "
            "peut envoyer un SMS au <b>114</b>.",
            ask=[
                "Êtes-vous en sécurité aujourd’hui ? Pouvez-vous rentrer chez vous ce soir ?",
                "Y a-t-il des enfants au domicile ? Sont-ils exposés aux violences ?",
                "Les violences s’aggravent-elles (menaces de mort, strangulation, arme, grossesse, "
                "séparation en cours) ? Ce sont des signes de danger grave.",
                "Qui est déjà au courant : médecin, famille, travailleur social, gendarmerie ?",
            ],
            now=[
                (
                    "Recevoir la parole",
                    "Dans un bureau fermé, sans le conjoint. Croire la personne, lui "
                    "dire que les violences sont interdites par la loi et qu’elle n’y est pour rien.",
                ),
                (
                    "Évaluer le danger avec elle",
                    "Si le danger est grave, proposer d’appeler ensemble le 17 "
                    "ou le 115 pour une mise à l’abri, ce jour.",
                ),
                (
                    "Informer sans imposer",
                    "Le 3919 écoute, anonymement et gratuitement, jour et nuit. Porter "
                    "plainte est possible dans tout commissariat ou brigade, qui doit l’enregistrer.",
                ),
                (
                    "Préparer la suite",
                    "Certificat médical, mise en sécurité des papiers, ordonnance de "
                    "protection auprès du juge aux affaires familiales, aide universelle d’urgence de la CAF "
                    "après une plainte.",
                ),
                (
                    "Protéger les enfants",
                    "Des enfants en danger : appeler le 119 ou transmettre une "
                    "information préoccupante au Département.",
                ),
            ],
            call=[
                "Le 17 ou le 112 en cas de danger immédiat ; le 114 par SMS.",
                "Le 3919, Violences Femmes Info, pour l’écoute et l’orientation.",
                "Le CIDFF ou un point-justice, pour les droits et la procédure.",
                "Le travailleur social de la MDS, pour l’hébergement, les aides et les enfants.",
            ],
            bring=[
                "Pièces d’identité, titre de séjour, livret de famille, carte Vitale : les mettre à l’abri "
                "(copies chez une personne de confiance).",
                "Certificats médicaux, photos, messages, témoignages.",
                "Relevés bancaires et justificatifs de ressources.",
            ],
            tip="Ne jamais contacter le conjoint ni proposer une médiation. Convenir avec la personne d’un "
            "moyen sûr de la joindre.",
            fiches=[
                ("3919 – Violences Femmes Info", "3919-violences-femmes-info"),
                ("115 – urgence sociale", "115-urgence-sociale"),
                ("119 – Allô Enfance en danger", "119-enfance-en-danger"),
                ("116 006 – aide aux victimes", "116006-aide-aux-victimes"),
                ("Aide juridictionnelle", "aide-juridictionnelle"),
                ("Aide financière d’urgence du Département", "aide-financiere-d-urgence"),
                ("MDS de Cluny", "mds-cluny"),
                ("MDS de Montceau-les-Mines", "mds-montceau-les-mines"),
                ("CIDFF – Mâcon", "cidff-macon"),
                ("CIDFF – Chalon-sur-Saône", "cidff-chalon-sur-saone"),
                ("CIDFF – Montceau-les-Mines", "cidff-montceau-les-mines"),
                ("CIDFF – Louhans", "cidff-louhans"),
                ("SIAO de Saône-et-Loire", "siao-saone-et-loire"),
                ("Point-justice", "point-justice"),
            ],
            sites=[("Signaler des violences en ligne", "https://arretonslesviolences.gouv.fr")],
        ),
        "network_notes": "<p>Mise à l’abri le jour même : passer par le travailleur social de permanence "
        "de la MDS, qui fait le lien avec le SIAO.</p>",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fiche-reflexe-jeune-sortant-ase",
        "title": "Fiche réflexe : un jeune qui sort de l’aide sociale à l’enfance",
        "kind": REFLEX,
        "summary": "Un jeune de 18 à 21 ans, confié à l’ASE pendant sa minorité, se retrouve sans solution : "
        "son droit à un accompagnement jeune majeur, les ressources et le logement.",
        "themes": [
            "famille--soutien-a-la-parentalite-et-a-leducation",
            "logement-hebergement--rechercher-une-solution-dhebergement-temporaire",
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
        ],
        "tags": ["ASE", "contrat jeune majeur", "sortie de placement", "jeune majeur", "18-21 ans"],
        "verified_days_ago": 45,
        "body": reflex_body(
            alert="Jusqu’à 21 ans, un jeune qui a été confié à l’ASE et qui n’a ni ressources ni soutien "
            "familial suffisants a droit à un accompagnement du Département : <b>le lui dire</b>.",
            ask=[
                "A-t-il été confié à l’ASE avant ses 18 ans ? Dans quel département ?",
                "A-t-il un contrat jeune majeur en cours, ou a-t-il quitté le dispositif ? Qui était son "
                "référent ASE ?",
                "Où dort-il ce soir ? A-t-il des ressources (salaire, apprentissage, bourse) ?",
                "A-t-il ses papiers : pièce d’identité ou titre de séjour, carte Vitale, compte bancaire ?",
            ],
            now=[
                (
                    "Contacter son ancien référent ASE",
                    "Par la MDS : demander un accompagnement jeune "
                    "majeur (hébergement, allocation, suivi) ou sa reprise.",
                ),
                ("Mettre à l’abri si besoin", "115, ou foyer de jeunes travailleurs en urgence."),
                (
                    "Ouvrir les droits du jeune",
                    "Assurance maladie et complémentaire santé solidaire, aide au logement, compte bancaire.",
                ),
                (
                    "L’orienter vers la mission locale",
                    "Contrat d’engagement jeune, formation, emploi ; "
                    "secours du fonds d’aide aux jeunes si besoin immédiat.",
                ),
            ],
            call=[
                "La MDS du secteur (service de l’aide sociale à l’enfance).",
                "La mission locale du secteur.",
                "Le 115 si le jeune est sans hébergement ce soir.",
            ],
            bring=[
                "Pièce d’identité ou titre de séjour (ou récépissé).",
                "Derniers documents de l’ASE (décision, contrat jeune majeur).",
                "Carte Vitale, relevé d’identité bancaire.",
            ],
            tip="Un jeune étranger confié à l’ASE doit demander son titre de séjour avant ses 18 ans ou "
            "dans l’année qui suit : vérifier où en est la démarche.",
            fiches=[
                ("Contrat d’engagement jeune", "contrat-engagement-jeune"),
                ("Fonds d’aide aux jeunes (FAJ)", "fonds-d-aide-aux-jeunes"),
                ("Complémentaire santé solidaire", "complementaire-sante-solidaire"),
                ("Aides au logement", "aides-au-logement"),
                ("Garantie Visale (caution gratuite)", "garantie-visale"),
                ("115 – urgence sociale", "115-urgence-sociale"),
                ("MDS de Montceau-les-Mines", "mds-montceau-les-mines"),
                ("MDS de Cluny", "mds-cluny"),
                ("Mission locale de Montceau-les-Mines", "mission-locale-montceau-les-mines"),
                ("Mission locale de Mâcon", "mission-locale-macon"),
                ("Mission locale de Chalon-sur-Saône", "mission-locale-chalon-sur-saone"),
            ],
        ),
        "network_notes": "<p>Le cadre de permanence ASE de la MDS de Montceau-les-Mines retrouve le "
        "référent d’un ancien jeune confié, même d’un autre secteur.</p>",
    },
    {
        "partner": partners.CLIC_CLUNISOIS,
        "slug": "fiche-reflexe-personne-agee-sortie-d-hopital",
        "title": "Fiche réflexe : une personne âgée seule qui rentre de l’hôpital",
        "kind": REFLEX,
        "summary": "Retour à domicile après une hospitalisation, sans entourage : organiser l’aide à "
        "domicile, les repas, la sécurité et le financement dans les premiers jours.",
        "themes": [
            "famille--prise-en-charge-personne-dependante",
            "famille--soutien-aidants",
            "sante--acces-aux-soins",
        ],
        "tags": ["sortie d’hôpital", "personne âgée", "isolement", "maintien à domicile", "APA"],
        "verified_days_ago": 60,
        "body": reflex_body(
            alert="Une personne âgée qui ne peut pas se nourrir, se laver ou se lever seule ne doit pas "
            "rester sans aide : <b>organiser les premiers jours avant tout dossier</b>.",
            ask=[
                "Quand est-elle sortie, de quel service ? Le service social de l’hôpital a-t-il préparé le "
                "retour ?",
                "Qui passe la voir : famille, voisins, infirmier, aide à domicile ?",
                "Peut-elle faire ses courses, ses repas, sa toilette, prendre ses médicaments ?",
                "Perçoit-elle déjà l’APA ou une aide de sa caisse de retraite ?",
            ],
            now=[
                ("Appeler le CLIC ou le CCAS", "Pour une visite à domicile et la coordination des aides."),
                ("Mettre en place les repas", "Portage de repas par le CCAS, en quelques jours."),
                (
                    "Sécuriser le domicile",
                    "Téléassistance ; inscription sur le registre des personnes "
                    "vulnérables de la mairie (canicule, grand froid).",
                ),
                (
                    "Financer l’aide à domicile",
                    "Aide au retour à domicile de la caisse de retraite pour "
                    "quelques semaines ; demande d’APA, qui peut être attribuée à titre provisoire en cas "
                    "d’urgence.",
                ),
                ("Rompre l’isolement", "Transport solidaire pour les rendez-vous, visites de bénévoles."),
            ],
            call=[
                "Le CLIC du secteur, ou le CCAS de la commune.",
                "Le service social de l’hôpital, pour ce qui a été prévu à la sortie.",
                "Le médecin traitant, pour les soins infirmiers et le matériel.",
                "Le 3977 en cas de doute sur une maltraitance.",
            ],
            bring=[
                "Compte rendu d’hospitalisation et ordonnances.",
                "Dernier avis d’imposition, carte Vitale, coordonnées de la caisse de retraite.",
            ],
            fiches=[
                ("Allocation personnalisée d’autonomie (APA)", "allocation-personnalisee-d-autonomie"),
                ("Portage de repas à domicile à Montceau-les-Mines", "portage-de-repas-montceau"),
                ("Téléassistance à domicile", "teleassistance"),
                ("Aide ménagère au titre de l’aide sociale", "aide-menagere-aide-sociale"),
                ("Transport solidaire des villages", "transport-solidaire"),
                ("CLIC du Clunisois", "clic-clunisois"),
                ("CCAS de Cluny", "ccas-cluny"),
                ("Maison locale de l’autonomie de Montceau-les-Mines", "mla-creusot-montceau"),
                ("Maison locale de l’autonomie de Mâcon", "mla-maconnais-clunisois"),
                ("3977 – maltraitance des personnes âgées et handicapées", "3977-maltraitance"),
            ],
        ),
        "network_notes": "<p>Ligne des partenaires du CLIC pour un retour à domicile : visite possible sous "
        "48 h sur tout le Clunisois.</p>",
    },
]
