"""The cache settings for a Redis location (used by base.py, and by tests that need
the same cache with its Redis unreachable).

The cache holds only what can be computed again (whole public pages, the site's
chrome, the admin's sidebar, the sign-up limit's counts), so while its Redis is down
the site answers without it instead of failing: django-redis turns a failed read into
a miss and drops a failed write (IGNORE_EXCEPTIONS), and logs each failure as a
warning ("django_redis.cache"). Short socket timeouts bound what an unreachable
Redis adds to a request; a healthy one answers in well under a millisecond.
"""


def redis_cache(location: str) -> dict:
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": "tukiverkko-cache",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "LOG_IGNORED_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
