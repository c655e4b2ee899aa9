from django.urls import path

from . import views

app_name = "groups"

urlpatterns = [
    path("", views.my_groups, name="my_groups"),
    path("directory/", views.directory, name="directory"),
    path("service/", views.staff_overview, name="staff_overview"),
    path("venues/", views.venue_list, name="venues"),
    path("venues/new/", views.venue_create, name="venue_create"),
    path("venues/<int:venue_pk>/", views.venue_edit, name="venue_edit"),
    path("gatherings/", views.gathering_list, name="gatherings"),
    path("gatherings/new/", views.gathering_create, name="gathering_create"),
    path("gatherings/<int:gathering_pk>/", views.gathering_detail, name="gathering_detail"),
    path("gatherings/<int:gathering_pk>/change/", views.gathering_edit, name="gathering_edit"),
    path("gatherings/<int:gathering_pk>/cancel/", views.gathering_cancel, name="gathering_cancel"),
    path("calendar/", views.calendar_settings, name="calendar"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("m/<str:token>/", views.cant_make_it, name="cant_make_it"),
    path("requests/<int:request_pk>/withdraw/", views.request_withdraw, name="request_withdraw"),
    path(
        "new/from-programme/<int:programme_id>/",
        views.create_from_programme,
        name="create_from_programme",
    ),
    path("<int:pk>/", views.group_detail, name="detail"),
    path("<int:pk>/settings/", views.group_settings, name="settings"),
    path("<int:pk>/close/", views.group_close, name="close"),
    path("<int:pk>/members/", views.members, name="members"),
    path("<int:pk>/members/sharing/", views.sharing, name="sharing"),
    path("<int:pk>/pause/", views.pause, name="pause"),
    path("<int:pk>/resume/", views.resume, name="resume"),
    path("<int:pk>/leave/", views.leave, name="leave"),
    path("<int:pk>/coordinator/", views.handover, name="handover"),
    path("<int:pk>/coordinator/step-up/", views.step_up, name="step_up"),
    path("<int:pk>/join/", views.join, name="join"),
    path("<int:pk>/introduce/", views.introduce, name="introduce"),
    path("<int:pk>/requests/<int:request_pk>/", views.request_decide, name="request_decide"),
    path("<int:pk>/meetings/", views.meeting_list, name="meetings"),
    path("<int:pk>/meetings/new/", views.meeting_create, name="meeting_create"),
    path("<int:pk>/meetings/<int:meeting_pk>/", views.meeting_detail, name="meeting_detail"),
    path("<int:pk>/meetings/<int:meeting_pk>/rsvp/", views.meeting_rsvp, name="meeting_rsvp"),
    path("<int:pk>/meetings/<int:meeting_pk>/change/", views.meeting_change, name="meeting_change"),
    path(
        "<int:pk>/meetings/<int:meeting_pk>/confirm/", views.meeting_confirm, name="meeting_confirm"
    ),
    path("<int:pk>/meetings/<int:meeting_pk>/cancel/", views.meeting_cancel, name="meeting_cancel"),
    path("<int:pk>/meetings/<int:meeting_pk>/attendance/", views.attendance, name="attendance"),
    path("<int:pk>/meetings/<int:meeting_pk>/calendar.ics", views.meeting_ics, name="meeting_ics"),
    path("<int:pk>/polls/new/", views.poll_create, name="poll_create"),
    path("<int:pk>/polls/<int:poll_pk>/", views.poll_detail, name="poll_detail"),
    path("<int:pk>/polls/<int:poll_pk>/decide/", views.poll_decide, name="poll_decide"),
    path("<int:pk>/posts/", views.board, name="board"),
    path("<int:pk>/posts/<int:post_pk>/", views.thread, name="thread"),
    path("<int:pk>/posts/<int:post_pk>/flag/", views.post_flag, name="post_flag"),
]
