"""Index pages that list their children with filters and pagination."""

from django.apps import apps
from django.core.paginator import Paginator

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
        paginator = Paginator(queryset, self.paginate_by)
        context["items"] = paginator.get_page(request.GET.get("page"))
        return context


def _query_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
