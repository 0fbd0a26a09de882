"""Browsing pages: glossary, themes and territories."""

from django.conf import settings
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, render

from infopublic.directory.models import GuidePage, SchemePage, StructurePage
from infopublic.taxonomy.models import Category, GlossaryTerm, Theme
from infopublic.territories.models import EPCI, Commune, SocialActionTerritory


def glossary(request):
    return render(request, "home/glossary.html", {"terms": GlossaryTerm.objects.all()})


def theme_index(request):
    live_schemes = Q(themes__schemes__live=True)
    categories = Category.objects.annotate(
        scheme_count=Count("themes__schemes", filter=live_schemes, distinct=True)
    ).order_by("sort_order", "label")
    return render(request, "home/theme_index.html", {"categories": categories})


def theme_detail(request, value):
    category = get_object_or_404(Category, value=value)
    themes = Theme.objects.filter(category=category).order_by("sort_order", "label")
    schemes = (
        SchemePage.objects.live()
        .public()
        .filter(themes__category=category)
        .distinct()
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.filter(category=category)))
        .order_by("title")
    )
    guides = GuidePage.objects.live().public().filter(themes__category=category).distinct().order_by("title")
    structures = (
        StructurePage.objects.live()
        .public()
        .filter(schemes__in=schemes)
        .distinct()
        .select_related("commune")
        .order_by("title")
    )
    return render(
        request,
        "home/theme_detail.html",
        {
            "category": category,
            "themes": themes,
            "schemes": schemes,
            "guides": guides,
            "structures": structures,
        },
    )


def territory_index(request):
    departement = settings.INFOPUBLIC_DEPARTEMENT
    epcis = (
        EPCI.objects.filter(communes__departement=departement)
        .distinct()
        .annotate(commune_count=Count("communes", distinct=True))
        .order_by("name")
    )
    territories = SocialActionTerritory.objects.filter(departement=departement).annotate(
        commune_count=Count("communes")
    )
    return render(
        request,
        "home/territory_index.html",
        {"epcis": epcis, "territories": territories, "departement": departement},
    )


def territory_detail(request, code):
    epci = get_object_or_404(EPCI, code=code)
    communes = Commune.objects.filter(epci=epci).order_by("name")
    structures = (
        StructurePage.objects.live()
        .public()
        .filter(Q(served_epcis=epci) | Q(commune__epci=epci))
        .distinct()
        .select_related("commune")
        .order_by("title")
    )
    schemes = SchemePage.objects.live().public().filter(zone_epcis=epci).order_by("title")
    return render(
        request,
        "home/territory_detail.html",
        {"epci": epci, "communes": communes, "structures": structures, "schemes": schemes},
    )
