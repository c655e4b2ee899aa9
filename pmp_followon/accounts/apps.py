from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "pmp_followon.accounts"
    label = "accounts"
    verbose_name = "People and sign-in"

    def ready(self) -> None:
        from pmp_followon.notifications.kinds import Kind, register_kind

        # How to sign in, sent once when staff make someone an account.
        register_kind(Kind(name="accounts.invitation", unsubscribable=False))
