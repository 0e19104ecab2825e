"""Links in emails use the site's configured address (WAGTAILADMIN_BASE_URL), also
on a non-default port: the demo Site matches it, so Wagtail's own moderation emails
never point to http://localhost/."""

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.models import Site

from cms import roles
from resources.workflow import ensure_guide_workflow
from tests.factories.resources import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
)
from tests.factories.volunteers import VolunteerFactory
from volunteers.volunteers.signup import confirmation_url

pytestmark = pytest.mark.django_db

ADDRESS = "http://127.0.0.1:8161"


@override_settings(WAGTAILADMIN_BASE_URL=ADDRESS)
def test_demo_site_takes_its_hostname_and_port_from_the_configured_address():
    from home.demo import ensure_home_page

    ensure_home_page()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8161)
    assert site.root_url == ADDRESS


@override_settings(WAGTAILADMIN_BASE_URL=ADDRESS)
def test_an_earlier_demo_site_on_localhost_moves_to_the_configured_address(home_page):
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    from home.demo import ensure_home_page

    ensure_home_page()
    assert Site.objects.get(is_default_site=True).root_url == ADDRESS


@override_settings(WAGTAILADMIN_BASE_URL=ADDRESS)
def test_confirmation_link_uses_the_configured_port():
    assert confirmation_url(VolunteerFactory()).startswith(f"{ADDRESS}/")


@override_settings(WAGTAILADMIN_BASE_URL=ADDRESS)
def test_moderation_emails_link_to_the_configured_address(home_page, make_user):
    guide_index = GuideIndexPageFactory(parent=home_page, slug="oppaat")
    ensure_guide_workflow()
    reviewer = make_user(roles.EDITORS, email="arvioija@example.org")
    author = make_user(roles.EDITORS, email="kirjoittaja@example.org")
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=guide_index))
    chapter.save_revision(user=author)
    mail.outbox.clear()
    chapter.get_workflow().start(chapter, author)
    bodies = [m.body for m in mail.outbox if reviewer.email in m.to]
    assert bodies
    assert all("localhost" not in body for body in bodies)
    assert any(f"{ADDRESS}/admin/" in body for body in bodies)
