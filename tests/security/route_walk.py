"""Walk every URL pattern of the site as each role and classify the answers.

Used by test_role_routes.py. Routes are named by their pattern (the key of the
declared table); the ids filled in are real rows made by `make_world`, belonging
to other people (another worker's participant, another volunteer's match).
"""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

ANONYMOUS = "anonymous"


@dataclass(frozen=True)
class Route:
    pattern: str  # the full pattern, the table's key
    name: str | None


def all_routes() -> list[Route]:
    def walk(resolver, prefix):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                yield Route(prefix + str(entry.pattern), entry.name)

    seen, routes = set(), []
    for route in walk(get_resolver(), ""):
        if route.pattern not in seen:  # accounts/login/ is declared twice
            seen.add(route.pattern)
            routes.append(route)
    return routes


# Regex patterns with nested groups: their URLs are written out.
REGEX_URLS = {
    r"^media/(?P<path>.*)$": "media/images/none.png",
    r"documents/^(\d+)/(.*)$": "documents/{document_path}",
    r"^((?:[\w\-]+/)*)$": "{page_path}",
    r"admin/^.*": "admin/no-such-admin-page/",
}
_CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def fill(route: Route, ids: dict) -> str:
    """The URL of `route` with real ids from `ids` (see make_world)."""
    if route.pattern in REGEX_URLS:
        return "/" + REGEX_URLS[route.pattern].format(**ids)

    def value(match):
        name = match.group(1) or match.group(2)
        # Ids named by the kind of object they point to.
        by_prefix = ids["pk_by_prefix"]
        if name in ("pk", "object_id"):
            for prefix, pk in by_prefix.items():
                if route.pattern.startswith(prefix):
                    return str(pk)
            return str(ids["fallback_pk"])
        return str(ids["by_name"].get(name, ids["fallback_pk"]))

    path = _CONVERTER.sub(value, route.pattern)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    return "/" + path


def outcome(response) -> str:
    """allowed / denied, from what a user sees."""
    status = response.status_code
    if status >= 500:
        return f"error {status}"
    if 200 <= status < 300:
        return "allowed"
    if status in (301, 302, 303, 307, 308):
        location = response["Location"]
        # Wagtail's admin sends a user without a permission to the dashboard with a
        # message; the rest send outsiders to log in.
        if "login" in location or location.rstrip("/").endswith("/admin"):
            return "denied"
        return "allowed"
    return "denied"  # 403, 404, 405, 400
