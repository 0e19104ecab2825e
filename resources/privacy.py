"""Which pages a request may see, as a queryset filter.

Wagtail's `PageQuerySet.public()` hides every restricted page, also from people
who may read it; its stock search view hides none. Listings and search here hide
exactly the pages whose view restriction this request does not pass.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from cms.panels import user_group_names


def all_restrictions(request) -> list[PageViewRestriction]:
    """Every view restriction with its page and groups, read once per request (the
    navigation, a listing and the page cache all ask)."""
    if not hasattr(request, "_all_view_restrictions"):
        restrictions = PageViewRestriction.objects.select_related("page")
        if request.user.is_authenticated:
            # An anonymous visitor fails every group restriction: no groups needed.
            restrictions = restrictions.prefetch_related("groups")
        request._all_view_restrictions = list(restrictions)
    return request._all_view_restrictions


def failed_restrictions(request) -> list[PageViewRestriction]:
    """The view restrictions this request does not pass (two queries at most)."""
    if not hasattr(request, "_failed_view_restrictions"):
        request._failed_view_restrictions = _failed(request)
    return request._failed_view_restrictions


def _failed(request) -> list[PageViewRestriction]:
    user = request.user
    groups = user_group_names(user)
    failed = []
    for restriction in all_restrictions(request):
        if restriction.restriction_type == PageViewRestriction.LOGIN:
            passes = user.is_authenticated
        elif restriction.restriction_type == PageViewRestriction.GROUPS:
            passes = user.is_authenticated and (
                user.is_superuser or any(g.name in groups for g in restriction.groups.all())
            )
        elif restriction.restriction_type == PageViewRestriction.NONE:
            passes = True
        else:  # password: Wagtail remembers a passed password in the session
            passes = restriction.accept_request(request)
        if not passes:
            failed.append(restriction)
    return failed


def hidden_pages_q(request) -> Q:
    """A Q matching the pages under a restriction the request fails (never matches if none)."""
    q = Q(pk__in=[])
    for restriction in failed_restrictions(request):
        page = restriction.page
        q |= Q(path__startswith=page.path, depth__gte=page.depth)
    return q


def is_restricted(page, request) -> bool:
    """Whether any view restriction covers `page` (its own or an ancestor's), whoever
    asks. Translations carry the same restriction rows (translated_privacy.py)."""
    return any(
        page.path.startswith(r.page.path) and page.depth >= r.page.depth
        for r in all_restrictions(request)
    )


def viewable(queryset, request):
    """`queryset` without the pages this request may not view."""
    return queryset.exclude(hidden_pages_q(request))
