"""The anonymous page cache and the cached site chrome never show a stale or a
private page: a published change is on the next request, a page made private (in
any of its languages) is refused, and a logged-in reader never gets the anonymous
copy, nor the anonymous reader the logged-in one (issue 17)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.models import ContactSettings
from resources import page_cache
from tests.resources.public_site import build_public_site, republish

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page):
    return build_public_site(home_page)


def test_second_anonymous_request_is_served_from_the_cache(client, site):
    first = client.get(site["chapter"].url)
    with CaptureQueriesContext(connection) as context:
        second = client.get(site["chapter"].url)
    assert second.status_code == 200
    assert second.content == first.content
    assert len(context.captured_queries) == 0


def test_published_change_is_on_the_next_anonymous_request(client, site):
    client.get(site["chapter"].url)
    republish(site["chapter"], title="Uusi otsikko")
    assert "Uusi otsikko" in client.get(site["chapter"].url).text


def test_published_title_change_reaches_the_cached_navigation(client, site):
    client.get(site["chapter"].url)
    republish(site["meeting_index"], title="Tapaamiskalenteri")
    assert "Tapaamiskalenteri" in client.get(site["chapter"].url).text


def test_unpublished_page_is_gone_on_the_next_anonymous_request(client, site):
    client.get(site["meeting"].url)
    Page.objects.get(pk=site["meeting"].pk).unpublish()
    assert client.get(site["meeting"].url).status_code == 404


def test_moved_page_is_not_served_at_its_old_address(client, site):
    old_url = site["meeting"].url
    client.get(old_url)
    Page.objects.get(pk=site["meeting"].pk).move(site["guide"], pos="last-child")
    response = client.get(old_url)
    # Wagtail leaves a redirect to the new address, which the cache must not hide.
    assert response.status_code == 301
    assert response["Location"] == Page.objects.get(pk=site["meeting"].pk).url


def test_page_made_private_is_never_served_from_the_cache(client, site):
    client.get(site["chapter"].url)
    PageViewRestriction.objects.create(
        page=site["guide"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(site["chapter"].url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_translation_of_a_page_made_private_is_never_served_from_the_cache(client, site):
    english = site["english_chapter"]
    assert client.get(english.url).status_code == 200
    # Made private in Finnish: the English copy gets the same restriction.
    PageViewRestriction.objects.create(
        page=site["chapter"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(english.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_private_page_read_by_a_member_is_not_given_to_an_anonymous_visitor(
    client, site, make_user
):
    member = make_user("Volunteers")
    client.force_login(member)
    assert client.get(site["private_guide"].url).status_code == 200
    client.logout()
    client.cookies.clear()
    assert client.get(site["private_guide"].url).status_code == 302


def test_logged_in_reader_never_gets_the_anonymous_copy(client, site, make_user):
    assert "Kirjaudu ulos" not in client.get(site["guide"].url).text
    client.force_login(make_user("Volunteers", first_name="Aino"))
    response = client.get(site["guide"].url)
    assert "Kirjaudu ulos (Aino)" in response.text
    assert "Teemamateriaalit" in response.text  # the members' link in the navigation


def test_anonymous_visitor_never_gets_the_logged_in_copy(client, site, make_user):
    client.force_login(make_user("Volunteers", first_name="Aino"))
    assert "Teemamateriaalit" in client.get(site["guide"].url).text
    client.logout()
    client.cookies.clear()
    response = client.get(site["guide"].url)
    assert "Aino" not in response.text
    assert "Teemamateriaalit" not in response.text  # no members' link for visitors


def test_changed_contact_details_are_in_the_next_footer(client, site, home_page):
    client.get(site["guide"].url)
    contact = ContactSettings.for_site(home_page.get_site())
    contact.email = "uusi@example.org"
    contact.save()
    assert "uusi@example.org" in client.get(site["guide"].url).text


def test_sign_up_form_copy_sets_this_visitors_csrf_cookie(client, home_page):
    # A copy with another visitor's CSRF token and no cookie of her own would have the
    # visitor's sign-up refused (more in test_shared_answers_cache.py).
    client.get("/volunteer/sign-up/")
    client.cookies.clear()
    second = client.get("/volunteer/sign-up/")
    assert "csrftoken" in second.cookies
    assert "csrfmiddlewaretoken" in second.text


def test_filtered_listing_is_rendered_for_its_query(client, site):
    client.get(site["guide_index"].url)
    response = client.get(site["guide_index"].url, {"audience": "spouses"})
    assert site["guide"].title not in response.text


# Files shown on a page: replacing or deleting one must reach the cached page, or
# visitors get a link or an image address that no longer exists.


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def png(colour, name):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), colour).save(buffer, "PNG")
    return ImageFile(buffer, name=name)


def put_in_chapter(chapter, block_type, value):
    chapter = Page.objects.get(pk=chapter.pk).specific
    chapter.body = [{"type": block_type, "value": value}]  # raw form: ids, not objects
    chapter.save_revision().publish()


def test_renamed_document_reaches_the_cached_page(client, site, media_root):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Vanha lomake")
    document.file.save("lomake.pdf", ContentFile(b"%PDF-1.4"), save=True)
    put_in_chapter(site["chapter"], "document", {"document": document.pk, "title": ""})
    assert "Vanha lomake" in client.get(site["chapter"].url).text

    document.title = "Uusi lomake"
    document.save()
    assert "Uusi lomake" in client.get(site["chapter"].url).text


def test_replaced_document_file_is_linked_at_its_new_address(client, site, media_root):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Lomake")
    document.file.save("lomake-2025.pdf", ContentFile(b"%PDF-1.4"), save=True)
    put_in_chapter(site["chapter"], "document", {"document": document.pk, "title": ""})
    assert "lomake-2025.pdf" in client.get(site["chapter"].url).text

    document.file.save("lomake-2026.pdf", ContentFile(b"%PDF-1.5"), save=True)
    text = client.get(site["chapter"].url).text
    assert "lomake-2026.pdf" in text
    assert "lomake-2025.pdf" not in text


def test_deleted_document_is_not_linked_from_the_cached_page(client, site, media_root):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Poistuva lomake")
    document.file.save("poistuva.pdf", ContentFile(b"%PDF-1.4"), save=True)
    put_in_chapter(site["chapter"], "document", {"document": document.pk, "title": ""})
    assert "Poistuva lomake" in client.get(site["chapter"].url).text

    document.delete()
    assert "Poistuva lomake" not in client.get(site["chapter"].url).text


def test_replaced_image_is_shown_from_its_new_file(client, site, media_root):
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(title="Kuva", file=png("green", "kevat.png"))
    put_in_chapter(site["chapter"], "image", {"image": image.pk, "alt_text": "Kevät"})
    assert "kevat" in client.get(site["chapter"].url).text

    # As Wagtail's image form does when an editor uploads a new file.
    image.renditions.all().delete()
    image.file = png("brown", "syksy.png")
    image.save()
    text = client.get(site["chapter"].url).text
    assert "syksy" in text
    assert "kevat" not in text


def test_replaced_recording_is_played_from_its_new_file(client, site, media_root):
    from django.core.files.base import ContentFile
    from wagtailmedia.models import get_media_model

    media = get_media_model()(title="Neuvola", type="audio", duration=1)
    media.file.save("neuvola-1.mp3", ContentFile(b"ID3"), save=True)
    put_in_chapter(
        site["chapter"],
        "audio",
        {"audio": media.pk, "title": "Neuvola", "transcript": "<p>Neuvola.</p>", "language": ""},
    )
    assert "neuvola-1.mp3" in client.get(site["chapter"].url).text

    media.file.save("neuvola-2.mp3", ContentFile(b"ID3"), save=True)
    text = client.get(site["chapter"].url).text
    assert "neuvola-2.mp3" in text
    assert "neuvola-1.mp3" not in text


def test_a_lazily_saved_file_hash_never_moves_the_generation(client, site, media_root):
    """Wagtail saves an image's file hash the first time it is asked for it, which may
    be while a page is served: that must not empty the cache, or every visit of a page
    with such an image would start cold."""
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(title="Kuva", file=png("blue", "hash.png"))
    put_in_chapter(site["chapter"], "image", {"image": image.pk, "alt_text": "Kuva"})
    client.get(site["chapter"].url)  # the site settings' rows are made on first read
    get_image_model().objects.filter(pk=image.pk).update(file_hash="")
    before = page_cache.generation()
    get_image_model().objects.get(pk=image.pk).get_file_hash()  # saves the hash
    assert page_cache.generation() == before


def test_deleted_image_leaves_the_page_readable(client, site, media_root):
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(title="Kuva", file=png("red", "poistuva.png"))
    put_in_chapter(site["chapter"], "image", {"image": image.pk, "alt_text": "Poistuva kuva"})
    assert 'alt="Poistuva kuva"' in client.get(site["chapter"].url).text

    image.delete()
    response = client.get(site["chapter"].url)
    assert response.status_code == 200
    assert "Poistuva kuva" not in response.text
