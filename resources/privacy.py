"""Which pages a request may see, as a queryset filter.

Wagtail's `PageQuerySet.public()` hides every restricted page, also from people
who may read it; its stock search view hides none. Listings and search here hide
exactly the pages whose view restriction this request does not pass.
"""

from django.db.models import F, Q, prefetch_related_objects
from wagtail.models import PageViewRestriction

from cms.panels import user_group_names


def all_restrictions(request) -> list[PageViewRestriction]:
    """Every view restriction with its page, read once per request (Wagtail's check of
    the page served, the page cache, the navigation and a listing all ask).

    Each carries `covered_paths`: the tree paths it covers, its page's and those of the
    page's aliases (Wagtail applies a page's restriction to its aliases' subtrees too,
    `Page.get_view_restrictions`). The aliases come in the same query, one row each.
    Group restrictions get their groups for a logged-in reader (one more query, only if
    there are any): an anonymous visitor fails them all.
    """
    if not hasattr(request, "_all_view_restrictions"):
        rows = PageViewRestriction.objects.select_related("page").annotate(
            alias_path=F("page__aliases__path")
        )
        restrictions = {}
        for row in rows.order_by("pk"):
            restriction = restrictions.setdefault(row.pk, row)
            if not hasattr(restriction, "covered_paths"):
                # An alias page's own restriction row is not Wagtail's to apply.
                restriction.covered_paths = [] if row.page.alias_of_id else [row.page.path]
            if row.alias_path:
                restriction.covered_paths.append(row.alias_path)
        restrictions = list(restrictions.values())
        if request.user.is_authenticated:
            prefetch_related_objects(
                [r for r in restrictions if r.restriction_type == PageViewRestriction.GROUPS],
                "groups",
            )
        request._all_view_restrictions = restrictions
    return request._all_view_restrictions


def covers(restriction, page) -> bool:
    """Whether `restriction` applies to `page` (set on it, an ancestor or their source)."""
    return any(page.path.startswith(path) for path in restriction.covered_paths)


def view_restrictions(page, request) -> list[PageViewRestriction]:
    """The restrictions that apply to `page`, as Wagtail's `get_view_restrictions()`
    finds them, from the request's one read of all restrictions."""
    return [r for r in all_restrictions(request) if covers(r, page)]


def failed_restrictions(request) -> list[PageViewRestriction]:
    """The view restrictions this request does not pass (two queries at most)."""
    if not hasattr(request, "_failed_view_restrictions"):
        request._failed_view_restrictions = _failed(request)
    return request._failed_view_restrictions


def _failed(request) -> list[PageViewRestriction]:
    user = request.user
    failed = []
    for restriction in all_restrictions(request):
        if restriction.restriction_type == PageViewRestriction.LOGIN:
            passes = user.is_authenticated
        elif restriction.restriction_type == PageViewRestriction.GROUPS:
            passes = user.is_authenticated and (
                user.is_superuser
                or any(g.name in user_group_names(user) for g in restriction.groups.all())
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
    return _covered_q(failed_restrictions(request))


def restricted_pages_q(request) -> Q:
    """A Q matching the pages under any restriction (Wagtail's `private_q`, from the
    request's one read of the restrictions)."""
    return _covered_q(all_restrictions(request))


def _covered_q(restrictions) -> Q:
    q = Q(pk__in=[])
    for restriction in restrictions:
        for path in restriction.covered_paths:
            q |= Q(path__startswith=path)
    return q


def is_restricted(page, request) -> bool:
    """Whether any view restriction covers `page` (its own or an ancestor's), whoever
    asks. Translations carry the same restriction rows (translated_privacy.py)."""
    return any(covers(r, page) for r in all_restrictions(request))


def viewable(queryset, request):
    """`queryset` without the pages this request may not view."""
    return queryset.exclude(hidden_pages_q(request))
