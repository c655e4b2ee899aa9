"""Links to the groups app's pages (by URL name: programmes never imports groups)."""

import ast
import pathlib

import pytest
from django.urls import reverse

from pmp_followon.notifications.models import Notification
from programmes import services

from .conftest import NOW

pytestmark = pytest.mark.django_db


def test_the_confirm_step_links_to_group_creation(client, clinician, programme):
    client.force_login(clinician)
    url = reverse("programmes:step", args=[programme.pk, "confirm"])
    body = client.get(url).content.decode()
    assert reverse("groups:create_from_programme", args=[programme.pk]) in body


def test_pointing_someone_to_another_group_is_sent_once(client, clinician, enrolment):
    services.participant_choice_record(
        actor=clinician,
        enrolment=enrolment,
        continue_choice="keen_unsuitable",
        unsuitable_venue=True,
        now=NOW,
    )
    client.force_login(clinician)
    url = reverse("programmes:suggest_group", args=[enrolment.programme_id, enrolment.pk])
    outcomes = reverse("programmes:outcomes", args=[enrolment.programme_id])
    assert "Send them the list of groups" in client.get(outcomes).content.decode()
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302
    rows = Notification.objects.filter(
        kind="programmes.other_group", recipient=enrolment.participant
    )
    assert rows.count() == 1
    assert rows.get().context["directory_path"] == reverse("groups:directory")
    assert "Sent the list of groups" in client.get(outcomes).content.decode()


def test_programmes_never_imports_groups_or_safeguarding():
    package = pathlib.Path(services.__file__).parent
    offenders = []
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [
                f"{path.name}: {name}"
                for name in names
                if name.split(".")[0] in ("groups", "safeguarding")
            ]
    assert offenders == []


def test_a_volunteer_coordinator_is_offered_to_start_the_group(client, enrolment):
    person = enrolment.participant
    client.force_login(person)
    url = reverse("programmes:my_choices", args=[enrolment.programme_id])
    create = reverse("groups:create_from_programme", args=[enrolment.programme_id])
    assert create not in client.get(url).content.decode()
    services.participant_choice_record(
        actor=person,
        enrolment=enrolment,
        continue_choice="keen",
        volunteers_to_organise=True,
        now=NOW,
    )
    assert create in client.get(url).content.decode()
