from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "pmp_followon.notifications"
    label = "notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        from . import checks  # noqa: F401 - registers the system checks
        from .kinds import REMINDER, STAFF_PRIORITY_ALERT, TEST_MESSAGE, register_kind

        register_kind(TEST_MESSAGE)
        register_kind(REMINDER)
        register_kind(STAFF_PRIORITY_ALERT)
