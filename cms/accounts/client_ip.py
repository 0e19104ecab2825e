"""The client's address, for the sign-up rate limit and the login lockout.

X-Forwarded-For is believed only as far as TRUSTED_PROXY_COUNT says: each trusted
proxy appends the address it saw, so the client is that many entries from the right.
Anything further left was written by the client and could be anything.
"""

from django.conf import settings


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        # Fewer hops than configured: the request bypassed a proxy; trust nothing.
        return remote
    return forwarded[-count]
