"""`python -m tests.production.seed`: the small site the production test serves (run with the production
environment, after `migrate`). Prints the ids the test needs, as JSON."""

import json

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402

from infopublic.territories.loading import load_departement  # noqa: E402
from infopublic.territories.models import Commune  # noqa: E402
from infopublic.territories.sources import load_fixture  # noqa: E402
from tests.factories import (  # noqa: E402
    GlossaryTermFactory,
    PartnerPageFactory,
    SchemePageFactory,
    StructurePageFactory,
    make_home_page,
)

MACON = "71270"
ADMIN = ("prodtest-admin", "prodtest-Motdepasse-2026")


def main():
    load_departement(load_fixture("71"))
    home = make_home_page()
    partner = PartnerPageFactory(parent=home, title="Département de Saône-et-Loire")
    macon = Commune.objects.get(code=MACON)
    structure = StructurePageFactory(
        parent=partner,
        title="Maison départementale des solidarités de Mâcon",
        commune=macon,
        latitude=macon.latitude,
        longitude=macon.longitude,
    )
    schemes = [
        SchemePageFactory(
            parent=partner,
            title=title,
            summary=summary,
            zone_national=True,
        )
        for title, summary in (
            ("Aide au chauffage zqprod", "Une aide pour payer le chauffage de l’hiver."),
            ("Secours alimentaire zqprod", "Des colis et des bons alimentaires."),
            ("Microcrédit personnel zqprod", "Un prêt accompagné pour un projet."),
            ("Bourse aux permis zqprod", "Financer une partie du permis de conduire."),
        )
    ]
    for scheme in schemes:
        scheme.delivering_structures.add(structure)
        scheme.save_revision().publish()
    structure.save_revision().publish()
    term = GlossaryTermFactory(acronym="ZQAP", expansion="zqancien sigle")
    get_user_model().objects.create_superuser(ADMIN[0], "prodtest@example.org", ADMIN[1])
    print(
        json.dumps(
            {
                "commune": MACON,
                "schemes": [scheme.pk for scheme in schemes],
                "scheme_urls": [scheme.url for scheme in schemes],
                "glossary_term": term.pk,
            }
        )
    )


if __name__ == "__main__":
    main()
