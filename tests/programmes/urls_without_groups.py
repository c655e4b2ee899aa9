"""A URL configuration without the groups app, to show programmes works before it exists."""

from django.urls import include, path

from pmp_followon import views

urlpatterns = [
    path("", views.home, name="home"),
    path("help/", views.help_now, name="help_now"),
    path("about/accessibility/", views.accessibility, name="accessibility"),
    path("about/privacy/", views.privacy, name="privacy"),
    path("accounts/", include("allauth.urls")),
    path("notifications/", include("pmp_followon.notifications.urls")),
    path("programmes/", include("programmes.urls")),
]
