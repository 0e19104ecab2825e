"""Account pages under /accounts/ (language-prefixed like the login page)."""

from django.urls import path

from cms.accounts import views

urlpatterns = [
    path("two-step/", views.verify, name="two_step_verify"),
    path("two-step/set-up/", views.enrol, name="two_step_enrol"),
    path("two-step/recovery-codes/", views.recovery_codes, name="two_step_codes"),
]
