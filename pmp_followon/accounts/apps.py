from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "pmp_followon.accounts"
    label = "accounts"
    verbose_name = "People and sign-in"
