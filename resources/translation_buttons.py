"""wagtail-localize's "Translate this page" and "Sync translated pages" buttons in the
page explorer, without two queries for every row.

wagtail-localize asks, row by row, whether a locale is still missing a translation and
whether the page is the source of enabled translations: an editor's listing of 80
theme packages took 138 queries. Here the explorer's queryset is annotated with both
answers once (the `construct_explorer_page_queryset` hook) and the buttons read the
annotations. Where a page comes without them (the page header, other listings),
wagtail-localize's own function runs unchanged, so the buttons are the same
everywhere.
"""

from urllib.parse import urlencode

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import TranslationSource

SUBMIT = "wagtail_localize.submit_translation"


def annotate_translation_state(queryset):
    """Each page with how many locales it exists in (aliases aside), how many locales
    there are, and the id of its translation source with enabled translations."""
    # Aliases left out by the count's filter, not the WHERE: with "alias_of IS NULL"
    # there, PostgreSQL may walk the alias_of index (nearly every page) for each row
    # instead of the translation_key one (10 ms for 50 rows on fresh statistics).
    translated = (
        Page.objects.filter(translation_key=OuterRef("translation_key"))
        .order_by()
        .values("translation_key")
        .annotate(n=Count("locale_id", distinct=True, filter=Q(alias_of__isnull=True)))
        .values("n")
    )
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    ).values("pk")[:1]
    return queryset.annotate(
        localize_translated_locales=Subquery(translated, output_field=IntegerField()),
        localize_all_locales=Value(Locale.objects.count(), output_field=IntegerField()),
        localize_source_id=Subquery(source),
    )


def listing_more_buttons(page, user, view_name=None, next_url=None):
    if not hasattr(page, "localize_translated_locales"):
        yield from localize_hooks.page_listing_more_buttons(page, user, view_name, next_url)
        return
    if page.is_root() or not user.has_perm(SUBMIT):
        return
    if (page.localize_translated_locales or 0) < page.localize_all_locales:
        yield ListingButton(
            _("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    if page.localize_source_id:
        url = reverse("wagtail_localize:update_translations", args=[page.localize_source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")
