"""The volunteer's own match pages, under her portal (/volunteer/me/match/…)."""

from django.urls import path

from volunteers.matching import views

urlpatterns = [
    path("me/hours/", views.my_hours, name="hours"),
    path("me/match/<int:pk>/", views.match_detail, name="match"),
    path("me/match/<int:pk>/feedback/", views.match_feedback, name="match_feedback"),
    path("me/match/<int:pk>/answer/", views.match_answer, name="match_answer"),
    path(
        "me/match/<int:pk>/checkin/<int:checkin_pk>/",
        views.match_checkin,
        name="match_checkin",
    ),
    path("me/match/<int:pk>/move/", views.match_move, name="match_move"),
]
