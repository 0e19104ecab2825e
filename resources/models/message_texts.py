"""Texts of the short messages mothers get (meeting reminders, cancellations), as
translatable snippets: editors keep them in the content languages with
wagtail-localize. A language without its translation falls back to the Finnish
text (written in plain Finnish) and shows on the editors' dashboard.

Until editors have written a text at all (a new site), the built-in text below is
sent, in her language where the interface translations have it, else in Finnish:
a reminder she registered for is never silently dropped."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin


class MessageText(TranslatableMixin, models.Model):
    class Key(models.TextChoices):
        MEETING_REMINDER = "meeting_reminder", _("meeting reminder (the day before)")
        MEETING_CANCELLED = "meeting_cancelled", _("meeting cancelled")

    key = models.CharField(_("message"), max_length=40, choices=Key.choices)
    text = models.TextField(
        _("text"),
        help_text=_(
            "Short: one SMS is 160 letters. You can use {title} {date} {time} {place} "
            "{address} {childcare}."
        ),
    )

    panels = [FieldPanel("key"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("message text")
        verbose_name_plural = _("message texts")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="one_message_text_per_language")
        ]

    def __str__(self):
        return self.get_key_display()


class _Blank(dict):
    def __missing__(self, key):
        return "{" + key + "}"


# Sent while no editor has written the message in any language (see module doc).
BUILT_IN_TEXTS = {
    MessageText.Key.MEETING_REMINDER: gettext_noop(
        "Reminder: {title} tomorrow {date} at {time}, {place}, {address}. Welcome!"
    ),
    MessageText.Key.MEETING_CANCELLED: gettext_noop(
        "{title} on {date} at {time} is cancelled. We are sorry."
    ),
}


def built_in_text(key: str, language: str) -> tuple[str, bool]:
    """The built-in text of `key` in `language`, or in the site's default language
    (Finnish) when the interface has no translation of it; True if it fell back."""
    source = BUILT_IN_TEXTS[key]
    default = Locale.get_default().language_code
    with translation.override(default):
        default_text = translation.gettext(source)
    with translation.override(language):
        text = translation.gettext(source)
    # Django falls back to the default language's catalog for an untranslated string.
    if language == default or text != default_text:
        return text, False
    return default_text, True


def message_text(key: str, language: str) -> tuple[str, bool]:
    """The text of `key` in `language`, and whether it fell back to Finnish."""
    texts = {
        t.locale.language_code: t.text
        for t in MessageText.objects.filter(key=key).select_related("locale")
    }
    if language in texts:
        return texts[language], False
    default = Locale.get_default().language_code
    if default in texts:
        return texts[default], True
    return built_in_text(key, language)


def fill(text: str, values: dict) -> str:
    """`text` with its placeholders filled; an unknown one is left as written."""
    return text.format_map(_Blank(values))


def missing_translations() -> list[tuple[str, list[str]]]:
    """[(message label, [language codes without a text])] for the editors' dashboard."""
    have = {}
    for key, code in MessageText.objects.values_list("key", "locale__language_code"):
        have.setdefault(key, set()).add(code)
    languages = list(Locale.objects.order_by("pk").values_list("language_code", flat=True))
    missing = []
    for key, label in MessageText.Key.choices:
        absent = [code for code in languages if code not in have.get(key, set())]
        if absent:
            missing.append((label, absent))
    return missing
