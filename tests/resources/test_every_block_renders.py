"""Every kind of block an editor can put on a page renders, in Finnish and in Arabic,
and keeps the page readable when the image, document or recording it shows is
deleted later. A block that fails to render makes its whole page answer 500, and only
the first visitor would find out (the image block once did)."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtailmedia.models import get_media_model

from tests.resources.public_site import build_public_site, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def files(settings, tmp_path, home_page):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    PILImage.new("RGB", (16, 8), "green").save(buffer, "PNG")
    image = get_image_model().objects.create(
        title="Neuvola", file=ImageFile(buffer, name="neuvola.png")
    )
    document = get_document_model()(title="Ilmoittautumislomake")
    document.file.save("lomake.pdf", ContentFile(b"%PDF-1.4"), save=True)
    recording = get_media_model()(title="Hyvää huomenta", type="audio", duration=2)
    recording.file.save("huomenta.mp3", ContentFile(b"ID3"), save=True)
    return {"image": image, "document": document, "recording": recording}


def every_block(files, target_page):
    """One block of each type, as raw stream data (ids, not objects)."""
    rich_text = (
        f'<p>Katso <a linktype="page" id="{target_page.pk}">tapaamiset</a> ja '
        f'<a linktype="document" id="{files["document"].pk}">lomake</a>.</p>'
    )
    return [
        {"type": "rich_text", "value": rich_text},
        {"type": "heading", "value": {"text": "Otsikko", "level": "h2"}},
        {
            "type": "image",
            "value": {"image": files["image"].pk, "alt_text": "Neuvolan ovi", "caption": "Kuva"},
        },
        {
            "type": "document",
            "value": {"document": files["document"].pk, "title": "", "description": "A4"},
        },
        {
            "type": "video",
            "value": {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "Video neuvolasta",
                "transcript": "<p>Puhetta.</p>",
            },
        },
        {
            "type": "audio",
            "value": {
                "audio": files["recording"].pk,
                "title": "Tervehdys",
                "transcript": "<p>Hyvää huomenta.</p>",
                "language": "fi",
            },
        },
        {"type": "callout", "value": {"kind": "warning", "text": "<p>Varoitus.</p>"}},
        {"type": "checklist", "value": {"title": "Ota mukaan", "items": ["Kela-kortti"]}},
        {
            "type": "key_phrases",
            "value": {
                "title": "Sanoja",
                "phrases": [
                    {
                        "finnish": "huomenta",
                        "translation": "صباح الخير",
                        "audio": files["recording"].pk,
                    },
                    {"finnish": "kiitos", "translation": "شكرا", "audio": None},
                ],
            },
        },
        {
            "type": "steps",
            "value": {
                "title": "Näin varaat ajan",
                "steps": [{"title": "Soita", "text": "<p>Numeroon.</p>"}],
            },
        },
    ]


EXPECTED = [
    "Otsikko",
    'alt="Neuvolan ovi"',
    "Ilmoittautumislomake",
    "Video neuvolasta",
    "huomenta.mp3",
    "Varoitus.",
    "Kela-kortti",
    "صباح الخير",
    "Näin varaat ajan",
]


@pytest.fixture
def chapter(home_page, files):
    site = build_public_site(home_page)
    chapter = Page.objects.get(pk=site["chapter"].pk).specific
    chapter.body = every_block(files, site["meeting_index"])
    chapter.save_revision().publish()
    return chapter


def test_every_content_block_renders_on_a_chapter(client, chapter):
    response = client.get(chapter.url)
    assert response.status_code == 200
    for text in EXPECTED:
        assert text in response.text, text


def test_every_content_block_renders_on_the_arabic_translation(client, chapter):
    arabic = translate(chapter, "ar")
    response = client.get(arabic.url)
    assert response.status_code == 200
    assert 'dir="rtl"' in response.text
    for text in EXPECTED:
        assert text in response.text, text


def test_a_chapter_stays_readable_when_its_files_are_deleted(client, chapter, files):
    for item in files.values():
        item.delete()
    response = client.get(chapter.url)
    assert response.status_code == 200
    assert "Näin varaat ajan" in response.text
    assert "Neuvolan ovi" not in response.text
    assert "huomenta.mp3" not in response.text


def test_theme_package_materials_and_task_packages_render_for_a_volunteer(
    client, home_page, files, make_user
):
    site = build_public_site(home_page)
    package = Page.objects.get(pk=site["meeting"].theme_package_id).specific
    blocks = every_block(files, site["meeting_index"])
    package.materials = [block for block in blocks if block["type"] in ("document", "image")]
    package.body = blocks
    package.spouse_tasks = blocks
    package.children_tasks = blocks
    package.save_revision().publish()
    client.force_login(make_user("Volunteers"))
    response = client.get(package.url)
    assert response.status_code == 200
    for text in EXPECTED:
        assert text in response.text, text
