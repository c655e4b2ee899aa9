from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("view/", views.data_view, name="view"),
    path("download/", views.download_request, name="download_request"),
    path("download/<str:token>/", views.download, name="download"),
    path("details/", views.details, name="details"),
    path("leave/", views.leave, name="leave"),
    path("left/", views.left, name="left"),
    path("participants/", views.participant_list, name="participants"),
    path("participants/<int:pk>/leave/", views.participant_leave, name="participant_leave"),
    path("holds/", views.holds, name="holds"),
    path("holds/<int:pk>/release/", views.hold_release, name="hold_release"),
]
