"""What a Finnish-speaking member of staff reads on an admin page, and which of it is
English that should have been Finnish.

"Known English" is every msgid of the project's and the installed admin packages'
catalogues whose Finnish translation differs from it: if the English form reaches a
Finnish page, a string was rendered untranslated (no Finnish upstream, translated
at import time, stored as data, or hard-coded in a template). A short msgid must
is found as whole words; one with placeholders must match a whole piece of text
(an element's text or an attribute value).
"""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib
from django.conf import settings
from django.utils import translation

SITE_PACKAGES = Path(polib.__file__).parent
# The packages whose strings show in the admin.
PACKAGES = ["wagtail", "wagtail_localize", "wagtailmedia", "django/contrib/admin"]
# Attributes a reader meets: tooltips, screen-reader labels, placeholders, alt texts.
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
SKIPPED = {"script", "style", "template", "svg"}

# Words and names that are the same in Finnish, or data rather than interface text.
# Each with the reason it may appear on a Finnish page.
ALLOWED = {
    "Wagtail": "the product's name",
    "Wagtail API v3": "a product name",
    "URL": "the same abbreviation in Finnish",
    "ID": "the same abbreviation in Finnish",
    "Media": "the same word in Finnish (the media library)",
    "Alias": "the same word in Finnish",
    "PDF": "a file format",
    "CSV": "a file format",
    "XLSX": "a file format",
    "to": "Finnish for Thursday, abbreviated (torstai) in dates such as 'to 3.12.'; "
    "the English 'to' is a Wagtail msgid",
    "Kela": "a Finnish authority's name (also a msgid for the introductory-visit place)",
    "English": "a language's own name (endonym), as the language switcher and Wagtail's "
    "locale labels show every language",
}


class _Text(HTMLParser):
    """Visible text and read attributes, without scripts and hidden elements.

    A `hidden` element (Wagtail's side-panel counter holds a placeholder "None" until
    its script fills in a number) is skipped with everything inside it, and so is an
    element marked as another language (`lang="en"`): that is content in its own
    language, such as the title of an English translation, not the admin's chrome.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []
        self._stack = []  # (tag, skipping) for open non-void elements

    @property
    def _skipping(self):
        return bool(self._stack) and self._stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        other_language = (attrs.get("lang") or "fi").split("-")[0] != "fi"
        skip = self._skipping or tag in SKIPPED or "hidden" in attrs or other_language
        if not skip:
            for name in READ_ATTRIBUTES:
                if attrs.get(name):
                    self.pieces.append(attrs[name].strip())
            if tag in ("input", "button") and attrs.get("type") in ("submit", "button"):
                if attrs.get("value"):
                    self.pieces.append(attrs["value"].strip())
        if tag not in VOID:
            self._stack.append((tag, skip))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self._stack.pop()

    def handle_endtag(self, tag):
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data):
        if not self._skipping and data.strip():
            self.pieces.append(" ".join(data.split()))


def visible_pieces(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    return [p for p in parser.pieces if p]


def _catalogues():
    yield Path(settings.BASE_DIR) / "locale" / "fi" / "LC_MESSAGES" / "django.po"
    for package in PACKAGES:
        yield from (SITE_PACKAGES / package).glob("**/locale/en/LC_MESSAGES/django.po")


_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def _english_form(msgid):
    """The msgid as a reader would see it: markup out, whitespace single."""
    return " ".join(re.sub(r"<[^>]+>", " ", msgid).split())


def _finnish(entry):
    if entry.msgid_plural:
        if entry.msgctxt:
            return translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1)
        return translation.ngettext(entry.msgid, entry.msgid_plural, 1)
    if entry.msgctxt:
        return translation.pgettext(entry.msgctxt, entry.msgid)
    return translation.gettext(entry.msgid)


@cache
def known_english():
    """(words, templates): the English the Finnish admin must not show.

    words: one regex of the msgids without placeholders, found as whole words
    anywhere in a piece ("Roolisi: Coordinators"). templates: (literal, regex) for
    msgids with placeholders; the regex must match a whole piece ("1-11 of 11 sivut"),
    and is tried only where the msgid's longest literal stretch occurs.
    """
    plain, templates = set(), {}
    with translation.override("fi"):
        for path in _catalogues():
            for entry in polib.pofile(str(path)):
                if entry.obsolete or entry.msgid in ALLOWED or _finnish(entry) == entry.msgid:
                    # The same in Finnish, or untranslated (test_admin_catalogues.py).
                    continue
                english = _english_form(entry.msgid)
                parts = [p.strip() for p in _PLACEHOLDER.split(english)]
                if len(parts) == 1:
                    if len(english) >= 2 and re.search(r"[A-Za-z]{2}", english):
                        plain.add(english)
                    continue
                letters = sum(len(re.findall(r"[A-Za-z]", p)) for p in parts)
                if letters < 2:
                    continue  # "%(field_label)s:" and the like: nothing English in it
                pattern = ".+?".join(re.escape(p) for p in _PLACEHOLDER.split(english))
                templates[pattern] = max(parts, key=len)
    words = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(w) for w in sorted(plain, key=len, reverse=True))
        + r")(?![\w-])"
    )
    return words, [(literal, re.compile(p)) for p, literal in templates.items()]


def english_on(html: str) -> list[str]:
    """The pieces of a rendered admin page that hold known English."""
    words, templates = known_english()
    found = []
    for piece in visible_pieces(html):
        if piece in ALLOWED:
            continue
        match = words.search(piece)
        if match and match.group(1) not in ALLOWED:
            found.append(f"{piece} [{match.group(1)}]")
            continue
        for literal, pattern in templates:
            if literal in piece and pattern.fullmatch(piece):
                found.append(f"{piece} [{pattern.pattern}]")
                break
    return found
