"""Intranet-only pages and private documents refuse outsiders."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from cms import roles
from resources.documents import ensure_private_collection
from tests.factories.resources import GuideChapterPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def intranet_guide(guide_index, restrict):
    guide = GuidePageFactory(parent=guide_index, title="Kotoutumisopas ammattilaisille")
    restrict(guide, groups=roles.INTRANET_READERS)
    return guide


@pytest.fixture
def private_document(make_user):
    collection = ensure_private_collection()
    document = Document(title="Talouden tehtäväpaketti", collection=collection)
    document.file.save("talous.txt", ContentFile(b"Kuukauden budjetti"), save=True)
    return document


def test_anonymous_reader_is_sent_to_login_from_an_intranet_chapter(client, intranet_guide):
    chapter = GuideChapterPageFactory(parent=intranet_guide)
    response = client.get(chapter.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_partner_professional_reads_an_intranet_chapter(client, intranet_guide, make_user):
    chapter = GuideChapterPageFactory(parent=intranet_guide, title="Luottamus viranomaisiin")
    client.force_login(make_user(roles.PARTNER_PROFESSIONALS))
    response = client.get(chapter.url)
    assert response.status_code == 200
    assert "Luottamus viranomaisiin" in response.text


def test_logged_in_user_outside_the_groups_is_refused(client, intranet_guide, make_user):
    client.force_login(make_user(None))
    response = client.get(intranet_guide.url)
    # Wagtail sends a reader outside the groups to log in as someone who may read it.
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_anonymous_download_of_a_private_document_is_refused(client, private_document):
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_outsider_download_of_a_private_document_is_refused(client, private_document, make_user):
    client.force_login(make_user(None))
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_volunteer_downloads_a_private_document(client, private_document, make_user):
    client.force_login(make_user(roles.VOLUNTEERS))
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Kuukauden budjetti"


def test_document_url_goes_through_the_serve_view(private_document):
    # A direct /media/ URL would bypass the collection's restriction.
    assert private_document.url.startswith("/documents/")


def test_a_chapter_under_an_alias_of_an_intranet_guide_stays_private(
    client, guide_index, intranet_guide, make_user
):
    """Wagtail applies a page's restriction to its aliases' subtrees; the check of the
    served page, answered from one read of every restriction, does the same."""
    GuideChapterPageFactory(parent=intranet_guide, slug="luku", title="Luottamus viranomaisiin")
    alias = intranet_guide.create_alias(update_slug="sama-opas", recursive=True)
    chapter_url = f"{alias.url}luku/"

    response = client.get(chapter_url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]

    client.force_login(make_user(roles.PARTNER_PROFESSIONALS))
    assert "Luottamus viranomaisiin" in client.get(chapter_url).text
