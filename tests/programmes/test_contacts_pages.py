"""Contact sharing pages keep what people type (issue 15): no page holds two forms a person
types into, and "Send a code" with a code in the box keeps the code and says why."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from pmp_followon.notifications.models import Notification
from programmes.models import ContactCheck

pytestmark = pytest.mark.django_db

TYPED = {"text", "email", "tel", "number", "checkbox", "radio"}  # input types


class _Forms(HTMLParser):
    """Each <form> on a page: the controls a person fills in, and its submit buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._open = {"action": attrs.get("action"), "typed": [], "buttons": []}
            self.forms.append(self._open)
        elif self._open is None:
            return
        elif tag in ("textarea", "select") or (
            tag == "input" and attrs.get("type", "text") in TYPED
        ):
            self._open["typed"].append(attrs.get("name"))
        elif tag == "button":
            self._open["buttons"].append(attrs.get("formaction") or self._open["action"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._open = None


def _forms(response) -> list[dict]:
    assert response.status_code == 200
    parser = _Forms()
    parser.feed(response.content.decode())
    return parser.forms


def _typing_forms(response) -> list[dict]:
    return [f for f in _forms(response) if f["typed"]]


@pytest.fixture
def shared(client, enrolment):
    """Jean, signed in, shares her email and mobile."""
    client.force_login(enrolment.participant)
    pk = enrolment.programme_id
    response = client.post(
        reverse("programmes:my_contacts_share", args=[pk]), {"kinds": ["email", "sms"]}
    )
    assert response.status_code == 302
    return enrolment


@pytest.mark.parametrize("on_behalf", [False, True], ids=["participant", "clinician"])
def test_no_contact_page_holds_two_forms_a_person_types_into(client, shared, clinician, on_behalf):
    pk = shared.programme_id
    if on_behalf:
        client.force_login(clinician)
        args = [pk, shared.pk]
        prefix = "programmes:participant_contacts"
    else:
        args = [pk]
        prefix = "programmes:my_contacts"
    # The old page held the sharing form and the code form at once (after "Send a code",
    # ?code=email): typing in one and pressing the other's button lost the typing.
    overview = reverse(prefix, args=args)
    assert len(_typing_forms(client.get(f"{overview}?code=email"))) <= 1
    pages = [overview, reverse(f"{prefix}_share", args=args)]
    pages += [reverse(f"{prefix}_check", args=[*args, channel]) for channel in ("email", "sms")]
    for url in pages:
        assert len(_typing_forms(client.get(url))) <= 1, url
    # The contacts page links to every thing to do.
    links = client.get(overview).content.decode()
    for url in pages[1:]:
        assert f'href="{url}"' in links


def test_send_a_code_is_a_button_of_the_form_that_holds_the_code(client, shared):
    pk = shared.programme_id
    check = reverse("programmes:my_contacts_check", args=[pk, "email"])
    send = reverse("programmes:my_contacts_send", args=[pk, "email"])
    (form,) = _typing_forms(client.get(check))
    assert form["typed"] == ["code"]
    assert form["buttons"] == [check, send]  # Enter checks the code; the second sends


def test_a_typed_code_is_kept_when_send_a_code_is_pressed(client, shared):
    pk = shared.programme_id
    send = reverse("programmes:my_contacts_send", args=[pk, "email"])
    assert client.post(send).status_code == 302  # the first code
    sent = Notification.objects.filter(kind="programmes.contact_check").count()
    response = client.post(send, {"code": "123 456"})
    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="123 456"' in page
    assert "we did not send a new one" in page
    assert Notification.objects.filter(kind="programmes.contact_check").count() == sent
    assert ContactCheck.objects.count() == 1  # no new code: the first one still works
    # With the box cleared, a new code goes.
    assert client.post(send, {"code": " "}).status_code == 302
    assert Notification.objects.filter(kind="programmes.contact_check").count() == sent + 1


def test_a_participant_who_has_left_can_change_nothing(client, shared, clinician):
    from programmes import services

    services.enrolment_withdraw(actor=clinician, enrolment=shared, reason="Moved away")
    pk = shared.programme_id
    page = client.get(reverse("programmes:my_contacts", args=[pk])).content.decode()
    assert "Nothing is shared" in page
    for name, args in (
        ("programmes:my_contacts_share", [pk]),
        ("programmes:my_contacts_check", [pk, "email"]),
        ("programmes:my_contacts_send", [pk, "email"]),
    ):
        assert client.post(reverse(name, args=args)).status_code == 403, name


def test_an_unknown_channel_is_404(client, shared):
    url = reverse("programmes:my_contacts_check", args=[shared.programme_id, "pigeon"])
    assert client.get(url).status_code == 404
