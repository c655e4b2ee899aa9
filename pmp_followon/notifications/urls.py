from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("problems/", views.problem_list, name="problems"),
    path("problems/<int:pk>/retry/", views.problem_retry, name="problem_retry"),
    path("problems/test-message/", views.test_message_send, name="test_message"),
    path("preferences/", views.preference_update, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
