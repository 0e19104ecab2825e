"""Staff sessions end after STAFF_SESSION_IDLE_SECONDS without a request and
STAFF_SESSION_MAX_SECONDS after logging in, whatever happens in between.

Staff (anyone who may open the Wagtail admin) reach personal data from shared and
office computers; a forgotten session must not stay open. Volunteers see only their
own data and keep Django's SESSION_COOKIE_AGE (14 days).
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from cms.accounts.request_user import user_facts

STARTED = "staff_session_started"
LAST_SEEN = "staff_session_last_seen"
# Write the "last seen" time at most this often, not on every request.
TOUCH_EVERY_SECONDS = 60


@receiver(user_logged_in)
def _start_clock(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[STARTED] = now
        request.session[LAST_SEEN] = now


def is_staff_user(user) -> bool:
    """Whether the logged-in `user` may open the admin (read with her other per-request
    facts in one query, request_user.py)."""
    return user.is_superuser or user.is_staff or user_facts(user).admin_access


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and is_staff_user(user):
            self._check(request)
        return self.get_response(request)

    def _check(self, request):
        session = request.session
        now = time.time()
        started = session.get(STARTED, now)
        last_seen = session.get(LAST_SEEN, now)
        idle_limit = settings.STAFF_SESSION_IDLE_SECONDS
        max_age = settings.STAFF_SESSION_MAX_SECONDS
        if now - last_seen > idle_limit or now - started > max_age:
            logout(request)  # flushes the session; the view sees an anonymous user
            return
        first_check = session.get("_session_expiry") is None  # set_expiry not yet called
        if first_check or now - last_seen >= TOUCH_EVERY_SECONDS:
            session[STARTED] = started
            session[LAST_SEEN] = now
            # The cookie and the stored session expire with the idle limit too.
            session.set_expiry(int(max(1, min(idle_limit, started + max_age - now))))
