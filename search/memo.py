"""Values derived from the database, kept in each process and shared only as a token in the cache.

The glossary, the commune names and the facet labels are read on every search. The cache (local memory
or Redis) would pickle and unpickle them on every read; here each process keeps the value itself, and
the cache holds only a token under the key: deleting the key (what the signal handlers do when the data
changes) makes every process rebuild its copy at its next read."""

import threading
import uuid

from django.core.cache import cache

__all__ = ["SharedValue"]


class SharedValue:
    def __init__(self, key, build, seconds=3600):
        self.key, self.build, self.seconds = key, build, seconds
        self._local = (None, None)  # (token, value)
        self._lock = threading.Lock()

    def get(self):
        token = cache.get(self.key)
        local_token, value = self._local
        if token is not None and token == local_token:
            return value
        with self._lock:
            value = self.build()
            if token is None:
                token = uuid.uuid4().hex
                cache.set(self.key, token, self.seconds)
            self._local = (token, value)
        return value
