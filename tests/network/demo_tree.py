"""A small demo tree (load_demo with two town halls and the demo users), built once per test class."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase

from infopublic.directory.models import StructurePage
from infopublic.network.models import PartnerPage

SMALL_DEMO = ["--town-halls", "71137,71289", "--with-users"]


def load_small_demo():
    call_command("load_demo", *SMALL_DEMO, stdout=StringIO(), stderr=StringIO())


class DemoTreeTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_small_demo()
        users = get_user_model().objects
        cls.coordination = users.get(username="coordination")
        cls.editor = users.get(username="editeur-ccas-cluny")
        cls.villages_editor = users.get(username="editeur-villages-solidaires")
        cls.accueil = users.get(username="accueil")
        cls.ccas_cluny = PartnerPage.objects.get(slug="ccas-de-cluny")
        cls.villages = PartnerPage.objects.get(slug="villages-solidaires")
        cls.home = cls.ccas_cluny.get_parent().specific
        cls.ccas_structure = StructurePage.objects.get(slug="ccas-cluny")
        cls.villages_structure = StructurePage.objects.get(slug="centre-social-de-matour")
