"""The guides of the demo network, their StreamField bodies written with the shared block set.

The fiches réflexes of the desk are in `reflex_guides`.
"""

from . import partners
from .links import fiche_link


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


def bullets(*items):
    return paragraph("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def fiche_links(*items):
    """Links to fiches by slug, `(label, slug)` or `(label, slug, partner)`; resolved at build time."""
    return {"type": "links", "value": [fiche_link(*item) for item in items]}


GUIDES = [
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
