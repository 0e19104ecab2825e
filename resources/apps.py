from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "resources"
    verbose_name = _("Content")

    def ready(self):
        from . import admin_sidebar, page_cache, translated_privacy
        from .page_lookups_memo import memoise_page_lookups
        from .request_memo import memoise_locale_lookups

        translated_privacy.connect()
        memoise_locale_lookups()
        memoise_page_lookups()
        page_cache.connect()
        admin_sidebar.install()
        admin_sidebar.connect()
