"""The partner professional's page, under /partner/."""

from django.urls import path

from volunteers.outreach import views

app_name = "outreach"

urlpatterns = [
    path("referrals/", views.my_referrals, name="my_referrals"),
]
