"""An answer link's token never reaches an error report (debug page, admins' email) or a log line."""

import logging
import sys
from urllib.parse import quote

from django.core import mail
from django.test import Client
from django.views.debug import ExceptionReporter, get_exception_reporter_class, get_exception_reporter_filter

import pytest

from infopublic.referrals import links, services
from infopublic.referrals.reporting import MASK, MaskAnswerLinkTokens, mask

pytestmark = pytest.mark.django_db


def crash_while_answering(monkeypatch, path):
    """The answer view fails with an exception whose message names the path (as some do)."""

    def broken(referral):
        raise RuntimeError(f"cannot mark {path} as seen")

    monkeypatch.setattr(services, "mark_seen", broken)


@pytest.fixture
def answer_url(referral):
    token = links.make_token(referral)
    return token, links.answer_path(referral)


def test_a_500_on_the_answer_link_leaves_the_token_out_of_the_email_and_logs(
    monkeypatch, settings, caplog, answer_url
):
    token, url = answer_url
    settings.ADMINS = [("Exploitation", "exploitation@example.org")]
    crash_while_answering(monkeypatch, url)
    mail.outbox.clear()
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get(url, HTTP_REFERER=f"http://testserver{url}")
    assert response.status_code == 500
    [report] = mail.outbox  # Django's mail_admins (text only; the HTML report: the next test)
    for text in (report.subject, report.body, caplog.text):
        assert token not in text and quote(token, safe="") not in text
    assert f"/orientations/reponse/{MASK}/" in report.subject
    assert "RuntimeError" in report.body and MASK in report.body
    assert "Internal Server Error: /orientations/reponse/" in caplog.text


def test_the_reporter_masks_path_meta_frames_and_message(rf, answer_url):
    token, url = answer_url
    request = rf.get(url, HTTP_REFERER=f"https://ailleurs.example{url}", REQUEST_URI=quote(url, safe="/"))
    try:
        held_in_a_frame = {"token": token, "url": url}  # noqa: F841 - a frame variable holding the token
        raise ValueError(f"bad {url}")
    except ValueError:
        reporter = get_exception_reporter_class(request)(request, *sys.exc_info())
        html, text = reporter.get_traceback_html(), reporter.get_traceback_text()
        plain_html = ExceptionReporter(request, *sys.exc_info()).get_traceback_html()
    for report in (html, text):
        assert token not in report and quote(token, safe="") not in report
        assert "ValueError" in report
    assert "held_in_a_frame" in html  # the frames' variables are there, masked
    # Control: Django's own reporter would have carried the token in this very report.
    assert token in plain_html
    meta = get_exception_reporter_filter(request).get_safe_request_meta(request)
    assert meta["PATH_INFO"] == f"/orientations/reponse/{MASK}/"
    assert token not in meta["HTTP_REFERER"] and token not in meta["REQUEST_URI"]


def test_other_reports_are_left_alone(rf):
    request = rf.get("/recherche/", {"q": "rsa"})
    try:
        raise ValueError("/recherche/?q=rsa")
    except ValueError:
        text = get_exception_reporter_class(request)(request, *sys.exc_info()).get_traceback_text()
    assert "/recherche/?q=rsa" in text and MASK not in text.split("settings")[0]


def test_the_log_filter_masks_messages_arguments_and_tracebacks(answer_url):
    token, url = answer_url
    try:
        raise RuntimeError(url)
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "%s: %s", ("Gone", url), sys.exc_info())
    assert MaskAnswerLinkTokens().filter(record) is True
    assert record.getMessage() == f"Gone: /orientations/reponse/{MASK}/"
    assert token not in record.exc_text and "RuntimeError" in record.exc_text
    assert mask(f"GET {url}?x=1 HTTP/1.1") == f"GET /orientations/reponse/{MASK}/?x=1 HTTP/1.1"
    assert mask(f"http://testserver{quote(url)}") == f"http://testserver/orientations/reponse/{MASK}/"


def test_the_410_log_line_of_an_answered_link_has_no_token(client, caplog, answer_url, referral):
    token, url = answer_url
    services.answer(referral, status="accepted")
    with caplog.at_level(logging.WARNING, logger="django.request"):
        assert client.get(url).status_code == 410
    assert "Gone: /orientations/reponse/" in caplog.text and token not in caplog.text
