"""Issue 14: a strict Content-Security-Policy on every page, and nothing inline that it
would block (the browser test in tests/browser/test_csp_browser.py checks pages still work)."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

ANONYMOUS_PAGES = [
    "/",
    "/help/",
    "/about/accessibility/",
    "/about/privacy/",
    "/accounts/login/",
    "/accounts/password/reset/",
    "/no-such-page/",
]
PARTICIPANT_PAGES = [
    "/",
    "/groups/",
    "/groups/directory/",
    "/notifications/preferences/",
    "/accounts/email/",
]
STAFF_PAGES = [
    "/",
    "/programmes/",
    "/safeguarding/alerts/",
    "/people/",
    "/accounts/2fa/",
    "/admin/",
    "/admin/safeguarding/alert/",
]

INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\b)[^>]*>", re.I)
STYLE_TAG = re.compile(r"<style\b", re.I)
STYLE_ATTR = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I)
EVENT_ATTR = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
JS_URL = re.compile(r"""(href|src|action)\s*=\s*["']\s*javascript:""", re.I)


def _directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def _check(response, *, html=True):
    assert "Content-Security-Policy" in response, response.request["PATH_INFO"]
    policy = _directives(response)
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    if not html:
        return
    page = response.content.decode()
    path = response.request["PATH_INFO"]
    assert not INLINE_SCRIPT.search(page), (path, INLINE_SCRIPT.search(page))
    assert not STYLE_TAG.search(page), path
    assert not STYLE_ATTR.search(page), (path, STYLE_ATTR.search(page))
    assert not EVENT_ATTR.search(page), (path, EVENT_ATTR.search(page))
    assert not JS_URL.search(page), path
    nonces = set(re.findall(r'<script[^>]*\snonce="([^"]+)"', page))
    if "/admin/" not in path:
        assert nonces, path  # our scripts carry the nonce
    for nonce in nonces:
        assert f"'nonce-{nonce}'" in policy["script-src"]


@pytest.mark.parametrize("path", ANONYMOUS_PAGES)
def test_anonymous_pages(client, path):
    _check(client.get(path))


@pytest.mark.parametrize("path", PARTICIPANT_PAGES)
def test_participant_pages(client, participant, path):
    client.force_login(participant)
    response = client.get(path, follow=True)
    assert response.status_code == 200
    _check(response)


@pytest.mark.parametrize("path", STAFF_PAGES)
def test_staff_pages(client, clinical_lead, path):
    clinical_lead.is_staff = True
    clinical_lead.is_superuser = True
    clinical_lead.save()
    client.force_login(clinical_lead)
    response = client.get(path, follow=True)
    assert response.status_code == 200, path
    _check(response, html="/admin/" not in path)


def test_each_response_has_its_own_nonce(client):
    first = _directives(client.get("/"))["script-src"]
    second = _directives(client.get("/"))["script-src"]
    assert first != second


def test_json_and_redirects_carry_the_header_too(client):
    _check(client.get(reverse("healthz")), html=False)
    _check(client.get("/programmes/"), html=False)


def test_every_template_is_free_of_inline_code():
    """All templates, not only the pages above (partials, emails in HTML, error pages)."""
    from pathlib import Path

    from django.conf import settings

    problems = []
    for path in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        text = path.read_text()
        for name, pattern in (
            ("inline script", INLINE_SCRIPT),
            ("<style>", STYLE_TAG),
            ("style=", STYLE_ATTR),
            ("on...=", EVENT_ATTR),
        ):
            if pattern.search(text):
                problems.append(f"{path.relative_to(settings.BASE_DIR)}: {name}")
    assert problems == []


def test_the_policy_made_once_is_the_one_django_csp_builds(client):
    """pmp_followon.csp_policy writes the text django-csp would, with this response's nonce
    (issue 17, run 8)."""
    from csp.utils import build_policy

    first = client.get("/")
    second = client.get("/")
    nonce = re.search(r"'nonce-([^']+)'", first["Content-Security-Policy"])
    assert nonce is not None
    assert first["Content-Security-Policy"] == build_policy(nonce=nonce.group(1))
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]
    assert f'nonce="{nonce.group(1)}"' in first.content.decode()
    bare = client.get("/healthz/")
    assert bare["Content-Security-Policy"] == build_policy()
