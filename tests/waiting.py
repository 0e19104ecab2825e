"""Waiting for what a real worker does in another thread or process."""

import time


def wait_for(predicate, timeout=20.0):
    """Poll ``predicate`` until it is true or ``timeout`` seconds pass; True if it came."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False
