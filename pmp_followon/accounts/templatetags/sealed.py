"""`{{ value|unseal }}` in notification templates: see pmp_followon.accounts.sealing."""

from django import template

from pmp_followon.accounts.sealing import unseal as _unseal

register = template.Library()


@register.filter
def unseal(value: str) -> str:
    return _unseal(value)
