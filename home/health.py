"""Health checks for /healthz: are the database, the broker and the cache answering."""

from django.conf import settings
from django.db import connection


def check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def check_broker() -> str:
    """'ok' when Redis answers a PING, 'in-process' when tasks run without a broker
    (the first-run default), 'unavailable' otherwise."""
    if not settings.REDIS_URL:
        return "in-process"
    import redis

    timeout = settings.HEALTHCHECK_BROKER_TIMEOUT
    client = redis.Redis.from_url(
        settings.REDIS_URL, socket_connect_timeout=timeout, socket_timeout=timeout
    )
    try:
        return "ok" if client.ping() else "unavailable"
    except redis.RedisError:
        return "unavailable"
    finally:
        client.close()


def check_cache() -> str:
    """'ok' when the cache's Redis answers a PING, 'in-process' for a cache in this
    process's memory (the first-run default), 'unavailable' when that Redis does not
    answer, 'not checked' for any other backend. The site serves without the cache
    (cms/settings/caches.py), only slower."""
    import redis
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    backend = caches["default"]
    client = getattr(backend, "client", None)  # django-redis's
    if client is None:
        return "in-process" if isinstance(backend, LocMemCache) else "not checked"
    try:
        return "ok" if client.get_client(write=False).ping() else "unavailable"
    except redis.RedisError:
        return "unavailable"
