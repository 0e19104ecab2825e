import pytest
from django.core import mail

from tests.factories.volunteers import MunicipalityFactory
from tests.waiting import wait_for
from volunteers.outbox.models import OutgoingEmail
from volunteers.volunteers.models import Volunteer

from .signup_data import valid_signup


@pytest.mark.worker
def test_the_confirmation_email_is_sent_by_a_real_worker(
    celery_worker, client, home_page, settings
):
    settings.SIGNUP_RATELIMIT = None
    kemi = MunicipalityFactory(name="Kemi")
    assert client.post("/volunteer/sign-up/", valid_signup(kemi)).status_code == 302
    email = OutgoingEmail.objects.get(purpose="signup-confirmation")
    assert wait_for(lambda: OutgoingEmail.objects.get(pk=email.pk).status == "sent")
    token = Volunteer.objects.get().confirmation_token
    assert [m.to for m in mail.outbox] == [["aijala@example.org"]]
    assert f"/volunteer/sign-up/confirm/{token}/" in mail.outbox[0].body
    assert mail.outbox[0].subject == OutgoingEmail.objects.get(pk=email.pk).subject
