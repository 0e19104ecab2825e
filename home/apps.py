from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Front page and site")

    def ready(self):
        from django.db.models.signals import pre_save

        from cms.forms import strip_bidi_on_save

        # Home sits above every app, so this one receiver covers all the people apps.
        pre_save.connect(strip_bidi_on_save, dispatch_uid="cms.forms.strip_bidi_on_save")
