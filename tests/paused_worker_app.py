"""The Celery app for a worker process that pauses each matching run after loading.

The worker-crash test starts `celery -A tests.paused_worker_app worker` in a
subprocess and kills it mid-run; the pause comes from the ``cohort_loaded`` signal,
so the production code path has no fault-injection setting.
"""

import os
import time

from celery.signals import worker_process_init

from cms.celery import app

__all__ = ["app"]


@worker_process_init.connect
def pause_each_run_after_loading(**kwargs):
    # Runs in the pool process after Celery's Django fixup has set Django up.
    from volunteers.matching.runs import cohort_loaded

    seconds = float(os.environ.get("MATCHING_PAUSE_AFTER_LOAD", "3"))
    cohort_loaded.connect(
        lambda **_: time.sleep(seconds), weak=False, dispatch_uid="test-pause-after-load"
    )
