"""The helper's email leaves through the outbox: a real Celery worker on Redis sends
it once the assignment is committed."""

import pytest
from django.core import mail

from cms.vocabularies import VolunteerRole
from resources.models.places import ensure_seed_municipalities
from tests.factories.resources import MeetingIndexPageFactory, ThemeMeetingPageFactory
from tests.factories.volunteers import approved_volunteer
from tests.waiting import wait_for
from volunteers.outbox.models import OutgoingEmail


@pytest.mark.worker
def test_the_assignment_email_is_sent_by_a_real_worker(celery_worker, home_page, coordinator):
    from volunteers.volunteers import meeting_helpers

    ensure_seed_municipalities()
    index = MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")
    meeting = ThemeMeetingPageFactory(parent=index, title="Neuvolailta")
    helper = approved_volunteer(roles=[VolunteerRole.CHILDCARE], email="siiri@example.org")
    meeting_helpers.assign(meeting, helper, coordinator)
    email = OutgoingEmail.objects.get(purpose="childcare-helper-assigned")
    assert wait_for(lambda: OutgoingEmail.objects.get(pk=email.pk).status == "sent")
    assert [m.to for m in mail.outbox] == [["siiri@example.org"]]
    assert "Neuvolailta" in mail.outbox[0].body
