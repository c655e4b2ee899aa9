"""The queue's words per row are worked out once in Python (selectors.alert_queue_rows) rather
than by template tags per row (issue 17). They must read exactly as the tags read: the old
template code is kept here as the oracle and rendered beside the new one."""

from __future__ import annotations

import datetime
import itertools

from django.template import Context, Template
from django.utils import timezone

from safeguarding.models import Alert, AlertLevel, AlertSource, AlertState, RiskKind
from safeguarding.selectors import alert_queue_rows

# What templates/safeguarding/alert_list.html (and includes/level_tag.html) said per row
# before: the filters and translation tags, with the same autoescaping.
OLD = Template(
    "{% load i18n %}"
    "{% blocktranslate with ago=alert.raised_at|timesince:now %}{{ ago }} ago"
    "{% endblocktranslate %}|"
    "{% if alert.post_count > 1 %}{{ alert.post_count }}:{% blocktranslate with"
    " latest=alert.latest_post_at|timesince:now count posts=alert.post_count %}{{ posts }}"
    " post, the latest {{ latest }} ago{% plural %}{{ posts }} posts, the latest {{ latest }}"
    " ago{% endblocktranslate %}{% endif %}|"
    "{% if alert.escalate_after %}{% if alert.escalate_after <= now %}"
    '{% translate "Now (overdue)" %}{% else %}{% blocktranslate with'
    " left=alert.escalate_after|timeuntil:now %}in {{ left }}{% endblocktranslate %}"
    '{% endif %}{% else %}{% translate "None" %}{% endif %}|'
    "{{ alert.get_level_display }}|{{ alert.get_kind_display }}|"
    "{{ alert.get_source_display }}|{{ alert.get_state_display }}"
)
NEW = Template(
    "{{ alert.row.raised_ago }}|"
    "{% if alert.row.posts_note %}{{ alert.row.post_count }}:{{ alert.row.posts_note }}"
    "{% endif %}|{{ alert.row.escalation }}|"
    "{{ alert.row.level_label }}|{{ alert.row.kind_label }}|"
    "{{ alert.row.source_label }}|{{ alert.row.state_label }}"
)

AGES = [
    datetime.timedelta(seconds=20),
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=2, seconds=5),
    datetime.timedelta(hours=1),
    datetime.timedelta(hours=2, minutes=5),
    datetime.timedelta(days=3, hours=4),
    datetime.timedelta(days=40),
    datetime.timedelta(days=400),
]
ESCALATIONS = [
    None,
    -datetime.timedelta(minutes=3),
    datetime.timedelta(0),
    datetime.timedelta(minutes=4, seconds=30),
    datetime.timedelta(hours=1, minutes=1),
    datetime.timedelta(days=2),
]


def alert(now, *, age, escalation, later_posts, level, kind, source, state) -> Alert:
    raised = now - age
    snapshot = {"created_at": raised.isoformat()}
    if later_posts:
        snapshot["later_posts"] = [
            {"post_id": 1000 + i, "created_at": (raised + (i + 1) * age / 4).isoformat()}
            for i in range(later_posts)
        ]
    return Alert(
        pk=1,
        level=level,
        kind=kind,
        source=source,
        state=state,
        raised_at=raised,
        escalate_after=None if escalation is None else now + escalation,
        post_id=99,
        snapshot=snapshot,
    )


def test_every_row_reads_as_the_template_tags_read():
    now = timezone.now()
    alerts = [
        alert(
            now,
            age=age,
            escalation=escalation,
            later_posts=later,
            level=level,
            kind=kind,
            source=source,
            state=state,
        )
        for (age, escalation, later), (level, kind, source, state) in zip(
            itertools.product(AGES, ESCALATIONS, (0, 1, 11)),
            itertools.cycle(
                itertools.product(
                    AlertLevel.values, RiskKind.values, AlertSource.values, AlertState.values
                )
            ),
            strict=False,
        )
    ]
    rows = alert_queue_rows(alerts, now=now)
    assert len(rows) == len(AGES) * len(ESCALATIONS) * 3
    seen = set()
    for row in rows:
        old = OLD.render(Context({"alert": row, "now": now}))
        assert NEW.render(Context({"alert": row, "now": now})) == old
        seen.add(old.split("|")[2])
    # The comparison covered every kind of escalation text, and plural post notes.
    assert {"None", "Now (overdue)"} <= seen
    assert any(s.startswith("in ") for s in seen)
    assert any("12 posts, the latest" in NEW.render(Context({"alert": r})) for r in rows)


def test_a_missing_date_reads_as_nothing_as_the_filter_did():
    now = timezone.now()
    row = alert(
        now,
        age=datetime.timedelta(hours=1),
        escalation=None,
        later_posts=0,
        level=AlertLevel.HIGH,
        kind=RiskKind.SELF,
        source=AlertSource.STAFF,
        state=AlertState.OPEN,
    )
    row.raised_at = None
    (done,) = alert_queue_rows([row], now=now)
    assert done.row.raised_ago == OLD.render(Context({"alert": row, "now": now})).split("|")[0]
    assert done.row.raised_ago == " ago"
