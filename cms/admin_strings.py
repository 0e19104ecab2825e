"""Wagtail and wagtail-localize strings that have no Finnish translation upstream.

Coordinators and editors work in Finnish; these msgids otherwise show in English on
their screens. Listing them here keeps them in the project's fi and sv catalogues
(`make messages`), which Django reads before the packages' own (LOCALE_PATHS).
Nothing imports this module; makemessages reads it.
"""

from django.utils.translation import gettext_noop

WAGTAIL = [
    gettext_noop("Search all pages…"),
    gettext_noop("Exploring"),
    gettext_noop("Autosave is paused"),
    gettext_noop("Task submitted by"),
]
