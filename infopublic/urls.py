from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from infopublic.directory import views as directory_views
from infopublic.opendata.api import api_router

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("communes/", directory_views.commune_lookup, name="commune_lookup"),
    path("communes/suggestions/", directory_views.commune_suggestions, name="commune_suggestions"),
    path("communes/<str:code>/", directory_views.commune_detail, name="commune_detail"),
    path("", include("infopublic.health.urls")),
    path("", include("infopublic.network.urls")),
    path("", include("search.urls")),
    path("", include("home.urls")),
    path("", include("infopublic.workshop.urls")),
    path("", include("infopublic.referrals.urls")),
    path("", include("infopublic.rights.urls")),
    path("", include("infopublic.opendata.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
