"""The notification kinds safeguarding sends. Registered from SafeguardingConfig.ready().

All are staff messages and content-free (safeguarding.md rule 11): the templates under
templates/notifications/<kind>/ say only that something needs review and where to sign in.
No post text, no names.
"""

from pmp_followon.notifications.kinds import Kind, register_kind

ALERT_KIND = "safeguarding.alert"
CALLBACK_KIND = "safeguarding.callback"
ROTA_GAP_KIND = "safeguarding.rota_gap"
PAGE_FAILED_KIND = "safeguarding.page_failed"

KINDS = (
    # Escalation pages for high and medium alerts: the crisis queue, at any hour.
    Kind(
        name=ALERT_KIND,
        priority="crisis",
        staff_alert=True,
        respects_quiet_hours=False,
        unsubscribable=False,
    ),
    # A call back request nobody has picked up in time: not a crisis.
    Kind(
        name=CALLBACK_KIND,
        priority="default",
        staff_alert=True,
        respects_quiet_hours=False,
        unsubscribable=False,
    ),
    # A page to the person on duty could not be delivered (every channel failed), to the
    # service admins: on the crisis queue, because somebody may be unreachable right now.
    Kind(
        name=PAGE_FAILED_KIND,
        priority="crisis",
        staff_alert=True,
        respects_quiet_hours=False,
        unsubscribable=False,
    ),
    # A gap in tomorrow's duty rota, to the service admins.
    Kind(
        name=ROTA_GAP_KIND,
        priority="default",
        staff_alert=True,
        respects_quiet_hours=False,
        unsubscribable=False,
    ),
)


def register() -> None:
    for kind in KINDS:
        register_kind(kind)
