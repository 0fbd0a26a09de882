"""A structure's referral settings: shown wherever it is listed, the capacity only while it is fresh."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError

import pytest

from infopublic.directory.models import StructurePage

pytestmark = pytest.mark.django_db


def test_capacity_expires_after_its_validity(network):
    structure = network.structure_a
    today = date.today()
    structure.capacity_updated_on = today - timedelta(days=14)
    structure.capacity_valid_days = 14
    assert structure.capacity_in_force(today) == "limited"
    assert structure.capacity_label(today) == "Places limitées"
    assert structure.capacity_in_force(today + timedelta(days=1)) == ""
    structure.capacity = ""
    assert structure.capacity_label(today) == ""


def test_clean_dates_a_new_capacity_and_refuses_the_future(network):
    structure = StructurePage(title="X", capacity="full")
    structure.clean()
    assert structure.capacity_updated_on == date.today()
    structure.capacity_updated_on = date.today() + timedelta(days=2)
    with pytest.raises(ValidationError):
        structure.clean()


def test_structure_page_and_lists_show_capacity_and_the_referral_button(client, network):
    url = network.structure_a.url
    public = client.get(url).content.decode()
    assert "Places limitées" in public
    assert "/reseau/orientations/nouvelle/" not in public
    client.force_login(network.member)
    member = client.get(url).content.decode()
    assert f"/reseau/orientations/nouvelle/?structure={network.structure_a.pk}" in member
    commune = client.get(f"/communes/{network.commune.code}/").content.decode()
    assert "Places limitées" in commune and "/reseau/orientations/nouvelle/" in commune


def test_an_old_capacity_is_not_shown(client, network):
    structure = network.structure_a
    structure.capacity_updated_on = date.today() - timedelta(days=60)
    structure.save_revision().publish()
    assert "Places limitées" not in client.get(structure.url).content.decode()


def test_the_admin_edit_form_has_the_referrals_tab(client, network, admin_user):
    client.force_login(admin_user)
    page = client.get(f"/admin/pages/{network.structure_a.pk}/edit/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="accepts_referrals"' in html and 'name="capacity_valid_days"' in html
