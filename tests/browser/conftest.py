"""Playwright on the system Chromium (apt-get install chromium); never a browser download."""

import os

import pytest

from tests.conftest import CHROMIUM

# Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
# still synchronous, so let Django allow them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A page the size of a small phone."""
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def sign_in(live_server):
    """`sign_in(page, user)`: give the page's browser context a signed-in Django session for
    `user` (made with the test client's force_login, as if they had signed in), so a journey
    starts where the person would be after signing in. Staff fixtures already have an
    authenticator, so the MFA middleware lets them through."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from django.test import Client

    host = urlsplit(live_server.url).hostname

    def _sign_in(page, user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.clear_cookies()
        page.context.add_cookies([{
            "name": settings.SESSION_COOKIE_NAME,
            "value": cookie.value,
            "domain": host,
            "path": "/",
            "httpOnly": True,
        }])
        return page

    return _sign_in


def assert_fits_phone(page):
    """Nothing on the page is wider than the phone's screen (no sideways scrolling)."""
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{page.url} is {widths[0]}px wide on a {widths[1]}px screen"
