from django.urls import path

from . import views

app_name = "programmes"

urlpatterns = [
    path("", views.programme_list, name="list"),
    path("new/", views.programme_create, name="create"),
    path("closures/", views.closures, name="closures"),
    path("calendar/", views.calendar_settings, name="calendar"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("settings/", views.settings_edit, name="settings"),
    path("resources/", views.resource_list, name="resources"),
    path("resources/new/", views.resource_create, name="resource_create"),
    path("resources/<int:pk>/archive/", views.resource_archive, name="resource_archive"),
    path("resources/<int:pk>/file/", views.resource_file, name="resource_file"),
    path("<int:pk>/", views.programme_detail, name="detail"),
    path("<int:pk>/edit/", views.programme_edit, name="edit"),
    path("<int:pk>/cancel/", views.programme_cancel, name="cancel"),
    path("<int:pk>/facilitators/", views.facilitators, name="facilitators"),
    path(
        "<int:pk>/facilitators/<int:facilitator_pk>/remove/",
        views.facilitator_remove,
        name="facilitator_remove",
    ),
    path("<int:pk>/sessions/<int:number>/", views.session_detail, name="session"),
    path("<int:pk>/sessions/<int:number>/move/", views.session_move, name="session_move"),
    path("<int:pk>/sessions/<int:number>/cancel/", views.session_cancel, name="session_cancel"),
    path(
        "<int:pk>/sessions/<int:number>/attendance/",
        views.session_attendance,
        name="session_attendance",
    ),
    path("<int:pk>/participants/new/", views.enrol, name="enrol"),
    path(
        "<int:pk>/participants/<int:enrolment_pk>/",
        views.participant_detail,
        name="participant",
    ),
    path(
        "<int:pk>/participants/<int:enrolment_pk>/choice/",
        views.participant_choice,
        name="participant_choice",
    ),
    path(
        "<int:pk>/participants/<int:enrolment_pk>/contacts/",
        views.participant_contacts,
        name="participant_contacts",
    ),
    path(
        "<int:pk>/participants/<int:enrolment_pk>/contacts/share/",
        views.participant_contacts_share,
        name="participant_contacts_share",
    ),
    path(
        "<int:pk>/participants/<int:enrolment_pk>/contacts/check/<str:channel>/",
        views.participant_contacts_check,
        name="participant_contacts_check",
    ),
    path(
        "<int:pk>/participants/<int:enrolment_pk>/contacts/check/<str:channel>/send/",
        views.participant_contacts_send,
        name="participant_contacts_send",
    ),
    path(
        "<int:pk>/participants/<int:enrolment_pk>/withdraw/",
        views.participant_withdraw,
        name="participant_withdraw",
    ),
    path(
        "<int:pk>/participants/<int:enrolment_pk>/reinstate/",
        views.participant_reinstate,
        name="participant_reinstate",
    ),
    path("<int:pk>/handover/<str:kind>/", views.step_detail, name="step"),
    path("<int:pk>/handover/<str:kind>/checklist/", views.step_checklist, name="step_checklist"),
    path("<int:pk>/handover/<str:kind>/ptv/", views.step_ptv, name="step_ptv"),
    path(
        "<int:pk>/handover/<str:kind>/cannot-come/", views.step_unavailable, name="step_unavailable"
    ),
    path("<int:pk>/handover/agree/dates-and-venues/", views.step_options, name="step_options"),
    path("<int:pk>/handover/confirm/first-meeting/", views.step_meeting, name="step_meeting"),
    path("<int:pk>/outcomes/", views.outcomes, name="outcomes"),
    path(
        "<int:pk>/outcomes/<int:enrolment_pk>/suggest-group/",
        views.suggest_group,
        name="suggest_group",
    ),
    path("<int:pk>/my-choices/", views.my_choices, name="my_choices"),
    path("<int:pk>/my-choices/contacts/", views.my_contacts, name="my_contacts"),
    path("<int:pk>/my-choices/contacts/share/", views.my_contacts_share, name="my_contacts_share"),
    path(
        "<int:pk>/my-choices/contacts/check/<str:channel>/",
        views.my_contacts_check,
        name="my_contacts_check",
    ),
    path(
        "<int:pk>/my-choices/contacts/check/<str:channel>/send/",
        views.my_contacts_send,
        name="my_contacts_send",
    ),
    path("<int:pk>/resources/", views.programme_resources, name="programme_resources"),
]
