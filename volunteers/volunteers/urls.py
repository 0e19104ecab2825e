"""Public URLs of the volunteers app: sign-up and the volunteer's portal."""

from django.urls import path

from volunteers.volunteers.views import portal, reconsent, signup

urlpatterns = [
    path("sign-up/", signup.sign_up, name="sign_up"),
    path("sign-up/thanks/", signup.sign_up_done, name="sign_up_done"),
    path("sign-up/confirm/<str:token>/", signup.confirm, name="confirm"),
    path("me/", portal.me, name="me"),
    path("me/edit/", portal.edit, name="edit"),
    path("me/privacy-notice/", reconsent.reconsent, name="reconsent"),
    path("me/pause/", portal.pause, name="pause"),
]
