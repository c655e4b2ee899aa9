from django.urls import path

from . import views

app_name = "safeguarding"

urlpatterns = [
    # staff
    path("alerts/", views.alert_list, name="alert_list"),
    path("alerts/new/", views.alert_create, name="alert_create"),
    path("alerts/<int:pk>/", views.alert_detail, name="alert_detail"),
    path("alerts/<int:pk>/acknowledge/", views.alert_acknowledge, name="alert_acknowledge"),
    path("alerts/<int:pk>/contact/", views.alert_contact, name="alert_contact"),
    path("alerts/<int:pk>/note/", views.alert_note, name="alert_note"),
    path("alerts/<int:pk>/resolve/", views.alert_resolve, name="alert_resolve"),
    path("alerts/<int:pk>/dismiss/", views.alert_dismiss, name="alert_dismiss"),
    path("alerts/<int:pk>/hide-post/", views.alert_hide_post, name="alert_hide_post"),
    path("rota/", views.rota, name="rota"),
    path("rota/add/", views.rota_add, name="rota_add"),
    path("rota/<int:pk>/remove/", views.rota_remove, name="rota_remove"),
    path("hours/", views.service_hours, name="service_hours"),
    path("escalation/", views.escalation_policy, name="escalation_policy"),
    path("reports/", views.reports, name="reports"),
    path("screener-review/", views.review_list, name="review_list"),
    path("screener-review/<int:pk>/", views.review_item, name="review_item"),
    # members
    path("concern/post/<int:post_id>/", views.concern_post, name="concern_post"),
    path("concern/group/<int:group_id>/", views.concern_member, name="concern_member"),
    path("concern/sent/", views.concern_sent, name="concern_sent"),
    path("call-back/", views.callback, name="callback"),
    path("call-back/sent/", views.callback_sent, name="callback_sent"),
]
