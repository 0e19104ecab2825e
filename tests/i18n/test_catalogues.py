"""Every interface string is translated in every language, with the plural rules
of that language."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"

# How many plural forms each language has (CLDR / gettext conventions).
NPLURALS = {"fi": 2, "sv": 2, "en": 2, "so": 2, "ti": 2, "ckb": 2, "prs": 2, "ru": 3, "uk": 3}
NPLURALS["ar"] = 6

CATALOGUE_LANGUAGES = [code for code in settings.INTERFACE_LANGUAGES if code != "en"]


def catalogue(code):
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_every_msgid_is_translated(code):
    po = catalogue(code)
    missing = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert missing == []
    assert fuzzy == []


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_plural_forms_header_and_entries_match_the_language(code):
    po = catalogue(code)
    header = po.metadata["Plural-Forms"]
    assert header.startswith(f"nplurals={NPLURALS[code]};")
    for entry in po:
        if entry.msgid_plural and not entry.obsolete:
            assert len(entry.msgstr_plural) == NPLURALS[code], entry.msgid


def test_tigrinya_treats_zero_as_singular():
    assert "plural=(n > 1)" in catalogue("ti").metadata["Plural-Forms"]


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_plural_forms_differ_where_the_language_inflects(code):
    """Finnish "8 paikkaa", Swedish "8 platser": the plural is not the singular."""
    po = catalogue(code)
    entry = po.find("%(places)s place")
    assert entry.msgstr_plural[0] != entry.msgstr_plural[1]


@pytest.mark.parametrize("code", ["ar", "ckb", "prs"])
def test_rtl_catalogues_use_arabic_punctuation(code):
    po = catalogue(code)
    assert po.find("Hello,").msgstr.endswith("،")
    assert po.find("Forgot your password?").msgstr.endswith("؟")


def test_compiled_catalogues_are_up_to_date():
    """A .po edited without compilemessages would leave readers with the old text."""
    for code in CATALOGUE_LANGUAGES:
        po_path = LOCALE / code / "LC_MESSAGES" / "django.po"
        mo_path = po_path.with_suffix(".mo")
        compiled = polib.mofile(str(mo_path))
        source = {e.msgid: e.msgstr for e in catalogue(code) if e.msgstr and not e.obsolete}
        assert {e.msgid: e.msgstr for e in compiled if e.msgstr} == {
            k: v for k, v in source.items() if k
        }, code
