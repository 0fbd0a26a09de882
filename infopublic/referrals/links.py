"""Answer links: signed (django.core.signing), with a lifetime, renewable, worthless once answered.

The token carries the referral's id and its link version; sending a new link bumps the version, so an older
link, even unexpired, stops working. Nothing personal is in the token.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse

from .models import Referral

SALT = "infopublic.referrals.answer-link"


class InvalidLink(Exception):
    """Tampered, unknown or superseded: answered with a 400."""


@dataclass
class LinkState:
    referral: Referral
    expired: bool


def _signer():
    return signing.TimestampSigner(salt=SALT)


def max_age():
    return timedelta(days=settings.REFERRALS_LINK_MAX_AGE_DAYS)


def make_token(referral):
    return _signer().sign_object({"r": referral.pk, "v": referral.link_version})


def answer_path(referral):
    return reverse("referrals:answer_link", args=[make_token(referral)])


def read_token(token):
    """The referral a token points to and whether the link has expired; InvalidLink otherwise."""
    signer = _signer()
    expired = False
    try:
        data = signer.unsign_object(token, max_age=max_age())
    except signing.SignatureExpired:
        # The signature is genuine, only too old: the page offers to send a fresh link to the structure.
        expired = True
        try:
            data = signer.unsign_object(token)
        except signing.BadSignature as error:
            raise InvalidLink from error
    except (signing.BadSignature, ValueError, UnicodeDecodeError) as error:
        raise InvalidLink from error
    if not isinstance(data, dict) or not isinstance(data.get("r"), int) or not isinstance(data.get("v"), int):
        raise InvalidLink
    referral = Referral.objects.select_related("structure", "commune").filter(pk=data["r"]).first()
    if referral is None or referral.link_version != data["v"]:
        raise InvalidLink
    return LinkState(referral=referral, expired=expired)
