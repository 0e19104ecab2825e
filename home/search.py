"""Site search over guides, theme packages and meetings in the current language.

Wagtail's stock search view lists every live page, including the titles of pages
behind a view restriction. This one removes the pages the request may not view
*before* searching, so neither titles nor excerpts of restricted pages leak.
"""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from resources.models import GuideChapterPage, GuidePage, ThemeMeetingPage, ThemePackagePage
from resources.privacy import viewable

SEARCHABLE_TYPES = (GuidePage, GuideChapterPage, ThemePackagePage, ThemeMeetingPage)
RESULTS_PER_PAGE = 10


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


@require_GET
def search(request):
    """The search page: a form, and paginated results with a short excerpt."""
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results = None
    if query:
        paginator = Paginator(search_queryset(request, query), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        specific = {
            page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in results]).specific()
        }
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
