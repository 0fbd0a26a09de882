"""Referral pages: write one, follow them, answer from the space or from the signed link in the email.

Every page that shows a referral is never cached, kept out of search engines and of error reports (sensitive
POST parameters), and answers 404 to whoever may not read it: a crafted id reveals nothing.
"""

from functools import wraps

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods, require_POST

from infopublic.directory.doors import read_commune
from infopublic.directory.models import SchemePage, StructurePage
from infopublic.workshop.views import member_required

from . import links, services
from .access import can_answer, receiving_structures, referrals_visible_to
from .forms import AnswerForm, ReferralForm

# "same-origin", not "no-referrer": the latter makes browsers send `Origin: null` with the page's forms, which
# Django's CSRF check refuses; an answer link's token still never leaves the site in a Referer header.
PRIVATE_HEADERS = {"X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "same-origin"}


def private(view):
    """No cache, no indexing, no referrer to other sites (an answer link's token stays here)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        for header, value in PRIVATE_HEADERS.items():
            response[header] = value
        return response

    return never_cache(sensitive_post_parameters()(wrapped))


def _int_param(request, name):
    value = request.GET.get(name, "")
    return int(value) if value.isascii() and value.isdigit() and len(value) < 12 else None


@private
@member_required
@require_http_methods(["GET", "POST"])
def create(request):
    structure_id = _int_param(request, "structure")
    structure = get_object_or_404(
        StructurePage.objects.live().public().filter(accepts_referrals=True), pk=structure_id or 0
    )
    scheme_id = _int_param(request, "scheme")
    scheme = SchemePage.objects.live().public().filter(pk=scheme_id).first() if scheme_id else None
    initial = {}
    commune = (
        read_commune("", request.GET.get("commune", "")[:5]).commune if request.GET.get("commune") else None
    )
    if commune is not None:
        initial = {"commune": commune.name, "code_insee": commune.code}
    form = ReferralForm(request.POST or None, structure=structure, initial=initial)
    if request.method == "POST" and form.is_valid():
        referral = services.send_referral(
            sender=request.user,
            structure=structure,
            scheme=scheme,
            commune=form.commune,
            themes=[form.cleaned_data["theme"]],
            data=form.referral_data(),
        )
        messages.success(
            request,
            _(
                "Fiche de liaison n°%(number)s envoyée à la structure %(structure)s : "
                "vous serez prévenu de sa réponse."
            )
            % {"number": referral.pk, "structure": structure.title},
        )
        return redirect("referrals:detail", referral.pk)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "structure": structure, "scheme": scheme}
    return TemplateResponse(request, "referrals/create.html", context, status=status)


@private
@member_required
def referral_list(request):
    visible = referrals_visible_to(request.user).select_related("structure", "commune", "redirected_to")
    structures = receiving_structures(request.user)
    context = {
        "sent": visible.filter(sender=request.user)[:200],
        "received": visible.filter(structure__in=structures)[:200],
    }
    return TemplateResponse(request, "referrals/list.html", context)


@private
@member_required
def detail(request, pk):
    referral = get_object_or_404(
        referrals_visible_to(request.user).select_related("structure", "commune", "sender", "redirected_to"),
        pk=pk,
    )
    answerable = can_answer(request.user, referral)
    if answerable:
        services.mark_seen(referral)
    form = AnswerForm(referral=referral) if answerable and referral.is_open else None
    return TemplateResponse(
        request, "referrals/detail.html", {"referral": referral, "form": form, "answerable": answerable}
    )


def _record_answer(request, referral, form):
    data = form.cleaned_data
    done = services.answer(
        referral,
        status=data["decision"],
        refusal_reason=data.get("refusal_reason", ""),
        redirected_to=data.get("redirected_to"),
        note=data.get("note", ""),
    )
    if done:
        messages.success(request, _("Réponse enregistrée : l’expéditeur est prévenu."))
    else:
        messages.error(request, _("Cette fiche a déjà reçu une réponse ou a expiré."))
    return done


@private
@member_required
@require_POST
def answer(request, pk):
    referral = get_object_or_404(referrals_visible_to(request.user).select_related("structure"), pk=pk)
    if not can_answer(request.user, referral):
        raise Http404
    form = AnswerForm(request.POST, referral=referral)
    if not form.is_valid():
        context = {"referral": referral, "form": form, "answerable": True}
        return TemplateResponse(request, "referrals/detail.html", context, status=400)
    _record_answer(request, referral, form)
    return redirect("referrals:detail", referral.pk)


@private
@require_http_methods(["GET", "POST"])
@sensitive_variables("token")  # and every report masks it wherever else it is (reporting.py)
def answer_link(request, token):
    """The emailed link: no account needed while it lives, renewable, closed once answered."""
    try:
        state = links.read_token(token)
    except links.InvalidLink:
        return TemplateResponse(request, "referrals/link_invalid.html", status=400)
    referral = state.referral
    if not referral.is_open:
        return TemplateResponse(request, "referrals/link_closed.html", {"referral": referral}, status=410)
    if state.expired:
        if request.method == "POST" and request.POST.get("action") == "renew":
            services.renew_link(referral)
            return TemplateResponse(request, "referrals/link_renewed.html", {"referral": referral})
        return TemplateResponse(request, "referrals/link_expired.html", {"referral": referral}, status=410)
    services.mark_seen(referral)
    form = AnswerForm(request.POST or None, referral=referral)
    if request.method == "POST":
        if form.is_valid():
            done = _record_answer(request, referral, form)
            referral.refresh_from_db()
            template = "referrals/link_answered.html" if done else "referrals/link_closed.html"
            return TemplateResponse(request, template, {"referral": referral}, status=200 if done else 410)
        context = {"referral": referral, "form": form, "token": token}
        return TemplateResponse(request, "referrals/answer_link.html", context, status=400)
    return TemplateResponse(request, "referrals/answer_link.html", {"referral": referral, "form": form})
