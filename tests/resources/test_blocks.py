"""Blocks render from their templates; videos need no network."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamValue

from resources.blocks import ContentStreamBlock, HeadingBlock, ImageBlock, VideoBlock
from resources.video import embed_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        ("https://example.org/video.mp4", None),
        ("https://www.youtube.com/watch?v=<script>", None),
    ],
)
def test_embed_url_is_computed_without_network(url, expected):
    assert embed_url(url) == expected


def render_stream(raw, context=None):
    block = ContentStreamBlock()
    value = StreamValue(block, raw, is_lazy=True)
    return "".join(child.render(context=context or {}) for child in value)


def test_video_without_transcript_shows_a_notice_to_editors(rf, make_user):
    request = rf.get("/")
    request.is_preview = True
    html = render_stream(
        [
            {
                "type": "video",
                "value": {
                    "url": "https://youtu.be/dQw4w9WgXcQ",
                    "title": "Neuvola",
                    "transcript": "",
                },
            }
        ],
        {"request": request},
    )
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in html
    assert "videolla ei ole tekstivastinetta" in html  # "this video has no transcript"


def test_video_without_transcript_shows_no_notice_to_readers(rf):
    request = rf.get("/")
    html = render_stream(
        [
            {
                "type": "video",
                "value": {
                    "url": "https://youtu.be/dQw4w9WgXcQ",
                    "title": "Neuvola",
                    "transcript": "",
                },
            }
        ],
        {"request": request},
    )
    assert "no transcript" not in html


def test_video_with_transcript_shows_it(rf):
    html = render_stream(
        [
            {
                "type": "video",
                "value": {
                    "url": "https://vimeo.com/1",
                    "title": "Kela",
                    "transcript": "<p>Tervetuloa Kelaan.</p>",
                },
            }
        ],
        {"request": rf.get("/")},
    )
    assert "Tervetuloa Kelaan." in html


def test_heading_accepts_a_numeric_level():
    html = render_stream([{"type": "heading", "value": {"text": "Neuvola", "level": 3}}])
    assert html.strip() == '<h3 class="block-heading">Neuvola</h3>'


def test_key_phrases_mark_the_finnish_phrase_as_finnish():
    html = render_stream(
        [
            {
                "type": "key_phrases",
                "value": {
                    "title": "Neuvolassa",
                    "phrases": [{"finnish": "Hyvää huomenta", "translation": "صباح الخير"}],
                },
            }
        ]
    )
    assert '<dt><span lang="fi" dir="ltr" id="' in html
    assert '">Hyvää huomenta</span></dt>' in html
    assert "صباح الخير" in html


def test_steps_are_numbered():
    html = render_stream(
        [
            {
                "type": "steps",
                "value": {
                    "title": "Kela",
                    "steps": [{"title": "Soita", "text": ""}, {"title": "Odota", "text": ""}],
                },
            }
        ]
    )
    assert "<ol" in html and html.index("Soita") < html.index("Odota")


def test_callout_is_labelled_by_its_kind():
    html = render_stream(
        [{"type": "callout", "value": {"kind": "warning", "text": "<p>Hätänumero 112</p>"}}]
    )
    assert 'class="callout callout--warning"' in html
    assert "Hätänumero 112" in html


def test_image_requires_alt_text():
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean({"image": None, "alt_text": "", "caption": ""})


def test_every_block_has_a_template():
    for name, child in ContentStreamBlock().child_blocks.items():
        assert child.meta.template, name
    assert VideoBlock().meta.template and HeadingBlock().meta.template
