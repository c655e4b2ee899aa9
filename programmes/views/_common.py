"""What the programmes views share."""

from __future__ import annotations

from django.http import HttpResponseRedirect
from django.shortcuts import redirect

from ..models import Programme


def programme_redirect(programme: Programme) -> HttpResponseRedirect:
    """Back to the programme's page (after most changes)."""
    return redirect("programmes:detail", programme.pk)
