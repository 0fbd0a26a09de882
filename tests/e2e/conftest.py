"""Browser fixtures: Debian's chromium driven by Python Playwright against pytest-django's live server."""

import io
import os
from pathlib import Path

from django.core.cache import cache
from django.core.management import call_command

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DEMO_TOWN_HALLS = "71137,71289,71306"
BLOCKING_IMPACTS = {"serious", "critical"}

if not os.path.exists(CHROMIUM):
    pytest.skip(
        f"{CHROMIUM} is absent: install Debian's chromium (`make browser`) to run the end-to-end tests",
        allow_module_level=True,
    )


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def ensure_wagtail_roots():
    """Recreate the rows Wagtail's migrations create (locale, root page, root collection): a transactional
    test ends with a flush of every table, and the next test's `load_demo` needs them."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Collection, Locale, Page

    ContentType.objects.clear_cache()
    locale = Locale.objects.first() or Locale.objects.create(language_code="fr")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")


@pytest.fixture
def demo(live_server):
    """The demo network with three town halls (Cluny, Matour, Montceau-les-Mines) and the demo accounts."""
    cache.clear()
    ensure_wagtail_roots()
    call_command("load_demo", "--town-halls", DEMO_TOWN_HALLS, "--with-users", stdout=io.StringIO())


def new_page(browser, width=1280):
    """A page in a fresh context (its own cookies); map tiles are never fetched from the network."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="fr-FR")
    context.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def blocking_violations(page):
    """axe-core violations of impact serious or critical on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes']][:5]}"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]
