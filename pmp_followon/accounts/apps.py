from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "pmp_followon.accounts"
    label = "accounts"
    verbose_name = "People and sign-in"

    def ready(self) -> None:
        from pmp_followon.notifications.kinds import Kind, register_kind

        # How to sign in, sent once when staff make someone an account.
        register_kind(Kind(name="accounts.invitation", unsubscribable=False))

        from django.contrib.auth.signals import user_logged_in

        from .middleware import start_idle_clock

        # Session bookkeeping, not business logic: the idle clock starts at sign-in (every
        # way in, allauth's or not), so the first page after it costs no extra write.
        user_logged_in.connect(start_idle_clock, dispatch_uid="accounts.start_idle_clock")

        from django.db.backends.signals import connection_created

        from pmp_followon import sqlrows

        # The few statements every signed-in request runs are prepared once per connection
        # and keep one plan (issue 17, run 9; ``pmp_followon.sqlrows``).
        connection_created.connect(
            sqlrows.generic_plans_for_prepared, dispatch_uid="sqlrows.generic_plans"
        )
