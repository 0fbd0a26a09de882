"""A small network for the workshop's tests: two partners, their editors, a member and a coordinator."""

from datetime import date
from html.parser import HTMLParser
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.core.cache import cache

import pytest

from infopublic.network.services import COORDINATORS_GROUP, MEMBERS_GROUP, ensure_roles, setup_partner

from ..factories import (
    PartnerPageFactory,
    SchemePageFactory,
    StructureContactFactory,
    StructurePageFactory,
    UserFactory,
)

XSS_PAYLOADS = [
    "<script>alert('xss')</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">clic</a>',
    '<svg onload="alert(1)"></svg>',
    '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
    '<b onmouseover="alert(1)">gras</b>',
    '"><script>alert(document.cookie)</script>',
]
DANGEROUS_MARKERS = ["<script", "onerror", "javascript:", "<svg", "<iframe", "onmouseover", "onload", "<img"]


class _ExecutableFinder(HTMLParser):
    """Collects what a browser would run: script bodies, event handlers, javascript: and data: URLs."""

    def __init__(self):
        super().__init__()
        self.in_script = False
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.in_script = tag == "script"
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on") or value.startswith(("javascript:", "data:text")):
                self.found.append(f"<{tag} {name}={value!r}>")
            if tag in ("script", "iframe") and name == "src" and "alert" in value:
                self.found.append(f"<{tag} src={value!r}>")
        if tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        if self.in_script and "alert" in data:
            self.found.append(f"<script>{data}</script>")


def assert_nothing_executes(html):
    """A rendered page with no script, handler or URL that the hostile payloads could have brought in."""
    finder = _ExecutableFinder()
    finder.feed(html)
    assert finder.found == [], finder.found


def assert_harmless(text):
    lowered = text.lower()
    for marker in DANGEROUS_MARKERS:
        assert marker not in lowered, f"{marker!r} found in {text!r}"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def network(home_page):
    """Partner A (a structure, overdue) and partner B (a scheme, fresh), each with one editor."""
    ensure_roles()
    partner_a = PartnerPageFactory(parent=home_page, title="CCAS de Mâcon", slug="ccas-macon")
    partner_b = PartnerPageFactory(parent=home_page, title="CAF de Saône-et-Loire", slug="caf-71")
    editor_a = UserFactory(username="editrice-a", email="a@ccas.example")
    editor_b = UserFactory(username="editeur-b", email="b@caf.example")
    setup_partner(partner_a, editors=[editor_a])
    setup_partner(partner_b, editors=[editor_b])
    member = UserFactory(username="accueillante", email="accueil@example.org")
    member.groups.add(Group.objects.get(name=MEMBERS_GROUP))
    coordinator = UserFactory(username="coordination", email="coord@example.org")
    coordinator.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    outsider = UserFactory(username="inconnu", email="inconnu@example.org")

    structure_a = StructurePageFactory(
        parent=partner_a,
        title="Accueil social de Mâcon",
        slug="accueil-macon",
        phone="03 85 00 00 01",
        last_verified_at=date(2020, 1, 15),
        review_interval_months=6,
    )
    StructureContactFactory(structure=structure_a, name="Secrétariat", visibility="public")
    StructureContactFactory(
        structure=structure_a, name="Ligne directe réseau", phone="03 85 99 99 99", visibility="reseau"
    )
    publish(structure_a)
    scheme_b = SchemePageFactory(
        parent=partner_b,
        title="Aide au logement",
        slug="aide-logement",
        last_verified_at=date.today(),
        review_interval_months=12,
    )
    publish(scheme_b)
    return SimpleNamespace(
        home=home_page,
        partner_a=partner_a,
        partner_b=partner_b,
        editor_a=editor_a,
        editor_b=editor_b,
        member=member,
        coordinator=coordinator,
        outsider=outsider,
        structure_a=structure_a,
        scheme_b=scheme_b,
    )
