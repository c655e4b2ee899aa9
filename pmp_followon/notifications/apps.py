from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "pmp_followon.notifications"
    label = "notifications"
    verbose_name = "Notifications"
