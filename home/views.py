from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import check_broker, check_cache, check_database


@never_cache
@require_GET
def healthz(request):
    """JSON status of the database, the broker and the cache: 200 when the database and
    the broker answer, else 503. Without the cache the site serves, only slower: the
    status is then "degraded", still 200, so a load balancer keeps sending requests.

    Deliberately says nothing about versions, hosts or settings.
    """
    database = "ok" if check_database() else "unavailable"
    broker = check_broker()
    cache = check_cache()
    healthy = database == "ok" and broker != "unavailable"
    status = "unavailable" if not healthy else "degraded" if cache == "unavailable" else "ok"
    return JsonResponse(
        {"status": status, "database": database, "broker": broker, "cache": cache},
        status=200 if healthy else 503,
    )
