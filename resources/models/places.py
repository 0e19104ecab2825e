"""Municipalities: where people live and how far apart they are."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..request_memo import memoised


class Municipality(index.Indexed, models.Model):
    """A municipality the organisation works in (an editable list).

    The centre's coordinates give a distance between two people when neither has
    given a postcode; matching uses them for travel range.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    # The official Finnish name is `name`; a bilingual municipality's Swedish name
    # (Tornio: Torneå) and names in the other content languages' scripts live here,
    # by language code. Used wherever the reader's language has one.
    other_names = models.JSONField(_("names in other languages"), default=dict, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("other_names"),
        FieldPanel("latitude"),
        FieldPanel("longitude"),
        FieldPanel("active"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_municipality"
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name_in()

    def name_in(self, language: str | None = None) -> str:
        """The name in ``language`` (the current one by default), else the Finnish one."""
        code = (language or get_language() or "fi").split("-")[0]
        return self.other_names.get(code) or self.name


# The Sea Lapland municipalities of the original project; a data migration seeds them.
# Names in other scripts (a data migration adds them to existing rows): Tornio is
# bilingual (Torneå); the others have no official Swedish name.
SEED_OTHER_NAMES = {
    "Kemi": {"ru": "Кеми", "uk": "Кемі", "ar": "كيمي", "ckb": "کێمی", "prs": "کیمی", "ti": "ኬሚ"},
    "Tornio": {
        "sv": "Torneå",
        "ru": "Торнио",
        "uk": "Торніо",
        "ar": "تورنيو",
        "ckb": "تۆرنیۆ",
        "prs": "تورنیو",
        "ti": "ቶርንዮ",
    },
    "Keminmaa": {
        "ru": "Кеминмаа",
        "uk": "Кемінмаа",
        "ar": "كيمينما",
        "ckb": "کێمینما",
        "prs": "کیمینما",
        "ti": "ኬሚንማ",
    },
    "Simo": {"ru": "Симо", "uk": "Сімо", "ar": "سيمو", "ckb": "سیمۆ", "prs": "سیمو", "ti": "ሲሞ"},
    "Tervola": {
        "ru": "Тервола",
        "uk": "Тервола",
        "ar": "تيرفولا",
        "ckb": "تێرڤۆلا",
        "prs": "ترولا",
        "ti": "ተርቮላ",
    },
}
SEED_MUNICIPALITIES = [
    ("Kemi", "65.73630", "24.56370"),
    ("Tornio", "65.84810", "24.14660"),
    ("Keminmaa", "65.80190", "24.54400"),
    ("Simo", "65.66220", "25.06250"),
    ("Tervola", "66.08360", "24.81030"),
]


def ensure_seed_municipalities(model=None):
    """Create the seed municipalities that are missing (idempotent).

    Takes the model so that the data migration can pass its historical model.
    """
    model = model or Municipality
    for name, latitude, longitude in SEED_MUNICIPALITIES:
        model.objects.get_or_create(
            name=name,
            defaults={"latitude": latitude, "longitude": longitude},
        )
    # The seed migration runs before other_names existed; later callers fill them too.
    if any(field.name == "other_names" for field in model._meta.get_fields()):
        add_seed_other_names(model)


def add_seed_other_names(model=None):
    """Give the seed municipalities their names in other languages where they have none
    (a name an administrator already wrote is kept)."""
    model = model or Municipality
    for row in model.objects.filter(name__in=SEED_OTHER_NAMES):
        wanted = {**SEED_OTHER_NAMES[row.name], **row.other_names}
        if wanted != row.other_names:
            row.other_names = wanted
            row.save(update_fields=["other_names"])


def municipality_names(language: str | None = None) -> dict[str, str]:
    """{Finnish name: name in ``language``} of every municipality, for places stored
    as text (a venue's municipality). One query (once per GET request and language)."""
    code = (language or get_language() or "fi").split("-")[0]
    return memoised(
        ("municipality_names", code),
        lambda: {
            row.name: row.name_in(code) for row in Municipality.objects.only("name", "other_names")
        },
    )
