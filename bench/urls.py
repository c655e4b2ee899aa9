"""The app's URLs plus the bare view the benchmarks compare every page with."""

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import path

from pmp_followon.urls import urlpatterns as app_urlpatterns


def bare(request: HttpRequest) -> HttpResponse:
    """One query and a few bytes: what any page costs before it does its own work."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM accounts_service ORDER BY id LIMIT 1")
        cursor.fetchone()
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *app_urlpatterns]
