"""The safeguarding demo: a rota, an open high alert, an acknowledged one and a resolved
false positive for Riverside Pain Service; running it twice changes nothing."""

from __future__ import annotations

import io

import pytest
from django.utils import timezone

from safeguarding.models import Alert, AlertOutcome, AlertState, AuditEvent, RotaEntry

pytestmark = pytest.mark.django_db


def _seed(now):
    from pmp_followon.accounts import demo as accounts_demo
    from safeguarding import demo

    out = io.StringIO()
    accounts_demo.seed(stdout=out, now=now)
    demo.seed(stdout=out, now=now)
    return out.getvalue()


def _state():
    return (
        sorted(Alert.objects.values_list("level", "state", "outcome")),
        RotaEntry.objects.count(),
        AuditEvent.objects.exclude(action="alert_viewed").count(),
    )


def test_seed_makes_the_three_alerts_and_a_rota_once():
    now = timezone.now()
    output = _seed(now)
    alerts = Alert.objects.filter(service__name="Riverside Pain Service")
    high = alerts.get(level="high")
    assert high.state == AlertState.OPEN
    assert high.subject.email == "member@example.org"
    assert alerts.get(state=AlertState.ACKNOWLEDGED).assigned_to.email == "duty@example.org"
    resolved = alerts.get(state=AlertState.RESOLVED)
    assert resolved.outcome == AlertOutcome.FALSE_POSITIVE
    assert RotaEntry.objects.filter(service__name="Riverside Pain Service").count() == 15
    assert "Riverside Thursday group" in output

    before = _state()
    _seed(now)
    assert _state() == before
