import pytest
from wagtail.models import Page
from tests.factories import PartnerPageFactory, SchemePageFactory
from tests.search.test_wagtail_backend import wagtail_on_elasticsearch  # noqa

pytestmark = [pytest.mark.django_db]

def test_debug(client, home_page, wagtail_on_elasticsearch):
    partner = PartnerPageFactory(parent=home_page, title="Département")
    page = SchemePageFactory(parent=partner, title="Chauffage zqwagtail")
    page.save_revision().publish()
    b = wagtail_on_elasticsearch
    out = {}
    for name, qs in {
        "all": Page.objects.all(),
        "live": Page.objects.live(),
        "public": Page.objects.public(),
        "path": Page.objects.filter(path__startswith=home_page.path),
        "desc": Page.objects.descendant_of(home_page, inclusive=True),
        "depth": Page.objects.filter(depth__gte=2),
    }.items():
        try:
            out[name] = [p.title for p in b.search("zqwagtail", qs)]; out[name+"-title"] = [p.title for p in b.search("zqwagtail", qs, fields=["title"])]
        except Exception as e:
            out[name] = repr(e)[:300]
    print("DEBUG", out)
    print("API", client.get("/api/v2/pages/").json())
    assert False
