"""The shape shared by every fiche réflexe: alert, what to ask, what to do now, whom to call, what to bring,
then the schemes and doors to open (by slug) and the reference sites."""

from infopublic.demo.guides import bullets, callout, fiche_links, heading, links, steps

REFLEX = "fiche-reflexe"


def reflex_body(*, alert, ask, now, call, bring, fiches, sites=(), tip=""):
    body = [
        callout("warning", f"<p>{alert}</p>"),
        heading("Ce qu’il faut demander"),
        bullets(*ask),
        heading("Ce qu’il faut faire tout de suite"),
        steps(*[(title, f"<p>{detail}</p>") for title, detail in now]),
        heading("Qui appeler"),
        bullets(*call),
        heading("Ce que la personne doit apporter"),
        bullets(*bring),
    ]
    if tip:
        body.append(callout("tip", f"<p>{tip}</p>"))
    body += [heading("Dispositifs et portes d’entrée"), fiche_links(*fiches)]
    if sites:
        body += [heading("Pour en savoir plus", "h3"), links(*sites)]
    return body
