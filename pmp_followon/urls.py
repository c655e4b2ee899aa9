from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from . import views
from .accounts import views as account_views

# The Django admin signs people in through allauth (password, then the MFA code).
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "PMP follow-on groups: technical admin"

urlpatterns = [
    path("", views.home, name="home"),
    path("help/", views.help_now, name="help_now"),
    path("about/accessibility/", views.accessibility, name="accessibility"),
    path("about/privacy/", views.privacy, name="privacy"),
    path("healthz/", views.healthz, name="healthz"),
    # allauth's sign-in view plus the emailed-code form; before allauth's URLs so it wins.
    path("accounts/login/", account_views.login, name="account_login"),
    # Passwords are for staff only; a first authenticator needs the invitation link.
    path("accounts/password/set/", account_views.password_set, name="account_set_password"),
    path(
        "accounts/password/change/", account_views.password_change, name="account_change_password"
    ),
    path("accounts/2fa/totp/activate/", account_views.activate_totp, name="mfa_activate_totp"),
    path(
        "accounts/invitation/<str:token>/",
        account_views.invitation_open,
        name="accounts_invitation",
    ),
    path("accounts/session/", account_views.session_status, name="account_session_status"),
    path(
        "accounts/session/keepalive/",
        account_views.session_keepalive,
        name="account_session_keepalive",
    ),
    path("accounts/", include("allauth.urls")),
    path("people/", include("pmp_followon.accounts.urls")),
    path("notifications/", include("pmp_followon.notifications.urls")),
    path("programmes/", include("programmes.urls")),
    path("groups/", include("groups.urls")),
    path("safeguarding/", include("safeguarding.urls")),
    path("reports/", include("reports.urls")),
    path("account/data/", include("privacy.urls")),
    path("admin/", admin.site.urls),
]
