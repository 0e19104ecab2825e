"""Index pages that list their children with filters and pagination."""

from django.apps import apps
from django.core.paginator import Page, Paginator
from django.db.models import Count, Window

from ..privacy import viewable


class FilteredListingMixin:
    """Lists live children of `listing_model_name` this request may see, filtered by
    `filterset_class` (django-filter) and paginated.

    Subclasses add select_related/prefetch_related in `listing_queryset` so a page of
    results costs the same number of queries whether it shows 1 or 50 items.
    """

    listing_model_name: str = ""
    filterset_class = None
    paginate_by = 12

    def listing_queryset(self):
        model = apps.get_model("resources", self.listing_model_name)
        return model.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        queryset = viewable(self.listing_queryset(), request)
        if self.filterset_class is not None:
            filterset = self.filterset_class(
                request.GET or None, queryset=queryset, request=request, locale=self.locale
            )
            queryset = filterset.qs
            context["filter"] = filterset
            context["filter_query"] = _query_without_page(request)
        paginator = CountingPaginator(queryset, self.paginate_by)
        context["items"] = paginator.get_page(request.GET.get("page"))
        return context


def _query_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


class CountingPaginator(Paginator):
    """A paginator that reads a page's items and the number of all items in one query:
    each row carries the total as a window count, so the page costs no COUNT query of
    its own. A page number past the end (no rows) or below 1 goes Django's way (a
    count, then the last page)."""

    def get_page(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            number = 1
        if number < 1 or self.orphans:  # Django's way (the last page, or orphans)
            return super().get_page(number)
        bottom = (number - 1) * self.per_page
        rows = list(
            self.object_list.annotate(listing_total=Window(Count("*")))[
                bottom : bottom + self.per_page
            ]
        )
        if not rows and number > 1:
            return super().get_page(number)
        self.count = rows[0].listing_total if rows else 0  # the cached property's value
        return Page(rows, number, self)
