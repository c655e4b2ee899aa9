"""Message templates, system checks, and the rule that notifications knows no domain app."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.conf import settings

from pmp_followon.notifications import checks
from pmp_followon.notifications.kinds import (
    REMINDER,
    STAFF_PRIORITY_ALERT,
    TEST_MESSAGE,
    Kind,
    register_kind,
)
from pmp_followon.notifications.rendering import render_notification

pytestmark = pytest.mark.django_db

OURS = {
    REMINDER: {
        "title": "Thursday walk and talk group at the Riverside Centre",
        "when": "Thursday 12 March at 10:30am",
        "path": "/groups/12/meetings/34/",
    },
    TEST_MESSAGE: {},
    STAFF_PRIORITY_ALERT: {"alert_id": 123456, "path": "/safeguarding/alerts/123456/"},
}


@pytest.mark.parametrize("kind", list(OURS), ids=lambda k: k.name)
def test_our_texts_fit_in_one_sms_and_emails_have_a_subject(kind, participant, service):
    service.name = "Riverside and District Community Pain Management Service"
    service.save()
    sms = render_notification(
        template=kind.name, channel="sms", context=OURS[kind], recipient=participant, kind=kind
    )
    assert 0 < len(sms.body) <= 160, sms.body
    email = render_notification(
        template=kind.name, channel="email", context=OURS[kind], recipient=participant, kind=kind
    )
    assert email.subject and "\n" not in email.subject
    assert email.body.strip()


def test_staff_alert_says_nothing_but_that_an_alert_needs_review(clinician):
    context = OURS[STAFF_PRIORITY_ALERT]
    sms = render_notification(
        template=STAFF_PRIORITY_ALERT.name,
        channel="sms",
        context=context,
        recipient=clinician,
        kind=STAFF_PRIORITY_ALERT,
    )
    assert sms.body == "A priority safeguarding alert needs review. Sign in to see it."
    email = render_notification(
        template=STAFF_PRIORITY_ALERT.name,
        channel="email",
        context=context,
        recipient=clinician,
        kind=STAFF_PRIORITY_ALERT,
    )
    assert email.subject == "A priority safeguarding alert needs review"
    assert f"{settings.SITE_URL}/safeguarding/alerts/123456/" in email.body
    assert clinician.display_name not in email.body


def test_a_kind_without_templates_is_reported_by_the_system_check():
    register_kind(Kind(name="tests.no_templates"))
    messages = checks.kinds_have_templates()
    assert [m.id for m in messages if "tests.no_templates" in m.msg] == ["notifications.W001"] * 3
    assert not [m for m in messages if "notifications.reminder" in m.msg]


def test_lease_must_outlive_the_task_time_limit(settings):
    assert checks.lease_outlives_task() == []
    settings.NOTIFICATION_LEASE_SECONDS = settings.CELERY_TASK_TIME_LIMIT
    assert [m.id for m in checks.lease_outlives_task()] == ["notifications.E002"]


def test_notifications_never_imports_a_domain_app():
    package = Path(checks.__file__).parent
    domain = {"programmes", "groups", "safeguarding", "reports"}
    offenders = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in domain]
    assert offenders == []


def test_a_batch_looks_each_template_up_once_and_renders_the_same(participant, monkeypatch):
    """notifications_deliver_due renders a batch inside batch_templates(): each template is
    compiled once for the batch (issue 17), with the same words as a render on its own."""
    from pmp_followon.notifications import rendering

    def render(person_context):
        return render_notification(
            template=REMINDER.name,
            channel="email",
            context=person_context,
            recipient=participant,
            kind=REMINDER,
        )

    contexts = [dict(OURS[REMINDER], title=f"Group {i}") for i in range(5)]
    alone = [render(c) for c in contexts]
    looked_up = []
    real = rendering.get_template
    monkeypatch.setattr(
        rendering, "get_template", lambda name: looked_up.append(name) or real(name)
    )
    with rendering.batch_templates():
        batched = [render(c) for c in contexts]
    assert batched == alone
    assert [m.subject for m in batched] == [m.subject for m in alone]
    assert "Group 3" in batched[3].body
    assert (
        sorted(looked_up)
        == sorted(set(looked_up))
        == sorted(rendering.template_names(REMINDER.name)[part] for part in ("subject", "email"))
    )
    # Outside a batch every render looks its templates up again.
    render(contexts[0])
    assert len(looked_up) == 4
