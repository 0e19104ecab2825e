from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import check_broker, check_database


@never_cache
@require_GET
def healthz(request):
    """JSON status of the database and the broker: 200 when both answer, else 503.

    Deliberately says nothing about versions, hosts or settings.
    """
    database = "ok" if check_database() else "unavailable"
    broker = check_broker()
    healthy = database == "ok" and broker != "unavailable"
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "database": database, "broker": broker},
        status=200 if healthy else 503,
    )
