"""An answer link's token never reaches an error report or a log line.

The token sits in the link's path (`/orientations/reponse/<token>/`): whoever holds it may answer the referral
while it lives. Django puts the path in many places of a 500 report (title, request URL, `META`, the request's
repr and the view's arguments in the frames' variables, sometimes the exception's message) and in the log
line of every error response (`Internal Server Error: <path>`, `Gone: <path>`). So:

- `TokenMaskingReporterFilter` (settings.DEFAULT_EXCEPTION_REPORTER_FILTER) masks it in `META` and in the
  frames' variables, before they are trimmed;
- `TokenMaskingExceptionReporter` (settings.DEFAULT_EXCEPTION_REPORTER) masks the rendered report, text and
  HTML, whatever carried it (the debug page, the admins' email);
- `MaskAnswerLinkTokens` (a logging filter, settings.LOGGING) masks log messages, their arguments and the
  formatted traceback.
"""

import logging
import re
from functools import cache
from urllib.parse import quote

from django.template.defaultfilters import pprint
from django.urls import get_script_prefix, reverse
from django.utils.safestring import mark_safe
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

__all__ = ["MaskAnswerLinkTokens", "TokenMaskingExceptionReporter", "TokenMaskingReporterFilter", "mask"]

MASK = SafeExceptionReporterFilter.cleansed_substitute


@cache
def _link_pattern():
    """(the answer links' path before the token, a pattern of that path followed by a token), without the
    script prefix. Raises while the URLconf cannot be read (a log line during start-up): not cached then."""
    path = reverse("referrals:answer_link", args=["token"])
    prefix = "/" + path.removeprefix(get_script_prefix()).removesuffix("token/")
    # Anything up to the next path separator, query, fragment, space or quote: also a percent-encoded token.
    return prefix, re.compile(re.escape(prefix) + r"[^/?#\s\"'<>\\]+")


def _pattern():
    try:
        return _link_pattern()
    except Exception:  # noqa: BLE001 - URLconf not loadable yet: nothing but the secrets to mask
        return None


def mask(text, secrets=()):
    """`text` with every answer-link token masked: after the links' path, and each of `secrets` anywhere."""
    pattern = _pattern()
    if pattern is not None:
        prefix, regex = pattern
        text = regex.sub(lambda _match: prefix + MASK, text)
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text


def request_secrets(request):
    """The token of an answer-link request, as typed and percent-encoded; () for any other request."""
    path = getattr(request, "path_info", None) or ""
    pattern = _pattern()
    match = pattern[1].search(path) if pattern and isinstance(path, str) else None
    if match is None:
        return ()
    token = match.group(0)[len(pattern[0]) :]
    return tuple({token, quote(token, safe=""), quote(token)})


class _Masked:
    """A frame variable whose representation held the token: its representation, masked."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


class TokenMaskingReporterFilter(SafeExceptionReporterFilter):
    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        secrets = request_secrets(request)
        return {key: mask(value, secrets) if isinstance(value, str) else value for key, value in meta.items()}

    def get_traceback_frame_variables(self, request, tb_frame):
        variables = super().get_traceback_frame_variables(request, tb_frame)
        secrets = request_secrets(request)
        cleaned = []
        for name, value in variables:
            text = value if isinstance(value, str) else pprint(value)
            masked = mask(text, secrets)
            if masked != text:
                value = masked if isinstance(value, str) else _Masked(masked)
            cleaned.append((name, value))
        return cleaned


class TokenMaskingExceptionReporter(ExceptionReporter):
    def get_traceback_html(self):
        return mark_safe(mask(super().get_traceback_html(), request_secrets(self.request)))

    def get_traceback_text(self):
        return mask(super().get_traceback_text(), request_secrets(self.request))


class MaskAnswerLinkTokens(logging.Filter):
    """Masks the tokens of a log record (put on the loggers and handlers in settings.LOGGING)."""

    def filter(self, record):
        secrets = request_secrets(getattr(record, "request", None))
        if isinstance(record.msg, str):
            record.msg = mask(record.msg, secrets)
        if isinstance(record.args, tuple):
            record.args = tuple(mask(arg, secrets) if isinstance(arg, str) else arg for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                key: mask(arg, secrets) if isinstance(arg, str) else arg for key, arg in record.args.items()
            }
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text, secrets)
        return True
