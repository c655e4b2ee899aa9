"""The notification kinds programmes sends, registered from ProgrammesConfig.ready().

Templates: templates/notifications/<name>/subject.txt, email.txt and sms.txt.
"""

from __future__ import annotations

from pmp_followon.notifications.kinds import Kind, register_kind

HANDOVER_REMINDER = "programmes.handover_reminder"
PTV_MISSING = "programmes.ptv_missing"
INVITATION = "programmes.invitation"
CONTACT_CHECK = "programmes.contact_check"
OTHER_GROUP = "programmes.other_group"

KINDS = (
    # To facilitators, two working days before each handover step.
    Kind(name=HANDOVER_REMINDER, priority="default"),
    # To the clinicians on a programme when a step has lost its PTV.
    Kind(name=PTV_MISSING, priority="default"),
    # To a participant put on a programme: how to sign in. Expected, so no unsubscribe link.
    Kind(name=INVITATION, priority="default", unsubscribable=False),
    # A code the participant is waiting for, often in the session: never held for quiet hours.
    Kind(
        name=CONTACT_CHECK,
        priority="default",
        respects_quiet_hours=False,
        unsubscribable=False,
    ),
    # To someone keen whose group's date or venue did not suit: the directory of groups.
    Kind(name=OTHER_GROUP, priority="default"),
)


def register() -> None:
    for kind in KINDS:
        register_kind(kind)
