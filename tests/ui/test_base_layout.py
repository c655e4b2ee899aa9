"""Every page shares the NHS.UK layout: skip link, header, help link, main, footer."""

import pytest
from django.conf import settings
from django.contrib.messages import constants
from django.contrib.messages.storage.fallback import FallbackStorage
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from tests.ui.htmltree import parse

pytestmark = pytest.mark.django_db

PAGES = ["/", "/accounts/login/", "/help/", "/this-page-does-not-exist/"]


def get(client, url):
    response = client.get(url)
    expected = 404 if "does-not-exist" in url else 200
    assert response.status_code == expected, (url, response.status_code)
    return response, parse(response.content)


@pytest.mark.parametrize("url", PAGES)
def test_html_language_and_viewport(client, url):
    _response, page = get(client, url)
    html = page.find("html")
    assert html.attrs["lang"] == "en-GB"
    viewport = page.find("meta", name="viewport")
    assert "width=device-width" in viewport.attrs["content"]
    assert "initial-scale=1" in viewport.attrs["content"]
    assert page.find("meta", charset="utf-8") is not None


@pytest.mark.parametrize("url", PAGES)
def test_skip_link_is_the_first_thing_to_focus(client, url):
    _response, page = get(client, url)
    body = page.find("body")
    first = body.focusable()[0]
    assert first.tag == "a"
    assert "nhsuk-skip-link" in first.classes
    assert first.attrs["href"] == "#maincontent"
    assert first.text == "Skip to main content"
    main = page.by_id("maincontent")
    assert main.tag == "main"
    assert main.attrs["role"] == "main"
    assert "nhsuk-main-wrapper" in main.classes
    assert "nhsuk-width-container" in main.parent.classes


@pytest.mark.parametrize("url", PAGES)
def test_header_has_the_service_name_linking_home(client, url):
    _response, page = get(client, url)
    header = page.find("header", cls="nhsuk-header")
    assert header.attrs["role"] == "banner"
    home = header.find("a", cls="nhsuk-header__service-logo")
    assert home.attrs["href"] == reverse("home")
    assert home.find(cls="nhsuk-header__service-name").text == settings.SERVICE_NAME
    assert home.find("svg", cls="nhsuk-header__logo") is not None


@pytest.mark.parametrize("url", PAGES)
def test_need_help_now_is_in_the_header_and_never_in_a_menu(client, url):
    _response, page = get(client, url)
    header = page.find("header")
    links = [a for a in header.find_all("a") if a.attrs.get("href") == reverse("help_now")]
    assert [a.text for a in links] == ["Need help now?"]
    link = links[0]
    assert not link.has_ancestor(cls="nhsuk-header__navigation")
    assert not link.has_ancestor_hidden()
    # Reached by keyboard straight after the skip link and the home link.
    assert link in page.find("body").focusable()[:3]


@pytest.mark.parametrize("url", PAGES)
def test_footer_links(client, url):
    _response, page = get(client, url)
    footer = page.find("footer", cls="nhsuk-footer")
    assert footer.attrs["role"] == "contentinfo"
    links = {a.text: a.attrs["href"] for a in footer.find_all("a")}
    assert links["Need help now?"] == reverse("help_now")
    assert "Accessibility statement" in links
    assert "Privacy" in links
    assert settings.SERVICE_NAME in footer.text
    assert "NHS England" not in footer.text


@pytest.mark.parametrize("url", PAGES)
def test_assets_and_script(client, url):
    response, page = get(client, url)
    styles = [link.attrs["href"] for link in page.find_all("link", rel="stylesheet")]
    assert any(href.endswith("nhsuk/nhsuk-frontend.min.css") for href in styles)
    assert any(href.endswith("css/app.css") for href in styles)
    icons = [link.attrs["href"] for link in page.find_all("link", rel="icon")]
    assert any("nhsuk/assets/images/favicon" in href for href in icons)
    module = page.find("script", type="module")
    assert module.attrs["src"].endswith("js/app.js")
    assert module.attrs["data-nhsuk-frontend"].endswith("nhsuk/nhsuk-frontend.min.js")
    assert not module.text.strip()
    # app.js finds the frontend through that attribute and starts it.
    app_js = (settings.BASE_DIR / "static" / "js" / "app.js").read_text()
    assert "script[data-nhsuk-frontend]" in app_js
    assert "initAll()" in app_js


def test_title_is_page_then_service(client):
    _response, page = get(client, "/help/")
    assert page.find("title").text == f"Need help now? - {settings.SERVICE_NAME}"
    _response, page = get(client, "/accounts/login/")
    assert page.find("title").text == f"Sign in - {settings.SERVICE_NAME}"
    _response, page = get(client, "/")
    assert page.find("title").text == settings.SERVICE_NAME


def test_title_starts_with_error_when_a_form_has_errors(client):
    response = client.post(reverse("account_login"), {"login": "", "password": ""})
    page = parse(response.content)
    assert page.find("title").text.startswith("Error: Sign in")


def test_visitors_see_no_account_navigation(client):
    _response, page = get(client, "/")
    assert page.find(cls="nhsuk-header__account") is None
    assert page.find(cls="nhsuk-header__navigation") is None
    start = page.find("a", cls="nhsuk-button")
    assert start.attrs["href"] == reverse("account_login")
    assert start.text == "Sign in"


def test_signed_in_people_see_navigation_and_sign_out(client, participant):
    client.force_login(participant)
    _response, page = get(client, "/")
    account = page.find("nav", cls="nhsuk-header__account")
    assert "Jean" in account.text
    sign_out = account.find("a", cls="nhsuk-header__account-link")
    assert sign_out.attrs["href"] == reverse("account_logout")
    assert sign_out.text == "Sign out"
    navigation = page.find("nav", cls="nhsuk-header__navigation")
    assert navigation.find("a", href=reverse("home")) is not None
    assert page.find("h1").text == "Hello Jean"


def test_home_page_explains_the_service(client):
    _response, page = get(client, "/")
    text = page.find("main").text
    assert "pain management programme" in text
    assert "This is not a crisis service" in text
    assert page.find("main").find("a", href=reverse("help_now")) is not None


def test_messages_become_notification_banners(rf):
    request = RequestFactory().get("/")
    request.session = {}
    storage = FallbackStorage(request)
    storage.add(constants.SUCCESS, "Your group has been saved.")
    storage.add(constants.ERROR, "That did not work.")
    storage.add(constants.INFO, "Just so you know.")
    html = render_to_string("base.html", {"messages": storage}, request=request)
    page = parse(html)
    banners = page.find("main").find_all(cls="nhsuk-notification-banner")
    assert len(banners) == 3
    success, error, info = banners
    assert "nhsuk-notification-banner--success" in success.classes
    assert success.attrs["role"] == "alert"
    assert success.find("p").text == "Your group has been saved."
    assert error.attrs["role"] == "alert"
    assert info.attrs["role"] == "region"
    title_ids = {b.attrs["aria-labelledby"] for b in banners}
    assert len(title_ids) == 3
    for banner in banners:
        assert page.by_id(banner.attrs["aria-labelledby"]).tag == "h2"


def test_404_page(client):
    _response, page = get(client, "/this-page-does-not-exist/")
    main = page.find("main")
    assert main.find("h1").text == "Page not found"
    assert main.find("a", href=reverse("home")) is not None
    assert main.find("a", href=reverse("help_now")) is not None


@pytest.mark.parametrize(
    ("template", "heading"),
    [
        ("500.html", "Sorry, there is a problem with the service"),
        ("400.html", "Sorry, there is a problem"),
        ("403.html", "You cannot see this page"),
        ("404.html", "Page not found"),
    ],
)
def test_error_pages_render_without_a_request(template, heading):
    # Django renders 400.html and 500.html with no request and no context processors.
    page = parse(render_to_string(template))
    assert page.find("h1").text == heading
    assert page.find("header").find(cls="nhsuk-header__service-name").text == (
        settings.SERVICE_NAME
    )
    main = page.find("main")
    assert main.find("a", href=reverse("home")) is not None
    assert main.find("a", href=reverse("help_now")) is not None
    assert main.find("a", href="tel:999") is not None
    assert page.find("body").focusable()[0].attrs["href"] == "#maincontent"


def test_403_page_is_used(client, participant, settings):
    from django.core.exceptions import PermissionDenied
    from django.views.defaults import permission_denied

    request = RequestFactory().get("/somewhere/")
    request.user = participant
    response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert b"You cannot see this page" in response.content
