"""Municipalities: where people live and how far apart they are."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Municipality(index.Indexed, models.Model):
    """A municipality the organisation works in (an editable list).

    The centre's coordinates give a distance between two people when neither has
    given a postcode; matching uses them for travel range.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("name"),
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
        return self.name


# The Sea Lapland municipalities of the original project; a data migration seeds them.
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
            name=name, defaults={"latitude": latitude, "longitude": longitude}
        )
