"""The accessibility statement and the privacy page: public, linked from every page's footer."""

import pytest
from django.urls import reverse

from pmp_followon.accounts.models import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGES = [
    ("accessibility", "pages/accessibility.html", "Accessibility statement"),
    ("privacy", "pages/privacy.html", "How we use your information"),
]


@pytest.mark.parametrize(("name", "template", "heading"), PAGES)
def test_reachable_without_signing_in(client, name, template, heading):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert response.templates[0].name == template
    assert f"<h1>{heading}</h1>" in response.content.decode()


@pytest.mark.parametrize(("name", "template", "heading"), PAGES)
def test_reachable_by_staff_before_their_authenticator_is_set_up(
    client, service, name, template, heading
):
    staff = UserFactory(service=service, role=Role.CLINICIAN, password="x" * 20)
    client.force_login(staff)
    assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize(("name", "template", "heading"), PAGES)
def test_reachable_by_a_signed_in_member(client, service, name, template, heading):
    member = UserFactory(service=service, role=Role.PARTICIPANT)
    client.force_login(member)
    assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize(("name", "template", "heading"), PAGES)
def test_only_get(client, name, template, heading):
    assert client.post(reverse(name)).status_code == 405


def test_every_page_links_to_both_from_the_footer(client):
    page = client.get(reverse("home")).content.decode()
    footer = page[page.index("<footer") :]
    assert f'href="{reverse("accessibility")}"' in footer
    assert f'href="{reverse("privacy")}"' in footer
    assert 'href="#"' not in footer


def test_the_privacy_page_says_how_posts_are_checked_and_that_it_is_not_a_crisis_service(client):
    text = client.get(reverse("privacy")).content.decode()
    assert "checked automatically" in text
    assert "This is not a crisis service" in text
    assert f'href="{reverse("help_now")}"' in text
