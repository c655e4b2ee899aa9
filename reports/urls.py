from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.groups_report, name="groups"),
    path("funnel/", views.funnel_report, name="funnel"),
    path("group-life/", views.group_life_report, name="group_life"),
    path("who-takes-part/", views.people_report, name="people"),
    path("safeguarding/", views.safeguarding_report, name="safeguarding"),
    path("csv/<slug:table>/", views.table_download, name="csv"),
    path("export/", views.evaluation_export, name="export"),
    path("profiles/", views.profile_list, name="profiles"),
    path("profiles/<int:pk>/", views.profile_edit, name="profile"),
]
