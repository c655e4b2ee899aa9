from django.apps import AppConfig


class SafeguardingConfig(AppConfig):
    name = "safeguarding"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from . import guards, notification_kinds

        notification_kinds.register()
        # A guard on the database connection, not business logic: see safeguarding.guards.
        connection_created.connect(guards.install, dispatch_uid="safeguarding.guards")
