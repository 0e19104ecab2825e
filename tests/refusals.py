"""How the admin refuses a signed-in user a page: one answer, checked exactly.

Wagtail answers a page that a signed-in user may not open with a redirect, never a
403: to the admin's dashboard (with a message) when she may use the admin at all, to
the admin's login when she may not. A test names which of the two it expects, so a
page that starts answering the other way (or 200) fails.
"""

from django.urls import reverse


def assert_refused(response, to: str) -> None:
    """`response` redirects to the admin's `to` page: "dashboard" or "login"."""
    assert to in ("dashboard", "login"), to
    assert response.status_code == 302, response.status_code
    location = response["Location"]
    if to == "dashboard":
        assert location == reverse("wagtailadmin_home"), location
    else:
        assert location.startswith(reverse("wagtailadmin_login")), location


def refused_to(group: str | None) -> str:
    """Where the admin sends a member of `group` (None: nobody signed in) it refuses:
    the dashboard if the group may use the admin at all, else the login."""
    from cms import roles

    if group and roles.ADMIN_ACCESS in roles.GROUP_PERMISSIONS[group]:
        return "dashboard"
    return "login"
