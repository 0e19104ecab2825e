"""A Redis of a test's own, to stop and start while the site and a worker use it.

The shared Redis (REDIS_URL) serves every test process; stopping it would break
them all, so broker-outage tests start /usr/bin/redis-server on a free port.
"""

import contextlib
import socket
import subprocess
import time

REDIS_SERVER = "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """One redis-server process on a fixed port, without persistence.

    Stopping it loses everything in it, as a crashed Redis without persistence does:
    what was not in the database is gone.
    """

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 (a fixed binary, our own arguments)
            [
                REDIS_SERVER,
                *("--port", str(self.port), "--bind", "127.0.0.1"),
                *("--save", "", "--appendonly", "no", "--loglevel", "warning"),
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port)):
                return self
            time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@contextlib.contextmanager
def app_on_broker(url: str):
    """Point this process's Celery app at ``url`` for the duration (then back)."""
    from cms.celery import app

    saved = app.conf.broker_url, app.conf.result_backend, app.conf.task_always_eager

    def reconnect():
        # The app caches its connection pools; drop them so the next send connects anew.
        # (Not closed: kombu keeps pools in a registry by URL and would hand the closed
        # one back when the app returns to that URL.)
        app._pool = None
        app.amqp._producer_pool = None

    app.conf.broker_url, app.conf.result_backend, app.conf.task_always_eager = url, url, False
    reconnect()
    try:
        yield app
    finally:
        app.conf.broker_url, app.conf.result_backend, app.conf.task_always_eager = saved
        reconnect()
