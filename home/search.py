"""Site search over guides, theme packages and meetings in the current language.

Wagtail's stock search view lists every live page, including the titles of pages
behind a view restriction. This one removes the pages the request may not view
*before* searching, so neither titles nor excerpts of restricted pages leak.
"""

from collections import defaultdict
from urllib.parse import urlencode

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from resources import page_cache
from resources.models import GuideChapterPage, GuidePage, ThemeMeetingPage, ThemePackagePage
from resources.privacy import viewable

SEARCHABLE_TYPES = (GuidePage, GuideChapterPage, ThemePackagePage, ThemeMeetingPage)
RESULTS_PER_PAGE = 10
# A visitor's answer to a query is kept for others asking the same. Shorter than a
# page's: queries are many and mostly asked once; a publish moves on anyway.
CACHE_SECONDS = 10 * 60
CACHE_PARAMETERS = frozenset({"q", "page"})


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )


def search_queryset(request, query: str):
    """Live, viewable pages of the searchable types in the active locale matching `query`."""
    pages = viewable(
        Page.objects.live().type(*SEARCHABLE_TYPES).filter(locale=Locale.get_active()),
        request,
    )
    return pages.search(query)


def _specific_pages(pages) -> dict:
    """{pk: the page as its own type} for `pages`: one query per page type found (the
    pages carry their content type; no second read of their base rows)."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[page.content_type_id].append(page.pk)
    specific = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:  # a page type no longer in the code: shown as a plain page
            continue
        # With the relations the page type's own view reads (a meeting's venue).
        related = getattr(model, "route_select_related", ())
        rows = model._default_manager.filter(pk__in=pks).select_related(*related)
        specific.update((page.pk, page) for page in rows)
    return specific


@require_GET
def search(request):
    """The search page: a form, and paginated results with a short excerpt."""
    if set(request.GET) <= CACHE_PARAMETERS:
        # Only the form's own parameters: any other would store a copy per value.
        page_cache.mark_view_cacheable(request, timeout=CACHE_SECONDS)
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results = None
    if query:
        paginator = Paginator(search_queryset(request, query), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        specific = _specific_pages(results)
        results.object_list = [specific.get(p.pk, p) for p in results]
        for page in results.object_list:
            page.type_label = page._meta.verbose_name
    return render(
        request,
        "home/search.html",
        {
            "form": form,
            "query": query,
            "results": results,
            "filter_query": urlencode({"q": query}),
        },
    )
