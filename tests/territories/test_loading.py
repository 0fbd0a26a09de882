import pytest

from infopublic.territories.models import EPCI, Commune


@pytest.mark.django_db
def test_load_territories_loads_every_commune_of_71_idempotently(territories_71):
    from django.core.management import call_command

    call_command("load_territories", "--departement", "71")
    assert Commune.objects.filter(departement="71").count() == 563
    assert EPCI.objects.count() == 20
    cluny = Commune.objects.get(code="71137")
    assert cluny.name == "Cluny"
    assert cluny.epci is not None
    assert "71250" in cluny.postal_code_list
    assert 46.3 < cluny.latitude < 46.5
    saint_prix = Commune.objects.get(code="71472")
    assert 46.9 < saint_prix.latitude < 47.1 and 4.0 < saint_prix.longitude < 4.2
