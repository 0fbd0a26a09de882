"""Load a département's territories (région, département, EPCI, communes) into the database."""

from django.db import transaction

from infopublic.derived.versions import COMMUNES, changed

from .models import EPCI, Commune, Departement, Region
from .sources import build_departement, default_decoupage_dir, load_fixture


def departement_data(code, decoupage_dir=None):
    """The committed fixture when there is one, else built from the source packages."""
    return load_fixture(code) or build_departement(code, decoupage_dir or default_decoupage_dir())


@transaction.atomic
def load_departement(data):
    """Create or update every territory of the data set. Idempotent; returns counts."""
    region, _created = Region.objects.update_or_create(
        code=data["region"]["code"], defaults={"name": data["region"]["nom"]}
    )
    departement, _created = Departement.objects.update_or_create(
        code=data["departement"]["code"], defaults={"name": data["departement"]["nom"], "region": region}
    )
    for epci in data["epcis"]:
        EPCI.objects.update_or_create(
            code=epci["code"],
            defaults={"name": epci["nom"], "kind": epci["type"], "population": epci.get("population")},
        )
    existing = set(Commune.objects.filter(departement=departement).values_list("code", flat=True))
    communes = [
        Commune(
            code=commune["code"],
            name=commune["nom"],
            departement=departement,
            epci_id=commune.get("epci"),
            postal_codes=" ".join(commune.get("codes_postaux") or []),
            population=commune.get("population"),
            latitude=commune.get("latitude"),
            longitude=commune.get("longitude"),
        )
        for commune in data["communes"]
    ]
    Commune.objects.bulk_create([c for c in communes if c.code not in existing], batch_size=500)
    Commune.objects.bulk_update(
        [c for c in communes if c.code in existing],
        ["name", "epci", "postal_codes", "population", "latitude", "longitude"],
        batch_size=500,
    )
    changed(COMMUNES)  # bulk writes send no signal
    return {"departement": departement, "epcis": len(data["epcis"]), "communes": len(communes)}
