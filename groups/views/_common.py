"""What every groups view shares."""

from __future__ import annotations

from django.http import HttpRequest


def _data(request: HttpRequest):
    """The POST data when posting (even an empty form: every box left blank), else None."""
    return request.POST if request.method == "POST" else None
