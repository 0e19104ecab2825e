"""Which pages a request may see, as a queryset filter.

Wagtail's `PageQuerySet.public()` hides every restricted page, also from people
who may read it; its stock search view hides none. Listings and search here hide
exactly the pages whose view restriction this request does not pass.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from cms.panels import user_group_names


def failed_restrictions(request) -> list[PageViewRestriction]:
    """The view restrictions this request does not pass (two queries at most)."""
    user = request.user
    groups = user_group_names(user)
    failed = []
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    for restriction in restrictions:
        if restriction.restriction_type == PageViewRestriction.LOGIN:
            passes = user.is_authenticated
        elif restriction.restriction_type == PageViewRestriction.GROUPS:
            passes = user.is_superuser or any(g.name in groups for g in restriction.groups.all())
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


def viewable(queryset, request):
    """`queryset` without the pages this request may not view."""
    return queryset.exclude(hidden_pages_q(request))
