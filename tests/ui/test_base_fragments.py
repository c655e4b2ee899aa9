"""base.html keeps its impersonal parts (head links, header, footer) in the per-process
"fragments" cache (issue 17): never anything about the person, their permissions or
safeguarding."""

import pytest
from django.core.cache import caches
from django.core.cache.utils import make_template_fragment_key
from django.test import override_settings

pytestmark = pytest.mark.django_db
FRAGMENTS = ("base_head", "base_header", "base_footer")


@pytest.fixture(autouse=True)
def empty_fragments():
    caches["fragments"].clear()
    yield
    caches["fragments"].clear()


def fragment(name, service_name):
    return caches["fragments"].get(make_template_fragment_key(name, ["en-gb", service_name]))


def test_the_fragments_hold_nothing_personal(client, clinician, participant, settings):
    client.force_login(clinician)
    first = client.get("/").content.decode()
    assert clinician.get_short_name() in first and "Sign out" in first
    kept = [fragment(name, settings.SERVICE_NAME) for name in FRAGMENTS]
    assert all(kept), "every fragment is kept after one page"
    for text in kept:
        assert clinician.get_short_name() not in text and clinician.email not in text
        assert "Sign out" not in text and 'aria-label="Menu"' not in text
    assert "Need help now?" in kept[1] and "Accessibility statement" in kept[2]
    # Someone else's page uses the same fragments and shows their own name and menu.
    client.force_login(participant)
    second = client.get("/").content.decode()
    assert participant.get_short_name() in second
    assert clinician.get_short_name() not in second
    client.logout()
    signed_out = client.get("/").content.decode()
    assert "Sign out" not in signed_out and "Need help now?" in signed_out


def test_a_kept_fragment_is_what_the_page_shows(client, participant, settings):
    """The cache is really read: a fragment put there by hand appears on the page."""
    key = make_template_fragment_key("base_footer", ["en-gb", settings.SERVICE_NAME])
    caches["fragments"].set(key, "<footer>kept footer</footer>")
    client.force_login(participant)
    assert "kept footer" in client.get("/").content.decode()


def test_another_service_name_is_another_fragment(client, participant):
    client.force_login(participant)
    client.get("/")
    with override_settings(SERVICE_NAME="Hillside follow-on groups"):
        html = client.get("/").content.decode()
    assert html.count("Hillside follow-on groups") >= 3  # title, header and footer
