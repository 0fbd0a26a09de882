"""The guides of the demo network, their StreamField bodies written with the shared block set."""

from . import partners


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def callout(kind, html):
    return {"type": "callout", "value": {"kind": kind, "text": html}}


def steps(*items):
    return {
        "type": "steps",
        "value": {"steps": [{"title": title, "detail": detail} for title, detail in items]},
    }


def links(*items):
    return {"type": "links", "value": [{"label": label, "page": None, "url": url} for label, url in items]}


GUIDES = [
    {
        "partner": partners.DEPARTEMENT,
        "slug": "fiche-reflexe-impaye-de-loyer",
        "title": "Fiche réflexe : impayé de loyer et menace d’expulsion",
        "kind": "fiche-reflexe",
        "summary": "Que faire dès le premier impayé de loyer pour éviter l’expulsion : les bons "
        "interlocuteurs "
        "et les délais.",
        "themes": [
            "logement-hebergement--reduire-les-impayes-de-loyer",
            "logement-hebergement--se-maintenir-dans-le-logement",
        ],
        "tags": ["expulsion", "impayé de loyer"],
        "verified_days_ago": 40,
        "body": [
            callout(
                "warning", "<p>Plus on agit tôt, plus il y a de solutions : <b>dès le premier impayé</b>.</p>"
            ),
            heading("Les premiers gestes"),
            steps(
                ("Faire le point sur la dette", "<p>Montant, date du premier impayé, courriers reçus.</p>"),
                (
                    "Prévenir la CAF ou la MSA",
                    "<p>L’aide au logement peut être maintenue avec un plan d’apurement.</p>",
                ),
                (
                    "Orienter vers un travailleur social",
                    "<p>MDS ou CCAS : demande au FSL, plan d’apurement avec le bailleur.</p>",
                ),
            ),
            heading("En cas de commandement de payer ou d’assignation"),
            paragraph(
                "<p>La personne doit se présenter à l’audience : le juge peut accorder des délais. "
                "Une aide juridictionnelle est possible.</p>"
            ),
            links(("Service public : expulsion locative", "https://www.service-public.fr")),
        ],
        "network_notes": "<p>La commission de prévention des expulsions (CCAPEX) peut être saisie "
        "par la MDS.</p>",
    },
    {
        "partner": partners.DEPARTEMENT,
        "slug": "procedure-premiere-demande-rsa",
        "title": "Procédure : accompagner une première demande de RSA",
        "kind": "procedure",
        "summary": "Les étapes d’une première demande de RSA, de la simulation au contrat d’engagement.",
        "themes": ["difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"],
        "tags": ["RSA", "accès aux droits"],
        "verified_days_ago": 100,
        "body": [
            paragraph("<p>Cette procédure s’adresse aux accueils de premier niveau du réseau.</p>"),
            steps(
                ("Vérifier l’éligibilité", "<p>Âge, résidence, ressources des trois derniers mois.</p>"),
                (
                    "Réunir les pièces",
                    "<p>Identité, RIB, justificatifs de ressources, numéro de sécurité sociale.</p>",
                ),
                ("Déposer la demande en ligne", "<p>Avec la personne, sur son compte CAF ou MSA.</p>"),
                ("Expliquer la suite", "<p>Orientation par le Département et contrat d’engagement.</p>"),
            ),
            callout("tip", "<p>Sans adresse stable, proposer d’abord une domiciliation au CCAS.</p>"),
        ],
    },
    {
        "partner": partners.CCAS_CLUNY,
        "slug": "actualite-reseau-clunisois",
        "title": "Actualité du réseau : nouvelle réunion des partenaires du Clunisois",
        "kind": "actualite",
        "summary": "Les partenaires du premier accueil du Clunisois et de Saint-Cyr Mère Boitier se "
        "retrouvent chaque trimestre.",
        "themes": ["remobilisation--lien-social"],
        "tags": ["réseau", "premier accueil"],
        "verified_days_ago": 10,
        "body": [
            paragraph(
                "<p>La prochaine réunion du réseau de premier accueil se tiendra au centre social de "
                "Cluny. Au programme : les permanences France services itinérantes et le transport "
                "solidaire.</p>"
            ),
            callout("info", "<p>Chaque partenaire peut proposer un sujet au CCAS de Cluny.</p>"),
        ],
    },
]
