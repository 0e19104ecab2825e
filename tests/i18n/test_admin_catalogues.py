"""Every string of the installed Wagtail, wagtail-localize and wagtailmedia apps has
Finnish, upstream or in locale_overrides/fi (so an upgrade that brings new strings
fails here until they are translated), in the server-side and the JavaScript
catalogues alike."""

import json
import re
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.conftest import prefer_language

from .admin_text import _finnish

# The same in Finnish: names, abbreviations and loanwords.
SAME_IN_FINNISH = {
    "URL",
    "Alias",
    "Media",
    "media",
    "Wagtail API v3",
    "Wagtail routablepage",
    "%(field_label)s:",
    "%(related_model_name)s %(field_label)s",
    "%(time)s",
    "%(status_display)s %(task_name)s %(started_at)s",
    "ID",
    "%(num)s min",
    "%(time_zone_option)s: %(localized_time_zone_label)s",
}
OVERRIDES = Path(settings.BASE_DIR) / "locale_overrides"


def _upstream(domain):
    for config in apps.get_app_configs():
        if config.name.startswith(("wagtail", "wagtail_localize", "wagtailmedia")):
            path = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                yield config.name, polib.pofile(str(path))


def test_every_installed_admin_string_has_finnish():
    untranslated = []
    with translation.override("fi"):
        for app, po in _upstream("django"):
            for entry in po:
                if entry.obsolete or entry.msgid in SAME_IN_FINNISH:
                    continue
                if _finnish(entry) == entry.msgid:
                    untranslated.append((app, entry.msgctxt, entry.msgid))
    assert untranslated == []


def _served_catalogue(client, url):
    """The {msgid: translation} a JavaScript catalogue view serves."""
    script = client.get(url).content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S).group(1))
    return {key: value[0] if isinstance(value, list) else value for key, value in catalogue.items()}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name, app",
    [
        ("wagtailadmin_javascript_catalog", "wagtail.admin"),
        ("wagtail_localize:javascript_catalog", "wagtail_localize"),
    ],
)
def test_the_admin_javascript_speaks_finnish(client, make_user, url_name, app):
    """The strings the admin's scripts show ("Publish in …" of the translation editor)."""
    client.force_login(prefer_language(make_user("Editors"), "fi"))
    served = _served_catalogue(client, reverse(url_name))
    po = dict(_upstream("djangojs"))[app]
    missing = [
        entry.msgid
        for entry in po
        if not entry.obsolete
        and entry.msgid not in SAME_IN_FINNISH
        and served.get(entry.msgid, entry.msgid) == entry.msgid
    ]
    assert missing == []
    if app == "wagtail_localize":
        assert served["Publish in "] == "Julkaise kielellä "


def test_overrides_are_compiled():
    for po_path in OVERRIDES.glob("*/LC_MESSAGES/*.po"):
        compiled = {e.msgid: e.msgstr for e in polib.mofile(str(po_path.with_suffix(".mo")))}
        for entry in polib.pofile(str(po_path)):
            assert entry.msgid in compiled, (po_path, entry.msgid)
