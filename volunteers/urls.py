from django.urls import path

from .views import matches, portal, reconsent, signup

app_name = "volunteers"

urlpatterns = [
    path("sign-up/", signup.sign_up, name="sign_up"),
    path("sign-up/thanks/", signup.sign_up_done, name="sign_up_done"),
    path("sign-up/confirm/<str:token>/", signup.confirm, name="confirm"),
    path("me/", portal.me, name="me"),
    path("me/edit/", portal.edit, name="edit"),
    path("me/privacy-notice/", reconsent.reconsent, name="reconsent"),
    path("me/pause/", portal.pause, name="pause"),
    path("me/match/<int:pk>/", matches.match_detail, name="match"),
    path("me/match/<int:pk>/feedback/", matches.match_feedback, name="match_feedback"),
    path("me/match/<int:pk>/move/", matches.match_move, name="match_move"),
]
