"""The sign-in backends load the signed-in person without building an ORM query; the user is
the one User.objects.get gives (accounts/backends.py)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user
from django.urls import reverse

from pmp_followon.accounts.backends import AuthenticationBackend, ModelBackend, load_user
from pmp_followon.accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _fields(user):
    return {f.attname: getattr(user, f.attname) for f in User._meta.concrete_fields}


def test_load_user_gives_the_orm_user(service):
    person = UserFactory(service=service)
    person.extra_roles = ["ptv"]
    person.mobile = "07700900123"
    person.save()
    loaded = load_user(person.pk)
    expected = User.objects.get(pk=person.pk)
    assert _fields(loaded) == _fields(expected)
    assert loaded._state.adding is False
    assert loaded._state.db == "default"
    assert type(loaded.mobile) is type(expected.mobile)
    assert loaded.extra_roles == ["ptv"]


def test_unknown_and_inactive_people_are_nobody(service):
    person = UserFactory(service=service)
    assert ModelBackend().get_user(person.pk + 10_000) is None
    person.is_active = False
    person.save()
    assert ModelBackend().get_user(person.pk) is None
    assert AuthenticationBackend().get_user(person.pk) is None


def test_a_signed_in_request_gets_its_person(client, service):
    person = UserFactory(service=service)
    client.force_login(person)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert get_user(response.wsgi_request).pk == person.pk
