from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.people_list, name="people"),
    path("invite/", views.person_invite, name="invite"),
]
