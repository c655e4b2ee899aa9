"""base.html keeps its impersonal parts (head links, header, footer) in each process's
memory with {% fragment %} (issue 17, runs 3 and 11): never anything about the person,
their permissions or safeguarding."""

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.urls import set_script_prefix

from pmp_followon.ui.templatetags import nhsuk

pytestmark = pytest.mark.django_db
FRAGMENTS = ("base_head", "base_header", "base_footer")


@pytest.fixture(autouse=True)
def no_fragments_kept():
    nhsuk.forget_fragments()
    yield
    nhsuk.forget_fragments()


def test_the_fragments_hold_nothing_personal(client, clinician, participant):
    client.force_login(clinician)
    first = client.get("/").content.decode()
    assert clinician.get_short_name() in first and "Sign out" in first
    kept = nhsuk.kept_fragments()
    assert sorted(kept) == sorted(FRAGMENTS), "every fragment is kept after one page"
    texts = [kept[name][0] for name in FRAGMENTS]
    for text in texts:
        assert clinician.get_short_name() not in text and clinician.email not in text
        assert "Sign out" not in text and 'aria-label="Menu"' not in text
    assert "Need help now?" in texts[1] and "Accessibility statement" in texts[2]
    # Someone else's page uses the same fragments and shows their own name and menu.
    client.force_login(participant)
    second = client.get("/").content.decode()
    assert participant.get_short_name() in second
    assert clinician.get_short_name() not in second
    client.logout()
    signed_out = client.get("/").content.decode()
    assert "Sign out" not in signed_out and "Need help now?" in signed_out
    assert {name: len(texts) for name, texts in nhsuk.kept_fragments().items()} == dict.fromkeys(
        FRAGMENTS, 1
    ), "one text each, whoever asked"


def test_a_kept_fragment_is_what_the_page_shows(client, participant):
    """The kept text is really used: a fragment changed by hand appears on the page."""
    client.force_login(participant)
    client.get("/")
    for key in list(nhsuk._FRAGMENTS_KEPT):
        if key[0].name == "base_footer":
            nhsuk._FRAGMENTS_KEPT[key] = "<footer>kept footer</footer>"
    assert "kept footer" in client.get("/").content.decode()


def test_another_service_name_is_another_fragment(client, participant):
    client.force_login(participant)
    client.get("/")
    with override_settings(SERVICE_NAME="Hillside follow-on groups"):
        html = client.get("/").content.decode()
    assert html.count("Hillside follow-on groups") >= 3  # title, header and footer


def test_a_fragment_follows_what_it_depends_on_and_the_script_prefix():
    page = Template(
        "{% load nhsuk %}{% fragment part word %}<a href=\"{% link 'help_now' %}\">{{ word }}"
        "</a>{% endfragment %}"
    )
    assert page.render(Context({"word": "one"})) == '<a href="/help/">one</a>'
    assert page.render(Context({"word": "two"})) == '<a href="/help/">two</a>'
    assert page.render(Context({"word": "one", "other": "x"})) == '<a href="/help/">one</a>'
    try:
        set_script_prefix("/pmp/")
        assert page.render(Context({"word": "one"})) == '<a href="/pmp/help/">one</a>'
    finally:
        set_script_prefix("/")
    assert page.render(Context({"word": "<b>"})) == '<a href="/help/">&lt;b&gt;</a>'
    assert page.render(Context({"word": "<b>"}, autoescape=False)) == '<a href="/help/"><b></a>'


def test_a_setting_change_forgets_the_fragments():
    page = Template("{% load nhsuk %}{% fragment part %}{{ now }}{% endfragment %}")
    assert page.render(Context({"now": "first"})) == "first"
    assert page.render(Context({"now": "second"})) == "first"  # kept: depends on nothing
    with override_settings(SERVICE_NAME="Another"):
        assert page.render(Context({"now": "third"})) == "third"
