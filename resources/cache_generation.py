"""A generation number in the cache that a group of cached entries carries in its keys:
moving it makes all of them stale at once (they are never read again and expire).

It starts from the clock, never from 0: if the cache loses the counter (eviction,
restart) but keeps old entries, a fresh counter does not meet them again. It is read
once per GET request (resources/request_memo.py), and a change within a request is
seen by the rest of it.
"""

import time

from django.core.cache import cache

from .request_memo import memoised, overwrite


class Generation:
    def __init__(self, key: str):
        self.key = key
        self._memo_key = f"generation:{key}"

    def current(self) -> int:
        return memoised(self._memo_key, self._read)

    def _read(self) -> int:
        value = cache.get(self.key)
        if value is None:
            value = time.time_ns()
            if not cache.add(self.key, value, None):
                value = cache.get(self.key, value)
        return value

    def move(self, **signal_kwargs) -> None:
        """Make every entry of the old generation stale (a signal receiver too)."""
        value = time.time_ns()
        cache.set(self.key, value, None)
        overwrite(self._memo_key, value)
