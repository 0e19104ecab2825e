"""lang/dir on content in another language, and audio blocks with transcripts."""

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtailmedia.models import Media

from resources.blocks import AudioBlock, KeyPhrasesBlock
from resources.templatetags.language_tags import lang_attrs

pytestmark = pytest.mark.django_db


@pytest.fixture
def recording(home_page):
    # home_page makes the root collection, which every media item belongs to.
    media = Media(title="neuvola", type="audio", duration=1)
    media.file.save("neuvola.mp3", ContentFile(b"ID3"), save=True)
    return media


def render_phrases(recording=None):
    block = KeyPhrasesBlock()
    value = block.to_python(
        {
            "title": "",
            "phrases": [
                {"finnish": "neuvola", "translation": "عيادة", "audio": recording and recording.pk}
            ],
        }
    )
    return block.render(value)


def test_finnish_key_words_in_an_arabic_page_are_marked_finnish_left_to_right():
    with translation.override("ar"):
        html = render_phrases()
    assert '<dt><span lang="fi" dir="ltr" id="' in html
    assert ">neuvola</span></dt>" in html


def test_a_right_to_left_language_inside_a_finnish_page_is_marked_rtl():
    assert lang_attrs("ckb") == ' lang="ckb" dir="rtl"'
    assert lang_attrs("ti") == ' lang="ti" dir="ltr"'


def test_a_key_phrase_recording_plays_in_a_native_player_labelled_by_the_word(recording):
    html = render_phrases(recording)
    assert "<audio" in html and "controls" in html
    assert recording.file.url in html
    label = html.split('dir="ltr" id="')[1].split('"')[0]
    assert f'aria-labelledby="{label}"' in html


def test_a_chapter_recording_shows_its_transcript_in_the_recordings_language(recording):
    block = AudioBlock()
    value = block.to_python(
        {
            "audio": recording.pk,
            "title": "Kuuntele",
            "transcript": "<p>Neuvola on maksuton.</p>",
            "language": "fi",
        }
    )
    with translation.override("ar"):
        html = block.render(value)
    assert "Neuvola on maksuton." in html
    assert 'lang="fi" dir="ltr"><p>Neuvola on maksuton.</p>' in html
    assert "<audio" in html
