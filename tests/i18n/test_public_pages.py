"""Each public page type, in each of the ten languages, speaks the reader's language
all round: no Finnish interface text around an Arabic (or any other) page."""

import html
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

from .conftest import OTHER_LANGUAGES

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    "home",
    "guide_index",
    "guide",
    "chapter",
    "theme_index",
    "package",
    "meeting_index",
    "meeting",
]
# The views outside the page tree, under the language prefix (Finnish has none).
VIEWS = {
    "search": "search/?q=luku",
    "sign_up": "volunteer/sign-up/",
    "login": "accounts/login/",
    "password_reset": "accounts/password_reset/",
}
# Shorter strings ("Missä", "Teema") could occur inside other words or names.
MIN_LENGTH = 8


def interface_strings(code):
    path = Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po"
    strings = set()
    for entry in polib.pofile(str(path)):
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in forms:
            if len(text) >= MIN_LENGTH and text != entry.msgid and "%(" not in text:
                strings.add(text)
    return strings


@pytest.fixture(scope="module")
def finnish_strings():
    return interface_strings("fi")


def finnish_on(content, finnish, code):
    own = interface_strings(code) if code not in ("en",) else set()
    # Visible text only: slugs in addresses are Finnish words too ("tapaamiset").
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", content.decode(), flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return sorted(s for s in finnish - own if s in text)


def prefixed(code, path):
    return f"/{path}" if code == "fi" else f"/{code}/{path}"


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_public_pages_show_no_finnish_interface_text(client, translate_tree, finnish_strings, code):
    tree = translate_tree(code)
    for page_type in PAGE_TYPES:
        page = tree[page_type]
        assert page.locale.language_code == code
        response = client.get(page.url)
        assert response.status_code == 200, (page_type, page.url)
        assert f'lang="{code}"' in response.content.decode()
        assert finnish_on(response.content, finnish_strings, code) == [], page_type
    for name, path in VIEWS.items():
        response = client.get(prefixed(code, path))
        assert response.status_code == 200, name
        assert finnish_on(response.content, finnish_strings, code) == [], name


def test_the_finnish_pages_do_show_the_finnish_interface(client, finnish_tree, finnish_strings):
    """The check above can fail: on the Finnish pages the same strings are found."""
    chapter = finnish_tree["chapter"]
    assert "Tulosta tämä luku" in finnish_on(client.get(chapter.url).content, finnish_strings, "en")
    content = html.unescape(client.get(chapter.url).content.decode())
    assert "Luku 2/2" in content
    assert "Tulosta tämä luku" in content


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ar", "الفصل 1 من 1"), ("ti", "ምዕራፍ 1 ካብ 1"), ("uk", "Розділ 1 з 1")],
)
def test_a_chapter_says_where_the_reader_is_in_her_language(client, translate_tree, code, expected):
    chapter = translate_tree(code)["chapter"]
    assert expected in client.get(chapter.url).content.decode()


def test_sign_up_form_errors_are_in_the_readers_language(client, home_page):
    """Dari has no Django catalogue of its own: the project's carries its form errors."""
    response = client.post(prefixed("prs", VIEWS["sign_up"]), {})
    content = response.content.decode()
    assert "این خانه ضروری است." in content
    assert "Tämä tieto tarvitaan." not in content
