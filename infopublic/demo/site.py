"""The site's home page: Wagtail's default welcome page is replaced by the Infopublic HomePage."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, Site

from home.models import HomePage

from .pages import ensure_published_child, root_page

HOME_TITLE = "Infopublic"
HOME_SLUG = "accueil"


def ensure_home_page():
    """The HomePage "Infopublic" as the default site's root (answers on any host, e.g. 127.0.0.1:8000)."""
    root = root_page()
    home = HomePage.objects.child_of(root).first()
    if home is None:
        home, _created = ensure_published_child(root, HomePage(title=HOME_TITLE, slug=HOME_SLUG))

    site = (
        Site.objects.filter(is_default_site=True).first() or Site.objects.filter(hostname="localhost").first()
    )
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=HOME_TITLE
        )
    elif site.root_page_id != home.pk or not site.is_default_site or site.site_name != HOME_TITLE:
        site.root_page = home
        site.is_default_site = True
        site.site_name = HOME_TITLE
        site.save()

    _delete_welcome_pages(root)
    return home


def _delete_welcome_pages(root):
    """Wagtail's initial welcome page is a bare Page at depth 2 that no site uses any more."""
    bare_page = ContentType.objects.get_for_model(Page)
    for page in Page.objects.child_of(root).filter(content_type=bare_page):
        if not Site.objects.filter(root_page=page).exists():
            page.delete()
