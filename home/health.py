"""Health checks for /healthz: is the database answering, is the broker answering."""

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
