"""The Celery application: configuration comes from Django settings (CELERY_ namespace).

Nothing is lost when the broker is down: every piece of work is a database row first
(an outgoing email, a matching run), a request only *tries* to hand its task to the
broker (`send_task_now`), and the dispatcher task sends whatever is still waiting,
every minute on beat and once when a worker starts. Apps register what to dispatch
with `register_dispatcher`, so this module knows nothing of them.
"""

import logging
import os
from collections.abc import Callable

from celery import Celery
from celery.signals import worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

logger = logging.getLogger(__name__)

app = Celery("tukiverkko")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# The beat entry CELERY_BEAT_SCHEDULE["dispatch-pending-work"] runs this task.
DISPATCH_TASK = "cms.dispatch_pending_work_task"

# name -> function that sends the app's waiting work and returns how many it sent.
_dispatchers: dict[str, Callable[[], int]] = {}


def send_task_now(
    task_name: str,
    *args,
    countdown: float | None = None,
    if_lost: str = "it stays queued",
) -> bool:
    """Hand the task to the broker; False (logged) if the broker cannot be reached.

    Never raises because of the broker: the caller's row stays waiting and the
    dispatcher sends it later; `if_lost` says in the warning what happens instead
    when no row waits. (No result is kept, CELERY_TASK_IGNORE_RESULT, so a broker
    that is down fails this in about a second.) Where tasks run in-process (no
    REDIS_URL) errors propagate as before.
    """
    if task_name not in app.tasks:
        # Autodiscovery is lazy: a web process has not imported the tasks modules yet.
        app.loader.import_default_modules()
    task = app.tasks[task_name]
    if app.conf.task_always_eager:
        task.apply_async(args, countdown=countdown)
        return True
    try:
        task.apply_async(args, countdown=countdown)
    except Exception:
        # Broker down or unreachable: the work is in the database, the dispatcher sends it.
        logger.warning("Could not hand %s%r to the broker; %s", task_name, args, if_lost)
        return False
    return True


def enqueue_after_commit(task_name: str, *args, countdown: float | None = None):
    """Queue the task registered as ``task_name`` once the current transaction commits.

    Services call this instead of importing their app's tasks module, so tasks stay
    leaves of the import graph (tasks import services, never the other way round).
    Looking the task up by name also works where tasks run in-process (no REDIS_URL).
    A broker that is down is logged, never raised: see `send_task_now`.
    """
    from django.db import transaction

    transaction.on_commit(lambda: send_task_now(task_name, *args, countdown=countdown))


def register_dispatcher(name: str, dispatch: Callable[[], int]) -> None:
    """Have the dispatcher call ``dispatch()`` to send the app's waiting work."""
    _dispatchers[name] = dispatch


def dispatch_pending_work() -> dict[str, int]:
    """Send everything that is still waiting; {dispatcher name: items sent}.

    Each dispatcher is idempotent (row locks and state checks), so two dispatchers at
    once, or a dispatch racing the request that queued the work, send nothing twice.
    """
    sent = {}
    for name, dispatch in _dispatchers.items():
        try:
            sent[name] = dispatch()
        except Exception:
            # One app's failure (its table locked, the broker gone mid-way) must not
            # keep the others' work waiting.
            logger.exception("Dispatching %s failed; the next dispatch tries again", name)
            sent[name] = 0
    if any(sent.values()):
        logger.info("Dispatched waiting work: %s", sent)
    return sent


@app.task(name=DISPATCH_TASK)
def dispatch_pending_work_task():
    """Beat, every minute: send the work that could not be handed to the broker."""
    return dispatch_pending_work()


@worker_ready.connect
def dispatch_when_a_worker_starts(sender=None, **kwargs):
    # A worker that (re)starts after an outage picks up what waited meanwhile, without
    # waiting for beat.
    send_task_now(DISPATCH_TASK)
