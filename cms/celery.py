"""The Celery application: configuration comes from Django settings (CELERY_ namespace)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("tukiverkko")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def enqueue_after_commit(task_name: str, *args, countdown: float | None = None):
    """Queue the task registered as ``task_name`` once the current transaction commits.

    Services call this instead of importing their app's tasks module, so tasks stay
    leaves of the import graph (tasks import services, never the other way round).
    Looking the task up by name also works where tasks run in-process (no REDIS_URL).
    """
    from django.db import transaction

    def send():
        if task_name not in app.tasks:
            # Autodiscovery is lazy: a web process has not imported the tasks modules yet.
            app.loader.import_default_modules()
        app.tasks[task_name].apply_async(args, countdown=countdown)

    transaction.on_commit(send)
