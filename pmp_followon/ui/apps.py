from django.apps import AppConfig


class UIConfig(AppConfig):
    """Look and feel: NHS.UK frontend template tags and the crispy-forms template pack."""

    name = "pmp_followon.ui"
    label = "ui"
    verbose_name = "User interface"
